"""Reading and writing drafts in the style of Word's plain-text export, for the evaluation scripts.

A draft is a list of items: ("raw", line) for lines kept verbatim (title, preamble, headings,
table, footnotes) and ("para", text, [sub-paragraph texts]) for operative paragraphs. Operative
paragraphs are recognised by their number following the previous one ("1." then "2.", …), so
auto-numbered headings printed "1." are not mistaken for them.
"""
import re

PARA = re.compile(r"^\s*(?:\[bookmark: [^\]]*\])?(\d+)\.\s+(.*\S)\s*$")
SUB = re.compile(r"^\s*([a-z])\.\s+(.*\S)\s*$")


def parse(text):
    """Items of a draft text (see module doc)."""
    items = []
    expected = 1
    current = None  # index of the last paragraph item, while sub-paragraphs may follow
    for line in text.split("\n"):
        match = PARA.match(line)
        if match and int(match.group(1)) == expected:
            items.append(["para", match.group(2), []])
            current = len(items) - 1
            expected += 1
            continue
        sub = SUB.match(line)
        if sub and current is not None:
            items[current][2].append(sub.group(2))
            continue
        if line.strip():
            current = None if not line.startswith(("\t", " ")) or PARA.match(line) else current
            if not SUB.match(line):
                current = None
        items.append(["raw", line])
    return items


def write(items):
    """The draft text of `items`, renumbering paragraphs 1…N; returns (text, [(label, text)…])."""
    lines = []
    labels = []
    number = 0
    for item in items:
        if item[0] == "raw":
            lines.append(item[1])
            continue
        number += 1
        lines.append(f"{number}.\t{item[1]}")
        labels.append((str(number), item[1]))
        if item[2]:
            lines.append("")
        for index, sub in enumerate(item[2]):
            letter = chr(ord("a") + index)
            lines.append(f"{letter}. {sub}")
            labels.append((f"{number}.{letter}", sub))
        lines.append("")
    return "\n".join(lines) + "\n", labels


def paragraphs(text):
    """(label, text) of every operative paragraph and sub-paragraph of a draft text."""
    return write(parse(text))[1]


def normalise(text):
    """Comparison form: apostrophes and quotes alike, white space collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for quote in "\u00ab\u00bb\u201c\u201d":
        text = text.replace(quote, '"')
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
