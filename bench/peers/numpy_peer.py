"""The NumPy peer: a hand-written forward and backward pass of the benchmark network, as the seed tutorial
writes one (new arrays per operation, W -= lr * dW), with mtl4j's losses:
squared error averaged over rows and outputs, binary cross-entropy from the logit, categorical cross-entropy
from the logits through log-softmax; total = their sum; dL/dZ of each head = (Ŷ − Y)·c (seed section 5.4 with
the means' constants 2/(N·k), 1/N, 1/N)."""
import numpy as np

import common


class Network:
    def __init__(self, arrays, prefix, layers):
        self.initial = [arrays[f"{prefix}.{name}"].copy() for name in self.names(layers)]
        self.layers = layers
        self.reset()

    @staticmethod
    def names(layers):
        return [f"{kind}{layer}" for layer in range(layers) for kind in ("w", "b")] + ["wh", "bh"]

    def reset(self):
        self.parameters = [value.copy() for value in self.initial]

    def forward(self, x):
        """Hidden activations (the input first) and the stacked head logits."""
        activations = [x]
        for layer in range(self.layers):
            w, b = self.parameters[2 * layer], self.parameters[2 * layer + 1]
            activations.append(np.tanh(activations[-1] @ w + b))
        return activations, activations[-1] @ self.parameters[-2] + self.parameters[-1]

    @staticmethod
    def loss_and_head_gradient(z, y_reg, y_bin, y_cls):
        n = z.shape[0]
        difference = z[:, 0:1] - y_reg
        loss = np.mean(difference ** 2)
        logit = z[:, 1:2]
        loss += np.mean(np.logaddexp(0.0, logit) - y_bin * logit)        # y·softplus(−z) + (1−y)·softplus(z)
        probability = 1.0 / (1.0 + np.exp(-logit))
        scores = z[:, 2:]
        shifted = scores - scores.max(axis=1, keepdims=True)
        exponentials = np.exp(shifted)
        sums = exponentials.sum(axis=1, keepdims=True)
        loss += np.mean(np.log(sums[:, 0]) - (y_cls * shifted).sum(axis=1))
        gradient = np.empty_like(z)
        gradient[:, 0:1] = 2.0 * difference / n
        gradient[:, 1:2] = (probability - y_bin) / n
        gradient[:, 2:] = (exponentials / sums - y_cls) / n
        return loss, gradient

    def step(self, x, y_reg, y_bin, y_cls, learning_rate):
        activations, z = self.forward(x)
        loss, dz = self.loss_and_head_gradient(z, y_reg, y_bin, y_cls)
        gradients = [None] * len(self.parameters)
        gradients[-2] = activations[-1].T @ dz
        gradients[-1] = dz.sum(axis=0, keepdims=True)
        for layer in range(self.layers - 1, -1, -1):
            upstream = self.parameters[2 * layer + 2] if layer + 1 < self.layers else self.parameters[-2]
            da = dz @ upstream.T
            dz = da * (1.0 - activations[layer + 1] ** 2)
            gradients[2 * layer] = activations[layer].T @ dz
            gradients[2 * layer + 1] = dz.sum(axis=0, keepdims=True)
        for parameter, gradient in zip(self.parameters, gradients):
            parameter -= learning_rate * gradient
        return loss

    def total_loss(self, x, y_reg, y_bin, y_cls):
        return float(self.loss_and_head_gradient(self.forward(x)[1], y_reg, y_bin, y_cls)[0])

    def predict(self, x):
        z = self.forward(x)[1]
        scores = z[:, 2:]
        exponentials = np.exp(scores - scores.max(axis=1, keepdims=True))
        return z[:, 0:1], 1.0 / (1.0 + np.exp(-z[:, 1:2])), exponentials / exponentials.sum(axis=1, keepdims=True)


def main():
    arguments = common.parse(__doc__.splitlines()[0])
    header, arrays = common.load(arguments.data)
    workloads = arguments.workloads.split(",")
    info = {"numpy": np.__version__}
    if "big" in workloads or "predict" in workloads:
        spec = header["workloads"]["big"]
        x, y_reg, y_bin, y_cls = (arrays[f"big.{name}"] for name in ("x", "y_reg", "y_bin", "y_cls"))
        order = arrays["big.order"]
        network = Network(arrays, "big", len(spec["hidden"]))
        ranges = common.batches(spec["rows"], spec["batch"])

        def epoch():
            for start, end in ranges:
                rows = order[start:end]
                network.step(x[rows], y_reg[rows], y_bin[rows], y_cls[rows], spec["learning_rate"])

        network.reset()
        epoch()                                     # warm-up, from the shared initial weights
        check = network.total_loss(x, y_reg, y_bin, y_cls)
        samples = []
        for _ in range(arguments.big_repeats):
            network.reset()
            samples.append(common.timed(epoch))
        if "big" in workloads:
            common.report("numpy", "big", "s/epoch", samples, check, **info)
        if "predict" in workloads:
            network.predict(x)
            samples = [common.timed(lambda: network.predict(x)) for _ in range(arguments.predict_repeats)]
            common.report("numpy", "predict", "s/call", samples, rows=spec["rows"], **info)
    if "seed" in workloads:
        spec = header["workloads"]["seed"]
        x, y_reg, y_bin, y_cls = (arrays[f"seed.{name}"] for name in ("x", "y_reg", "y_bin", "y_cls"))
        network = Network(arrays, "seed", 0)

        def run():
            for _ in range(spec["steps"]):
                network.step(x, y_reg, y_bin, y_cls, spec["learning_rate"])

        network.reset()
        run()
        check = network.total_loss(x, y_reg, y_bin, y_cls)
        samples = []
        for _ in range(arguments.seed_repeats):
            network.reset()
            samples.append(common.timed(run) / spec["steps"])
        common.report("numpy", "seed", "s/step", samples, check, **info)


if __name__ == "__main__":
    main()
