"""The PyTorch peer: the benchmark network as torch.nn modules in float64 on the CPU, autograd for the
backward pass and torch.optim.SGD for the update, with mtl4j's losses (mse_loss on the regression column,
binary_cross_entropy_with_logits on the binary column, cross_entropy on the class logits; each a mean;
total = their sum). Threads: torch.set_num_threads(2), torch.set_num_interop_threads(1); bench/compare also
sets OMP_NUM_THREADS and MKL_NUM_THREADS so that PyTorch and its BLAS share the two cores instead of
oversubscribing them."""
import sys

import common

try:
    import torch
    import torch.nn.functional as F
except Exception as failure:                        # noqa: BLE001 — any import failure means "no peer"
    print(f"torch peer skipped: import torch failed with {type(failure).__name__}: {failure}", file=sys.stderr)
    sys.exit(3)


def network(arrays, prefix, layers):
    """nn.Sequential of Linear (+ Tanh) layers holding the shared initial weights (nn.Linear keeps Wᵀ)."""
    modules = []
    names = [(f"{prefix}.w{layer}", f"{prefix}.b{layer}") for layer in range(layers)] + [(f"{prefix}.wh",
                                                                                          f"{prefix}.bh")]
    for index, (weight_name, bias_name) in enumerate(names):
        weight = torch.from_numpy(arrays[weight_name])
        linear = torch.nn.Linear(weight.shape[0], weight.shape[1], dtype=torch.float64)
        modules.append(linear)
        if index < layers:
            modules.append(torch.nn.Tanh())
    model = torch.nn.Sequential(*modules)
    initial = [torch.from_numpy(arrays[name]).T.contiguous() if ".w" in name else
               torch.from_numpy(arrays[name]).reshape(-1) for pair in names for name in pair]

    def reset():
        with torch.no_grad():
            for parameter, value in zip(model.parameters(), initial):
                parameter.copy_(value)

    reset()
    return model, reset


def total_loss(z, y_reg, y_bin, y_class):
    return (F.mse_loss(z[:, 0:1], y_reg) + F.binary_cross_entropy_with_logits(z[:, 1:2], y_bin)
            + F.cross_entropy(z[:, 2:], y_class))


def main():
    arguments = common.parse(__doc__.splitlines()[0])
    torch.set_num_threads(2)
    torch.set_num_interop_threads(1)
    header, arrays = common.load(arguments.data)
    workloads = arguments.workloads.split(",")
    info = {"torch": torch.__version__, "numpy": common.np.__version__, "threads": torch.get_num_threads()}

    def tensors(prefix):
        x, y_reg, y_bin, y_cls = (torch.from_numpy(arrays[f"{prefix}.{name}"]) for name in
                                  ("x", "y_reg", "y_bin", "y_cls"))
        return x, y_reg, y_bin, y_cls.argmax(dim=1)

    if "big" in workloads or "predict" in workloads:
        spec = header["workloads"]["big"]
        x, y_reg, y_bin, y_class = tensors("big")
        order = torch.from_numpy(arrays["big.order"])
        model, reset = network(arrays, "big", len(spec["hidden"]))
        optimizer = torch.optim.SGD(model.parameters(), lr=spec["learning_rate"])
        ranges = common.batches(spec["rows"], spec["batch"])

        def epoch():
            for start, end in ranges:
                rows = order[start:end]
                optimizer.zero_grad()
                loss = total_loss(model(x[rows]), y_reg[rows], y_bin[rows], y_class[rows])
                loss.backward()
                optimizer.step()

        epoch()                                     # warm-up, from the shared initial weights
        with torch.no_grad():
            check = float(total_loss(model(x), y_reg, y_bin, y_class))
        samples = []
        for _ in range(arguments.big_repeats):
            reset()
            samples.append(common.timed(epoch))
        if "big" in workloads:
            common.report("torch", "big", "s/epoch", samples, check, **info)
        if "predict" in workloads:
            def predict():
                with torch.no_grad():
                    z = model(x)
                    return z[:, 0:1], torch.sigmoid(z[:, 1:2]), torch.softmax(z[:, 2:], dim=1)
            predict()
            samples = [common.timed(predict) for _ in range(arguments.predict_repeats)]
            common.report("torch", "predict", "s/call", samples, rows=spec["rows"], **info)
    if "seed" in workloads:
        spec = header["workloads"]["seed"]
        x, y_reg, y_bin, y_class = tensors("seed")
        model, reset = network(arrays, "seed", 0)
        optimizer = torch.optim.SGD(model.parameters(), lr=spec["learning_rate"])

        def run():
            for _ in range(spec["steps"]):
                optimizer.zero_grad()
                loss = total_loss(model(x), y_reg, y_bin, y_class)
                loss.backward()
                optimizer.step()

        run()
        with torch.no_grad():
            check = float(total_loss(model(x), y_reg, y_bin, y_class))
        samples = []
        for _ in range(arguments.seed_repeats):
            reset()
            samples.append(common.timed(run) / spec["steps"])
        common.report("torch", "seed", "s/step", samples, check, **info)


if __name__ == "__main__":
    main()
