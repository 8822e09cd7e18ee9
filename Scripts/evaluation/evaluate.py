#!/usr/bin/env python3
"""Generates revisions with known answers, runs draftdiff and the difflib baseline on them, scores both.

    evaluate.py --draftdiff PATH [--scales 1 10 100] [--seeds 1 2 3] [--markdown FILE] [--json]

Prints a Markdown table (or JSON with --json) of precision, recall, F1, hard-link F1, move recall,
false moves, split/merge F1 and wall time per scale, averaged over the seeds, for both tools.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import baseline
import generate
import score

METRICS = ("precision", "recall", "f1", "hard_f1", "move_recall", "false_moves", "group_f1", "seconds", "read_seconds")


def run_draftdiff(executable, directory):
    started = time.perf_counter()
    process = subprocess.run([executable, "compare", os.path.join(directory, "old.txt"), os.path.join(directory, "new.txt"),
                              "--format", "json"], capture_output=True)
    elapsed = time.perf_counter() - started
    if process.returncode not in (0, 1):
        sys.exit(f"draftdiff failed ({process.returncode}): {process.stderr.decode()}")
    return json.loads(process.stdout), elapsed


def read_time(executable, directory):
    """Seconds draftdiff spends reading and structuring both drafts (`outline` of each)."""
    started = time.perf_counter()
    for name in ("old.txt", "new.txt"):
        subprocess.run([executable, "outline", os.path.join(directory, name)], capture_output=True, check=True)
    return time.perf_counter() - started


def run_baseline(directory):
    started = time.perf_counter()
    with open(os.path.join(directory, "old.txt"), encoding="utf-8") as o, open(os.path.join(directory, "new.txt"), encoding="utf-8") as n:
        result = baseline.compare(o.read(), n.read())
    return result, time.perf_counter() - started


def evaluate(executable, scales, seeds, large_seeds=None):
    rows = []
    with tempfile.TemporaryDirectory() as root:
        for scale in scales:
            seeds_here = large_seeds if large_seeds and scale >= 100 else seeds
            totals = {"draftdiff": [], "difflib": []}
            for seed in seeds_here:
                directory = os.path.join(root, f"x{scale}-s{seed}")
                generate.generate(seed, scale, directory)
                with open(os.path.join(directory, "key.json"), encoding="utf-8") as handle:
                    key = json.load(handle)
                for tool, (result, seconds) in (("draftdiff", run_draftdiff(executable, directory)), ("difflib", run_baseline(directory))):
                    figures = score.score(key, result)
                    figures["seconds"] = seconds
                    figures["read_seconds"] = read_time(executable, directory) if tool == "draftdiff" else 0.0
                    totals[tool].append(figures)
            for tool, figures in totals.items():
                row = {"scale": scale, "tool": tool, "seeds": len(seeds_here), "links": sum(f["links"] for f in figures),
                       "moves": sum(f["moves"] for f in figures), "groups": sum(f["groups"] for f in figures)}
                for metric in METRICS:
                    values = [f[metric] for f in figures]
                    row[metric] = sum(values) if metric == "false_moves" else sum(values) / len(values)
                row["min_f1"] = min(f["f1"] for f in figures)
                rows.append(row)
    return rows


def markdown(rows):
    lines = ["### Accuracy (averaged over the seeds; false moves summed)", "","| scale | tool | links | precision | recall | F1 | F1 (changed links) | moves | move recall | false moves "
             "| splits+merges | split/merge F1 | time (s) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['scale']}× | {r['tool']} | {r['links']} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} "
                     f"| {r['hard_f1']:.4f} | {r['moves']} | {r['move_recall']:.4f} | {r['false_moves']} | {r['groups']} "
                     f"| {r['group_f1']:.4f} | {r['seconds']:.2f} |")
    lines += ["", "### Time (wall clock, medians not taken: one run per seed)", "",
              "| scale | draftdiff (s) | of which reading both drafts (s) | alignment, diff and JSON (s) | difflib baseline (s) "
              "| draftdiff / difflib | alignment / difflib |", "|---|---|---|---|---|---|---|"]
    by_scale = {}
    for r in rows:
        by_scale.setdefault(r["scale"], {})[r["tool"]] = r
    for scale, tools in by_scale.items():
        ours, theirs = tools["draftdiff"], tools["difflib"]
        aligning = max(ours["seconds"] - ours["read_seconds"], 0.0)
        lines.append(f"| {scale}× | {ours['seconds']:.2f} | {ours['read_seconds']:.2f} | {aligning:.2f} | {theirs['seconds']:.2f} "
                     f"| {ours['seconds'] / theirs['seconds']:.1f} | {aligning / theirs['seconds']:.1f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--draftdiff", required=True)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--large-seeds", type=int, nargs="+", help="seeds for scales of 100× and more")
    parser.add_argument("--markdown")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    rows = evaluate(arguments.draftdiff, arguments.scales, arguments.seeds, arguments.large_seeds)
    if arguments.json:
        print(json.dumps(rows, indent=1))
    else:
        table = markdown(rows)
        print(table, end="")
        if arguments.markdown:
            with open(arguments.markdown, "w", encoding="utf-8") as handle:
                handle.write(table)
