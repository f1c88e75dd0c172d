"""Shared by the Python peers: reading the generated data, timing, and printing one JSON line per result."""
import json
import os
import sys
import time

import numpy as np


def load(folder):
    """The header and every array of the folder written by generate.py, as NumPy arrays."""
    with open(os.path.join(folder, "compare.json")) as source:
        header = json.load(source)
    arrays = {}
    for name, entry in header["arrays"].items():
        values = np.fromfile(os.path.join(folder, entry["file"]), dtype=entry["dtype"])
        arrays[name] = values.reshape(entry["shape"]).astype(np.int64 if entry["dtype"] == "<i4" else np.float64)
    return header, arrays


def batches(rows, batch):
    """(from, to) of every mini-batch of one epoch; the last one may be shorter."""
    return [(start, min(start + batch, rows)) for start in range(0, rows, batch)]


def timed(function):
    """Seconds one call of function takes (monotonic clock)."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def report(peer, workload, unit, samples, check_loss=None, **info):
    """One machine-readable result line on standard output."""
    line = {"peer": peer, "workload": workload, "unit": unit, "samples": samples}
    if check_loss is not None:
        line["check_loss"] = check_loss
    line.update(info)
    print(json.dumps(line), flush=True)


def parse(description):
    import argparse
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", required=True, help="folder written by generate.py")
    parser.add_argument("--workloads", default="big,seed,predict")
    parser.add_argument("--big-repeats", type=int, default=2, help="timed epochs after one warm-up epoch")
    parser.add_argument("--seed-repeats", type=int, default=3, help="timed runs of all steps after warm-up")
    parser.add_argument("--predict-repeats", type=int, default=3)
    return parser.parse_args()


def log(message):
    print(message, file=sys.stderr, flush=True)
