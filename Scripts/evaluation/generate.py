#!/usr/bin/env python3
"""Generates a revision of the 2021 global resolution with a known answer.

    generate.py --seed 1 --scale 10 --out DIR [--sample PATH]

Writes DIR/old.txt and DIR/new.txt in the style of Word's text export, and DIR/key.json:
{"links": [[old, new]…], "moves": [[old, new]…], "groups": [{"kind", "old": […], "new": […]}],
"old": {label: text}, "new": {label: text}}. Labels are those a reader sees ("41", "25.a").

At scale K the operative part is repeated K times, each copy with its years shifted, so that the
larger drafts hold exact and near duplicates. The revision makes word edits, heavy rewrites,
typographic variants (’ and ', NBSP), moves across sections, splits, merges, deletions, genuinely
new paragraphs, and renumbers everything as Word would.
"""
import argparse
import copy
import json
import os
import random
import re

import drafttext

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "Samples", "csh-2021-global-resolution.fr.txt")

POOL = ("notamment régional durable effectif pertinent international spécifique approprié renforcé coordonné "
        "technique financier national continental juridique opérationnel stratégique numérique global "
        "institutionnel prioritaire volontaire progressif conjoint").split()
NOVEL = ("hydrologique glaciaire tsunami sismique volcanologie phréatique littorale mangroves récifs "
         "archipel saumâtre estuaire bathymétrie cartographie météorologique sargasses ouragans "
         "aquaculture halieutique lagunes balises drones satellitaires télédétection radiosondes").split()
FUNCTION = "de la les des et à en du pour dans sur".split()


def scaled(items, scale):
    """The draft with its operative part repeated `scale` times, years shifted per copy."""
    start = next(i for i, item in enumerate(items) if item[0] == "raw" and item[1].strip().startswith("DÉCIDE"))
    end = next(i for i, item in enumerate(items) if item[0] == "raw" and item[1].strip().startswith("III."))
    head, body, tail = items[:start + 1], items[start + 1:end], items[end:]
    result = list(head)
    for copy_index in range(scale):
        shift = lambda text: re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group(0)) + copy_index), text)
        for item in body:
            if item[0] == "raw":
                result.append(["raw", shift(item[1])])
            else:
                result.append(["para", shift(item[1]), [shift(s) for s in item[2]]])
    return result + tail


def as_units(items):
    """Items as dicts carrying their old labels as ids."""
    units, number = [], 0
    for item in items:
        if item[0] == "raw":
            units.append({"raw": item[1]})
            continue
        number += 1
        units.append({"text": item[1], "id": [str(number)], "moved": False, "group": None,
                      "subs": [{"text": s, "id": [f"{number}.{chr(97 + i)}"]} for i, s in enumerate(item[2])]})
    return units


def render(units):
    """Draft text of units and the label of every paragraph and sub-paragraph unit."""
    items = [["raw", u["raw"]] if "raw" in u else ["para", u["text"], [s["text"] for s in u["subs"]]] for u in units]
    text, _ = drafttext.write(items)
    number = 0
    for unit in units:
        if "raw" in unit:
            continue
        number += 1
        unit["label"] = str(number)
        for index, sub in enumerate(unit["subs"]):
            sub["label"] = f"{number}.{chr(97 + index)}"
    return text


def word_edit(rng, text, count):
    words = text.split(" ")
    for _ in range(count):
        candidates = [i for i in range(1, len(words)) if re.fullmatch(r"[a-zà-ÿ]{4,}", words[i])]
        if not candidates:
            break
        i = rng.choice(candidates)
        action = rng.random()
        if action < 0.5:
            words[i] = rng.choice(POOL)
        elif action < 0.75:
            del words[i]
        else:
            words.insert(i, rng.choice(POOL))
    return " ".join(words)


def typographic(rng, text):
    if "’" in text and rng.random() < 0.6:
        return text.replace("’", "'")
    if "'" in text and rng.random() < 0.6:
        return text.replace("'", "’")
    return text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace(", ", ",  ", 1)


def split_text(text):
    middle = len(text) // 2
    commas = [m.start() for m in re.finditer(", ", text) if 0.35 * len(text) < m.start() < 0.65 * len(text)]
    if not commas:
        return None
    cut = min(commas, key=lambda c: abs(c - middle))
    rest = text[cut + 2:]
    return text[:cut] + ".", rest[0].upper() + rest[1:]


def new_paragraph(rng):
    words = [rng.choice(NOVEL) if rng.random() < 0.6 else rng.choice(FUNCTION) for _ in range(rng.randint(20, 40))]
    return "De " + " ".join(words) + "."


