"""Renders the 10,000-row Markdown table with pystache: the peer of `lkbench render-table`.

    python pystache_table.py TEMPLATE ROWS_TSV [-n N]

Escaping is off (the output is Markdown, as in LaunchKit), the template is parsed once, and the
render is timed N times (default 5). Prints one JSON line; the checksum is the output's length in
UTF-8 bytes, which must equal the Swift renderers' (the generated rows hold no character that
LaunchKit's `cell()` helper would escape).
"""
import hashlib
import json
import sys
import time

import pystache
from pystache.parser import parse


def main(argv):
    iterations = 5
    if "-n" in argv:
        at = argv.index("-n")
        iterations = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    template_path, rows_path = argv
    with open(template_path, encoding="utf-8") as handle:
        template = parse(handle.read())
    rows = []
    with open(rows_path, encoding="utf-8") as handle:
        for line in handle:
            id_, feature, personas, grade, text = line.rstrip("\n").split("\t")
            rows.append({"id": id_, "feature": feature, "personas": personas, "grade": grade, "text": text})
    renderer = pystache.Renderer(escape=lambda text: text, missing_tags="strict")
    samples, cpu, output = [], [], ""
    for _ in range(max(iterations, 1)):
        cpu_start = time.process_time()
        start = time.perf_counter()
        output = renderer.render(template, {"rows": rows})
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    samples.sort()
    cpu.sort()
    data = output.encode("utf-8")
    print(json.dumps({
        "tool": "pystache", "workload": "render-table", "bytes": len(data), "iterations": len(samples),
        "median_s": round(samples[len(samples) // 2], 6), "min_s": round(samples[0], 6),
        "cpu_median_s": round(cpu[len(cpu) // 2], 6), "checksum": len(data),
        "sha256": hashlib.sha256(data).hexdigest()[:16],
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
