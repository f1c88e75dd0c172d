"""Writes the data of the side-by-side benchmark once, seeded, for every peer to read.

Layout of the output folder:
  compare.json     header: format, seed, workloads (sizes, learning rate, batch, steps) and every array's
                   file, dtype ('<f8' little-endian float64 or '<i4' little-endian int32) and shape
  <name>.bin       the raw row-major array, no header

Per workload ('big', 'seed'): x (rows x inputs), y_reg (rows x 1), y_bin (rows x 1, 0/1), y_cls (rows x K,
one-hot), the initial weights w0, b0, w1, b1, ... of the trunk and wh, bh of the stacked heads
(columns: 1 regression, 1 binary, K classes), and for mini-batch workloads 'order', the row permutation of
the one epoch. Every peer starts from these weights and visits rows in this order, so the final losses
must agree to rounding.
"""
import argparse
import json
import os

import numpy as np

FORMAT = 1


def glorot(rng, fan_in, fan_out):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def targets(rng, x, classes):
    rows, inputs = x.shape
    coefficients = rng.normal(size=(inputs, 1)) / np.sqrt(inputs)
    y_reg = np.tanh(x @ coefficients) + 0.1 * rng.normal(size=(rows, 1))
    y_reg = (y_reg - y_reg.mean()) / y_reg.std()
    logit = x @ (rng.normal(size=(inputs, 1)) / np.sqrt(inputs)) + 0.3 * rng.normal(size=(rows, 1))
    y_bin = (logit > 0).astype(np.float64)
    scores = x @ rng.normal(size=(inputs, classes)) + 0.5 * rng.normal(size=(rows, classes))
    y_cls = np.zeros((rows, classes))
    y_cls[np.arange(rows), scores.argmax(axis=1)] = 1.0
    return y_reg, y_bin, y_cls


def workload(rng, rows, inputs, hidden, classes, with_order, seed_init):
    x = rng.normal(size=(rows, inputs))
    y_reg, y_bin, y_cls = targets(rng, x, classes)
    arrays = {"x": x, "y_reg": y_reg, "y_bin": y_bin, "y_cls": y_cls}
    previous = inputs
    for layer, width in enumerate(hidden):
        arrays[f"w{layer}"] = glorot(rng, previous, width)
        arrays[f"b{layer}"] = np.zeros((1, width))
        previous = width
    outputs = 2 + classes
    # the seed tutorial's head initialisation N(0, 0.01²) without a trunk, Glorot with one
    arrays["wh"] = 0.01 * rng.normal(size=(previous, outputs)) if seed_init else glorot(rng, previous, outputs)
    arrays["bh"] = np.zeros((1, outputs))
    if with_order:
        arrays["order"] = rng.permutation(rows).astype("<i4")
    return arrays


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20240601)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    rng = np.random.default_rng(arguments.seed)
    specs = {
        "big": {"rows": 60000, "inputs": 100, "hidden": [256, 128], "activation": "tanh", "classes": 10,
                "batch": 128, "learning_rate": 0.05, "epochs": 1},
        "seed": {"rows": 200, "inputs": 4, "hidden": [], "activation": "tanh", "classes": 3,
                 "batch": 200, "learning_rate": 0.1, "steps": 1000},
    }
    header = {"format": FORMAT, "seed": arguments.seed, "workloads": specs, "arrays": {}}
    for name, spec in specs.items():
        arrays = workload(rng, spec["rows"], spec["inputs"], spec["hidden"], spec["classes"],
                          with_order=spec["batch"] < spec["rows"], seed_init=not spec["hidden"])
        for key, value in arrays.items():
            dtype = "<i4" if value.dtype.kind == "i" else "<f8"
            value = np.ascontiguousarray(value, dtype=dtype)
            file = f"{name}.{key}.bin"
            value.tofile(os.path.join(arguments.out, file))
            header["arrays"][f"{name}.{key}"] = {"file": file, "dtype": dtype, "shape": list(value.shape)}
    with open(os.path.join(arguments.out, "compare.json"), "w") as out:
        json.dump(header, out, indent=1)


if __name__ == "__main__":
    main()