def revise(rng, units):
    """Applies random revisions; returns the new list of units."""
    paragraph_indices = [i for i, u in enumerate(units) if "text" in u]
    eligible = [i for i in paragraph_indices
                if "[" not in units[i]["text"] and not any("[" in s["text"] for s in units[i]["subs"])]
    counts = {}
    for unit in units:
        if "text" in unit:
            counts[drafttext.normalise(unit["text"])] = counts.get(drafttext.normalise(unit["text"]), 0) + 1
    # A copy of a text found elsewhere too cannot be said to have moved rather than its twin.
    unique = lambda unit: counts[drafttext.normalise(unit["text"])] == 1
    new = copy.deepcopy(units)
    removed, inserted_after, moves, used = set(), {}, [], set()
    for i in eligible:
        if i in used:
            continue
        unit = new[i]
        r = rng.random()
        if r < 0.13:
            unit["text"] = word_edit(rng, unit["text"], rng.randint(1, 3))
        elif r < 0.17:
            unit["text"] = word_edit(rng, unit["text"], max(3, len(unit["text"].split()) // 4))
        elif r < 0.23:
            unit["text"] = typographic(rng, unit["text"])
        elif r < 0.27 and unique(unit):
            if rng.random() < 0.5:
                unit["text"] = word_edit(rng, unit["text"], 1)
            moves.append(i)
        elif r < 0.30 and not unit["subs"] and len(unit["text"].split()) >= 40 and split_text(unit["text"]):
            first, second = split_text(unit["text"])
            unit["text"] = first
            unit["group"] = "split"
            inserted_after.setdefault(i, []).append({"text": second, "id": list(unit["id"]), "moved": False,
                                                     "group": "split", "subs": []})
        elif r < 0.33 and not unit["subs"] and i + 1 in eligible and i + 1 not in used and not new[i + 1]["subs"]:
            other = new[i + 1]
            unit["text"] = unit["text"].rstrip(".") + " ; " + other["text"][0].lower() + other["text"][1:]
            unit["id"] = unit["id"] + other["id"]
            unit["group"] = "merged"
            removed.add(i + 1)
            used.add(i + 1)
        elif r < 0.36:
            removed.add(i)
        elif r < 0.39:
            inserted_after.setdefault(i, []).append({"text": new_paragraph(rng), "id": [], "moved": False,
                                                     "group": None, "subs": []})
        for sub in unit["subs"]:
            if rng.random() < 0.15:
                sub["text"] = word_edit(rng, sub["text"], rng.randint(1, 2))
    result, moved_units = [], []
    for i, unit in enumerate(new):
        if i in removed:
            continue
        if i in moves:
            unit["moved"] = True
            moved_units.append(unit)
        else:
            result.append(unit)
        result.extend(inserted_after.get(i, []))
    for unit in moved_units:
        origin = next(k for k, u in enumerate(result) if "text" in u and u["id"] and int(u["id"][0].split(".")[0]) > int(unit["id"][0])) if any(
            "text" in u and u["id"] and int(u["id"][0].split(".")[0]) > int(unit["id"][0]) for u in result) else len(result)
        # Never between the halves of a split paragraph.
        halves = lambda k: k > 0 and result[k].get("group") == "split" and result[k - 1].get("id") == result[k]["id"]
        targets = [k for k, u in enumerate(result) if "text" in u and abs(k - origin) > 12 and not halves(k)]
        result.insert(rng.choice(targets) if targets else 0, unit)
    return result


def key(old_units, new_units):
    links, moves, groups = [], [], []
    for unit in new_units:
        if "raw" in unit:
            continue
        for origin in unit["id"]:
            links.append([origin, unit["label"]])
            if unit["moved"]:
                moves.append([origin, unit["label"]])
        if unit["group"] == "merged":
            groups.append({"kind": "merged", "old": unit["id"], "new": [unit["label"]]})
        if unit["group"] == "split" and not any(g["kind"] == "split" and g["old"] == unit["id"] for g in groups):
            parts = [u["label"] for u in new_units if "text" in u and u["group"] == "split" and u["id"] == unit["id"]]
            groups.append({"kind": "split", "old": unit["id"], "new": parts})
        for sub in unit["subs"]:
            for origin in sub["id"]:
                links.append([origin, sub["label"]])
                if unit["moved"]:
                    moves.append([origin, sub["label"]])
    texts = lambda units: {x["label"]: x["text"] for u in units if "text" in u for x in [u] + u["subs"]}
    return {"links": links, "moves": moves, "groups": groups, "old": texts(old_units), "new": texts(new_units)}


def generate(seed, scale, out, sample=SAMPLE):
    rng = random.Random(seed)
    with open(sample, encoding="utf-8") as handle:
        items = scaled(drafttext.parse(handle.read()), scale)
    old_units = as_units(items)
    old_text = render(old_units)
    new_units = revise(rng, old_units)
    new_text = render(new_units)
    os.makedirs(out, exist_ok=True)
    for name, text in (("old.txt", old_text), ("new.txt", new_text)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as handle:
        json.dump(key(old_units, new_units), handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--sample", default=SAMPLE)
    arguments = parser.parse_args()
    generate(arguments.seed, arguments.scale, arguments.out, arguments.sample)
