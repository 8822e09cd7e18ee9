#!/usr/bin/env python3
"""Turns `draftdiff outline --format json` into pandoc Markdown that pandoc's .docx writer
turns back into the same draft: headings as `#`, operative paragraphs as ordered lists that
start at their number, sub-paragraphs as nested lettered lists, footnotes as `[^n]`, tables as
pipe tables. Every ASCII punctuation mark is backslash-escaped and white space Markdown would
collapse (double spaces, tabs, line breaks) is written as raw OpenXML runs, so the text
survives exactly.

    draftdiff outline --format json DRAFT.txt | Scripts/outline-to-markdown.py > DRAFT.md
"""
import json
import re
import string
import sys

PUNCTUATION = set(string.punctuation)
SPECIAL_SPACE = re.compile(r"\s{2,}|[\t\n]| $|^ ")


def escape(text):
    return "".join("\\" + c if c in PUNCTUATION else c for c in text)


def raw_space(space):
    runs = []
    for char in space:
        if char == "\n":
            runs.append("<w:r><w:br/></w:r>")
        elif char == "\t":
            runs.append("<w:r><w:tab/></w:r>")
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{char}</w:t></w:r>')
    return "`" + "".join(runs) + "`{=openxml}"


def inline(text):
    """Escaped text; unusual white space as raw runs."""
    result, position = [], 0
    for match in SPECIAL_SPACE.finditer(text):
        result.append(escape(text[position:match.start()]))
        result.append(raw_space(match.group()))
        position = match.end()
    result.append(escape(text[position:]))
    return "".join(result)


class Writer:
    def __init__(self, outline):
        self.notes = {note["id"]: note for note in outline.get("footnotes", [])}
        self.lines = []
        self.used = []

    def text(self, block):
        """The block's text with `[^id]` at each footnote mark."""
        text, pieces, position = block["text"], [], 0
        for anchor in sorted(block.get("footnotes", []), key=lambda a: a["offset"]):
            pieces.append(inline(text[position:anchor["offset"]]))
            pieces.append(f"[^{anchor['number']}]")
            self.used.append(anchor)
            position = anchor["offset"]
        pieces.append(inline(text[position:]))
        return "".join(pieces)

    def separate(self):
        # An HTML comment ends a list, so that each paragraph starts its own numbered list.
        self.lines += ["<!-- -->", ""]

    def block(self, block):
        kind, label = block["kind"], block.get("label")
        if kind == "heading":
            prefix = escape(label) + "\\. " if label else ""
            self.lines += ["#" * max(1, min(block["level"], 6)) + " " + prefix + self.text(block), ""]
        elif kind == "table":
            self.table(block["table"])
        elif kind == "paragraph" and label:
            self.item(block, "")
            self.separate()
        else:
            self.lines += [self.text(block), ""]

    def item(self, block, indent):
        label = block["label"]
        marker = label + "." if label.isdigit() or len(label) == 1 else escape(label) + "\\."
        self.lines += [indent + marker + " " + self.text(block), ""]
        for sub in block.get("subparagraphs", []):
            if sub.get("label"):
                self.item(sub, indent + "    ")
            else:
                self.lines += [indent + "    " + self.text(sub), ""]

    def table(self, table):
        rows = table["rows"]
        if not rows:
            return
        width = max(len(row) for row in rows)
        cells = lambda row: "| " + " | ".join(inline(cell).replace("|", "\\|") for cell in row + [""] * (width - len(row))) + " |"
        self.lines += [cells(rows[0]), "|" + "---|" * width] + [cells(row) for row in rows[1:]] + [""]

    def footnotes(self):
        for anchor in self.used:
            note = self.notes.get(anchor["id"], {"text": anchor["text"]})
            paragraphs = note["text"].split("\n")
            self.lines.append(f"[^{anchor['number']}]: " + inline(paragraphs[0]))
            for paragraph in paragraphs[1:]:
                self.lines += ["", "    " + inline(paragraph)]
            self.lines.append("")


def main():
    outline = json.load(sys.stdin)
    writer = Writer(outline)
    for block in outline["blocks"]:
        writer.block(block)
    writer.footnotes()
    sys.stdout.write("\n".join(writer.lines))


if __name__ == "__main__":
    main()
