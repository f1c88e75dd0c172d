"""Reads the JSON lines the peers printed during bench/compare and prints one Markdown report: the median
of every peer's samples per workload, the speed-ups of each mtl4j backend over NumPy and PyTorch, the
issue-8 targets met or missed, and the cross-check of the final losses."""
import json
import statistics
import sys

WORKLOADS = [("big", "big epoch, s"), ("big-trainer", "big epoch via Trainer.fit, s"),
             ("seed", "seed-size step, µs"), ("predict", "predict, rows/s")]


def value(workload, line_samples, rows):
    """The reported figure of a workload: median seconds per epoch, µs per step, or rows per second."""
    median = statistics.median(line_samples)
    if workload == "seed":
        return median * 1e6
    if workload == "predict":
        return rows / median
    return median


def speedup(workload, mine, theirs):
    """How many times faster mtl4j is than the peer (> 1: mtl4j faster)."""
    if mine is None or theirs is None:
        return None
    return mine / theirs if workload == "predict" else theirs / mine


def label(peer, info):
    if peer == "numpy":
        return f"NumPy {info.get('numpy', '?')}"
    if peer == "torch":
        return f"PyTorch {info.get('torch', '?')} f64"
    return f"mtl4j {peer.split('-', 1)[1]} ({info.get('description', '')})"


def main(path):
    samples, info, checks, rows, loads, rounds, allocations = {}, {}, {}, {}, [], set(), {}
    idles, waits = [], []
    with open(path) as source:
        for text in source:
            text = text.strip()
            if not text.startswith("{"):
                continue
            line = json.loads(text)
            if "load" in line:
                loads.append(line["load"])
                if "idle" in line:
                    idles.append(line["idle"])
                    waits.append(line.get("waited", 0))
                continue
            key = (line["peer"], line["workload"])
            samples.setdefault(key, []).extend(line["samples"])
            info[line["peer"]] = line
            rounds.add(line.get("round"))
            if "rows" in line:
                rows[key] = line["rows"]
            if "check_loss" in line:
                checks.setdefault(key, []).append(line["check_loss"])
            if "alloc_bytes_per_step" in line:
                allocations.setdefault(key, []).append(line["alloc_bytes_per_step"])
    peers = sorted({peer for peer, _ in samples}, key=lambda p: (p != "numpy", p != "torch", p))
    table = {key: value(key[1], values, rows.get(key, 0)) for key, values in samples.items()}
    present = [(workload, title) for workload, title in WORKLOADS if any(w == workload for _, w in samples)]

    def show(workload, figure):
        return (f"{figure:,.0f}" if workload == "predict" else
                f"{figure:.2f}" if workload == "seed" else f"{figure:.3f}")

    out = []
    out.append("| peer | " + " | ".join(title for _, title in present) + " |")
    out.append("|---|" + "---:|" * len(present))
    for peer in peers:
        cells = []
        for workload, _ in present:
            key = (peer, workload)
            if key not in table:
                cells.append("—")
                continue
            low, high = (value(workload, [sample], rows.get(key, 0)) for sample in
                         (min(samples[key]), max(samples[key])))
            low, high = min(low, high), max(low, high)
            cells.append(f"**{show(workload, table[key])}** ({show(workload, low)}–{show(workload, high)})")
        out.append(f"| {label(peer, info[peer])} | " + " | ".join(cells) + " |")
    counts = {key: len(values) for key, values in samples.items()}
    out.append("")
    out.append(f"Bold: the median; in brackets: the range of the samples. Medians over"
               f" {min(counts.values())}–{max(counts.values())} timed samples per cell "
               f"({len(rounds)} rounds); load averages during the run: "
               + (f"{min(loads, key=float)}–{max(loads, key=float)}" if loads else "not recorded")
               + (f"; CPUs idle before each peer started: {min(idles)}–{max(idles)} %"
                  f" (waited {sum(waits)} s in all)" if idles else "") + ".")

    mtl4j = [peer for peer in peers if peer.startswith("mtl4j-")]
    others = [peer for peer in ("numpy", "torch") if peer in peers]
    if mtl4j and others:
        out.append("")
        out.append("Speed-up of mtl4j over each peer (peer time ÷ mtl4j time, or mtl4j rows/s ÷ peer rows/s;"
                   " above 1 means mtl4j is faster):")
        out.append("")
        columns = [(workload, other) for workload, _ in present if workload != "big-trainer" for other in others]
        out.append("| mtl4j backend | " + " | ".join(f"{w} vs {label(o, info[o]).split()[0]}"
                                                    for w, o in columns) + " |")
        out.append("|---|" + "---:|" * len(columns))
        for peer in mtl4j:
            cells = []
            for workload, other in columns:
                ratio = speedup(workload, table.get((peer, workload)), table.get((other, workload)))
                cells.append("—" if ratio is None else f"{ratio:.2f}×")
            out.append(f"| {peer.split('-', 1)[1]} | " + " | ".join(cells) + " |")

    out.append("")
    out.append("Targets of issue 8 (reported, not asserted):")
    out.append("")

    def target(text, peer, workload, other, wanted):
        ratio = speedup(workload, table.get((peer, workload)), table.get((other, workload)))
        verdict = "not measured (peer absent)" if ratio is None else \
            f"{ratio:.2f}× — {'met' if ratio >= wanted else 'missed'}"
        out.append(f"- {text}: {verdict}")

    target("big epoch, mtl4j native ≥ 2.0× faster than NumPy", "mtl4j-native", "big", "numpy", 2.0)
    target("big epoch, mtl4j native ≥ 3.5× faster than PyTorch f64", "mtl4j-native", "big", "torch", 3.5)
    for backend in ("vector", "plain"):
        target(f"big epoch, mtl4j {backend} (pure Java) ≥ 1.2× faster than NumPy", f"mtl4j-{backend}", "big",
               "numpy", 1.2)
    for peer in mtl4j:
        target(f"seed-size step, mtl4j {peer.split('-', 1)[1]} ≥ 50× faster than NumPy", peer, "seed", "numpy", 50)

    for (peer, workload), values in sorted(allocations.items()):
        out.append(f"- steady-state allocation, {peer} {workload}: at most {max(values):.2f} bytes per step over"
                   f" {len(values)} runs — {'met' if max(values) < 16 else 'missed'} (~0 wanted: below 16 bytes,"
                   f" the smallest object, per step on average)")

    out.append("")
    out.append("Cross-check: total loss on all rows after the warm-up run, which every peer starts from the same"
               " initial weights and runs over the same row order:")
    out.append("")
    out.append("| peer | big, after 1 epoch | seed-size, after 1,000 steps |")
    out.append("|---|---:|---:|")
    reference = {w: statistics.median(checks[("numpy", w)]) for w in ("big", "seed") if ("numpy", w) in checks}
    for peer in peers:
        cells = []
        for workload in ("big", "seed"):
            values = checks.get((peer, workload))
            if not values:
                cells.append("—")
                continue
            spread = max(values) - min(values)
            text = f"{values[0]:.15f}"
            if workload in reference and peer != "numpy":
                text += f" (Δ vs NumPy {abs(values[0] - reference[workload]):.1e})"
            if spread > 0:
                text += f" (spread over rounds {spread:.1e})"
            cells.append(text)
        out.append(f"| {label(peer, info[peer])} | " + " | ".join(cells) + " |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
