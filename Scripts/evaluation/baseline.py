#!/usr/bin/env python3
"""A plain difflib paragraph baseline, the tool a user might script instead (Python stdlib only).

    baseline.py OLD NEW > result.json

Paragraphs and sub-paragraphs in order are compared with difflib.SequenceMatcher; equal runs are
unchanged pairs, and inside replaced runs paragraphs are paired in order when their own
SequenceMatcher ratio is at least 0.5. Writes JSON in the shape of `draftdiff compare --format json`.
"""
import difflib
import json
import sys

import drafttext


def compare(old_text, new_text):
    old, new = drafttext.paragraphs(old_text), drafttext.paragraphs(new_text)
    a = [drafttext.normalise(t) for _, t in old]
    b = [drafttext.normalise(t) for _, t in new]
    block = lambda pair: {"label": pair[0], "text": pair[1]}
    entries = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            entries += [{"kind": "unchanged", "old": [block(old[i1 + k])], "new": [block(new[j1 + k])]} for k in range(i2 - i1)]
            continue
        paired_old, paired_new = set(), set()
        if tag == "replace":
            for k in range(min(i2 - i1, j2 - j1)):
                if difflib.SequenceMatcher(None, a[i1 + k], b[j1 + k]).ratio() >= 0.5:
                    entries.append({"kind": "modified", "old": [block(old[i1 + k])], "new": [block(new[j1 + k])]})
                    paired_old.add(i1 + k)
                    paired_new.add(j1 + k)
        entries += [{"kind": "deleted", "old": [block(old[i])], "new": []} for i in range(i1, i2) if i not in paired_old]
        entries += [{"kind": "inserted", "old": [], "new": [block(new[j])]} for j in range(j1, j2) if j not in paired_new]
    return {"alignment": entries}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as o, open(sys.argv[2], encoding="utf-8") as n:
        json.dump(compare(o.read(), n.read()), sys.stdout, ensure_ascii=False)
