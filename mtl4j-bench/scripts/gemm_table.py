#!/usr/bin/env python3
"""Turns the JSON of a GemmBenchmark run (java -jar mtl4j-bench.jar GemmBenchmark -rf json -rff FILE) into the
Markdown table of docs/benchmarks.md: one row per shape, one column per backend, GFLOP/s (mean ± JMH's 99.9 %
error), the best backend in bold."""
import json
import sys


def main(path):
    with open(path) as file:
        runs = json.load(file)
    shapes, backends, cells = [], [], {}
    for run in runs:
        shape, backend = run["params"]["shape"], run["params"]["backend"]
        counter = run["secondaryMetrics"].get("gigaflops")
        if counter is None:
            continue
        if shape not in shapes:
            shapes.append(shape)
        if backend not in backends:
            backends.append(backend)
        cells[(shape, backend)] = (counter["score"], counter["scoreError"])
    print("| shape (m×k·k×n, op) | " + " | ".join(backends) + " |")
    print("|---|" + "---:|" * len(backends))
    for shape in shapes:
        label = f"{shape}×{shape}·{shape}×{shape}, NN" if "x" not in shape else describe(shape)
        best = max((cells[(shape, b)][0] for b in backends if (shape, b) in cells), default=None)
        row = []
        for backend in backends:
            if (shape, backend) not in cells:
                row.append("n/a")
                continue
            score, error = cells[(shape, backend)]
            text = f"{score:.1f} ± {error:.1f}" if error == error else f"{score:.1f}"
            row.append(f"**{text}**" if score == best else text)
        print(f"| {label} | " + " | ".join(row) + " |")


def describe(shape):
    sizes, flags = shape.split("-")
    m, k, n = sizes.split("x")
    return f"{m}×{k}·{k}×{n}, {flags}"


if __name__ == "__main__":
    main(sys.argv[1])
