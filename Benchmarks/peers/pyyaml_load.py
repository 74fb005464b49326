"""PyYAML with its libyaml loader: the Python peer of `lkbench yaml-node`.

    python pyyaml_load.py [--pure] [-n N] FILE...

Reads every file once, then loads all of them N times (default 3) with `yaml.CSafeLoader`
(`--pure`: the pure-Python `SafeLoader`) and prints one JSON line like the Swift and C workloads.
The checksum counts the events that describe the loaded values (4 per file, 1 per scalar, 2 per
list or mapping), which equals libyaml's event count for files without aliases.
"""
import json
import sys
import time

import yaml


def event_count(value):
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            count += 2
            for key, child in item.items():
                stack.append(key)
                stack.append(child)
        elif isinstance(item, list):
            count += 2
            stack.extend(item)
        else:
            count += 1
    return count


def main(argv):
    loader = yaml.CSafeLoader
    iterations = 3
    paths = []
    args = iter(argv)
    for arg in args:
        if arg == "--pure":
            loader = yaml.SafeLoader
        elif arg == "-n":
            iterations = int(next(args))
        else:
            paths.append(arg)
    texts = []
    for path in paths:
        with open(path, "rb") as handle:
            texts.append(handle.read())
    samples = []
    cpu = []
    values = []
    for _ in range(max(iterations, 1)):
        values = None
        cpu_start = time.process_time()
        start = time.perf_counter()
        values = [yaml.load(text, Loader=loader) for text in texts]
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    samples.sort()
    cpu.sort()
    print(json.dumps({
        "tool": "pyyaml-c" if loader is yaml.CSafeLoader else "pyyaml-pure",
        "workload": "node",
        "bytes": sum(len(t) for t in texts),
        "iterations": len(samples),
        "median_s": round(samples[len(samples) // 2], 6),
        "min_s": round(samples[0], 6),
        "cpu_median_s": round(cpu[len(cpu) // 2], 6),
        "checksum": sum(4 + event_count(v) for v in values if v is not None),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
