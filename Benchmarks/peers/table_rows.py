"""Writes the rows of the table-rendering workload: the first N messages of a generated kit.

    python table_rows.py MESSAGES_YML N OUT_TSV

One row per message: id, feature, personas joined by ", ", a grade (a fixed function of the row
number, so no tool computes readability here) and the message text. Tabs and line breaks do not
occur in the generated text; the Swift, hand-written and pystache renderers all read this file
outside their timing, so they render the same data.
"""
import sys

import yaml


def main(source, count, target):
    with open(source, "rb") as handle:
        messages = yaml.load(handle.read(), Loader=yaml.CSafeLoader)["messages"]
    rows = messages[:count]
    if len(rows) < count:
        sys.exit(f"table_rows: {source} has {len(rows)} messages, {count} asked")
    with open(target, "w", encoding="utf-8") as handle:
        for index, message in enumerate(rows):
            grade = "%d.%d" % (6 + (index * 7) % 9, (index * 3) % 10)
            fields = [message["id"], message["feature"], ", ".join(message["personas"]), grade, message["text"]]
            handle.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
