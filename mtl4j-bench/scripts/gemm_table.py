#!/usr/bin/env python3
"""Turns the JSON of GemmBenchmark runs (java -jar mtl4j-bench.jar GemmBenchmark -rf json -rff FILE) into the
Markdown table of docs/benchmarks.md: one row per shape, one column per backend, GFLOP/s as the median of the
measurement iterations and, in brackets, the best one; the best median of a row in bold.

Several files may be given; a later file's result for the same column and shape replaces an earlier one. An
argument LABEL=FILE names the column of every result in FILE LABEL instead of its backend, for example
"vector, 1 thread=gemm-vector-1-thread.json"."""
import json
import statistics
import sys


def main(paths):
    shapes, backends, cells = [], [], {}
    for argument in paths:
        label, _, path = argument.rpartition("=")
        with open(path) as file:
            runs = json.load(file)
        for run in runs:
            shape, backend = run["params"]["shape"], label or run["params"]["backend"]
            counter = run["secondaryMetrics"].get("gigaflops")
            if counter is None:
                continue
            iterations = [value for fork in counter["rawData"] for value in fork]
            shapes.append(shape) if shape not in shapes else None
            backends.append(backend) if backend not in backends else None
            cells[(shape, backend)] = (statistics.median(iterations), max(iterations))
    print("| shape (m×k·k×n, op) | " + " | ".join(backends) + " |")
    print("|---|" + "---:|" * len(backends))
    for shape in shapes:
        medians = [cells[(shape, b)][0] for b in backends if (shape, b) in cells]
        row = []
        for backend in backends:
            if (shape, backend) not in cells:
                row.append("n/a")
                continue
            median, best = cells[(shape, backend)]
            text = f"{median:.1f} ({best:.1f})"
            row.append(f"**{text}**" if median == max(medians) else text)
        print(f"| {describe(shape)} | " + " | ".join(row) + " |")


def describe(shape):
    if "x" not in shape:
        return f"{shape}×{shape}·{shape}×{shape}, NN"
    sizes, flags = shape.split("-")
    m, k, n = sizes.split("x")
    return f"{m}×{k}·{k}×{n}, {flags}"


if __name__ == "__main__":
    main(sys.argv[1:])
