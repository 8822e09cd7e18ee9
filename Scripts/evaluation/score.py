#!/usr/bin/env python3
"""Scores a comparison (draftdiff's JSON, or the baseline's in the same shape) against a key.

    score.py key.json result.json

Prints JSON: precision, recall and F1 of the old→new links between operative paragraphs and
sub-paragraphs; the same for the links that are not plain unchanged-in-place pairs ("hard");
move recall and false moves; split/merge F1 (a group counts when its old and new sides match exactly).
Blocks are matched to the key by label and text, so headings and other unnumbered blocks are ignored.
"""
import json
import sys

import drafttext


def f1(precision, recall):
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def ratio(numerator, denominator):
    return 1.0 if denominator == 0 else numerator / denominator


def score(key, result):
    old_texts = {label: drafttext.normalise(text) for label, text in key["old"].items()}
    new_texts = {label: drafttext.normalise(text) for label, text in key["new"].items()}

    def known(block, texts):
        # The opening words identify the block (footnote marks later in the text are the reader's business).
        label = block.get("label")
        opening = drafttext.normalise(block.get("text", ""))[:40]
        return label if label in texts and texts[label][:40] == opening else None

    predicted, predicted_moves, predicted_groups = set(), set(), set()
    for entry in result["alignment"]:
        olds = [known(b, old_texts) for b in entry["old"]]
        news = [known(b, new_texts) for b in entry["new"]]
        for o in olds:
            for n in news:
                if o and n:
                    predicted.add((o, n))
                    if entry["kind"] == "moved":
                        predicted_moves.add((o, n))
        if entry["kind"] in ("split", "merged") and all(olds) and all(news):
            predicted_groups.add((tuple(olds), tuple(news)))

    gold = {tuple(link) for link in key["links"]}
    gold_moves = {tuple(link) for link in key["moves"]}
    gold_groups = {(tuple(g["old"]), tuple(g["new"])) for g in key["groups"]}
    easy = {(o, n) for o, n in gold if (o, n) not in gold_moves and old_texts.get(o) == new_texts.get(n)}
    hard_gold, hard_predicted = gold - easy, predicted - easy

    hits = len(predicted & gold)
    precision, recall = ratio(hits, len(predicted)), ratio(hits, len(gold))
    hard_hits = len(hard_predicted & hard_gold)
    hard_precision, hard_recall = ratio(hard_hits, len(hard_predicted)), ratio(hard_hits, len(hard_gold))
    group_hits = len(predicted_groups & gold_groups)
    group_precision, group_recall = ratio(group_hits, len(predicted_groups)), ratio(group_hits, len(gold_groups))
    return {
        "links": len(gold),
        "precision": precision, "recall": recall, "f1": f1(precision, recall),
        "hard_links": len(hard_gold), "hard_f1": f1(hard_precision, hard_recall),
        "moves": len(gold_moves),
        "move_recall": ratio(len(predicted_moves & gold_moves), len(gold_moves)),
        "false_moves": len(predicted_moves - gold_moves),
        "groups": len(gold_groups),
        "group_f1": f1(group_precision, group_recall) if gold_groups or predicted_groups else 1.0,
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as k, open(sys.argv[2], encoding="utf-8") as r:
        print(json.dumps(score(json.load(k), json.load(r)), indent=1))
