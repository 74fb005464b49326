#!/usr/bin/env python3
"""claims-review: a LaunchKit external stage that checks launch messages the way legal would.

It reads the kit as JSON on stdin (LaunchKit external stage protocol 1, docs/external-stages.md)
and answers JSON on stdout:

- a finding for every banned claim ('unbreakable', 'guaranteed', ...) in a message's text or benefit;
- a finding for every number ('40%', '3x', '$2M') in a message that has no proof point;
- legal/claims-review.md, the list legal signs off, and legal/claims.csv for their tracker;
- a readiness check 'claims-reviewed' that passes when no message makes a banned claim.

Options (the entry's 'with:'):
  banned:            claims legal never approves (default: a short list below)
  severity:          'warning' (default) or 'error' for a banned claim; errors make the build not ready
  blocking:          true to make a banned claim fail the readiness gate (default false)

Standard library only, so it runs wherever Python 3.8+ does. Progress goes to stderr, which
LaunchKit shows prefixed with the stage id; stdout carries only the answer.
"""

import csv
import io
import json
import re
import sys

PROTOCOL = 1
DEFAULT_BANNED = ["unbreakable", "guaranteed", "100% secure", "best-in-class", "#1", "zero risk"]
NUMBER = re.compile(r"(?<![\w.])(\$?\d[\d,.]*\s?(?:%|x|percent|times|million|billion|[MBK]\b)?)", re.IGNORECASE)


def find_banned(text, banned):
    """The banned claims in text, compared without case, as whole words or phrases."""
    found = []
    for claim in banned:
        pattern = r"(?<!\w)" + re.escape(claim) + r"(?!\w)"
        if re.search(pattern, text, re.IGNORECASE):
            found.append(claim)
    return found


def find_numbers(text):
    """Figures a reader would take as a measured claim: percentages, multiples, money."""
    return [m.strip() for m in NUMBER.findall(text) if re.search(r"[%x$]|percent|times|million|billion", m, re.IGNORECASE)]


def markdown_cell(text):
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def review(document):
    options = document["stage"].get("options", {})
    banned = options.get("banned", DEFAULT_BANNED)
    severity = options.get("severity", "warning")
    blocking = bool(options.get("blocking", False))
    if severity not in ("warning", "error", "suggestion"):
        raise SystemExit("'severity' must be warning, error or suggestion, found %r" % severity)

    release = document["release"]
    messages = document["kit"].get("messages", [])
    print("reviewing %d messages for %s %s" % (len(messages), release["product"], release["version"]), file=sys.stderr)

    findings, rows = [], []
    banned_count = 0
    for message in messages:
        text = " ".join(part for part in (message.get("text"), message.get("benefit")) if part)
        location = message.get("source")
        subject = {"kind": "message", "id": message["id"]}
        claims = find_banned(text, banned)
        numbers = [] if message.get("proof") else find_numbers(text)
        for claim in claims:
            banned_count += 1
            finding = {"severity": severity, "message": "message '%s' claims '%s', which legal does not approve" % (message["id"], claim),
                       "rule": "claims-review.banned", "subject": subject,
                       "suggestion": "say what the product does instead, such as 'blocks the attack paths we tested'"}
            if location:
                finding["location"] = location
            findings.append(finding)
        for number in numbers:
            finding = {"severity": "warning", "message": "message '%s' claims '%s' with no proof point" % (message["id"], number),
                       "rule": "claims-review.unproven", "subject": subject,
                       "suggestion": "add 'proof:' with the source of the figure (a study, a customer, a benchmark)"}
            if location:
                finding["location"] = location
            findings.append(finding)
        status = "needs rewrite" if claims else ("needs proof" if numbers else "ok")
        rows.append((message["id"], message.get("feature") or "", status, "; ".join(claims), "; ".join(numbers), message.get("proof") or ""))

    lines = ["# %s %s: claims review" % (release["product"], release["version"]), ""]
    if not messages:
        lines.append("The kit has no messages to review.")
    else:
        open_items = [row for row in rows if row[2] != "ok"]
        lines.append("%d of %d messages are ready for legal sign-off." % (len(rows) - len(open_items), len(rows)))
        lines += ["", "| Message | Feature | Status | Banned claims | Figures without proof |", "| --- | --- | --- | --- | --- |"]
        for row in rows:
            lines.append("| %s |" % " | ".join(markdown_cell(cell) for cell in row[:5]))
    csv_text = io.StringIO()
    writer = csv.writer(csv_text, lineterminator="\r\n")
    writer.writerow(["message", "feature", "status", "banned_claims", "unproven_figures", "proof"])
    writer.writerows(rows)

    print("%d banned claims, %d figures without proof" % (banned_count, len(findings) - banned_count), file=sys.stderr)
    return {
        "protocol": PROTOCOL,
        "findings": findings,
        "artifacts": [
            {"path": "legal/claims-review.md", "content": "\n".join(lines) + "\n", "kind": "legal-review", "title": "Claims review"},
            {"path": "legal/claims.csv", "content": csv_text.getvalue(), "kind": "legal-review", "title": "Claims review (CSV)"},
        ],
        "checks": [{
            "id": "claims-reviewed", "title": "No message makes a claim legal does not approve", "passed": banned_count == 0,
            "blocking": blocking, "detail": "%d banned claims in %d messages" % (banned_count, len(messages)),
        }],
    }


def main():
    document = json.load(sys.stdin)
    if document.get("protocol") != PROTOCOL:
        raise SystemExit("speaks protocol %d, received %r" % (PROTOCOL, document.get("protocol")))
    json.dump(review(document), sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
