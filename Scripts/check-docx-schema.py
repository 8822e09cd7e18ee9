#!/usr/bin/python3
"""Schema-level checks of the parts DraftDiff writes in a .docx.

For each FILE.docx: every part is well-formed XML (xmllint --noout); [Content_Types].xml names every
part; every relationship target exists; children of w:pPr, w:rPr (run and paragraph-mark),
w:tblPr, w:trPr, w:tcPr, w:lvl, w:style, w:settings and w:sectPr come in the order the
WordprocessingML schema (ECMA-376 Part 1) requires, which Word enforces with a repair prompt;
every tracked change has w:id, w:author and w:date, and ids are unique in the package; every
footnote reference points at a footnote; move ranges are paired by name.

usage: check-docx-schema.py FILE.docx [FILE.docx ...]      exit status 0 when every file passes.
"""
import posixpath
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Child order from the schema's sequences, for the children DraftDiff may write (and their neighbours).
ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange"],
    "rPr": ["ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath", "rPrChange"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"],
    "trPr": ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
             "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"],
    "lvl": ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
            "legacy", "lvlJc", "pPr", "rPr"],
    "style": ["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
              "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
              "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"],
    "settings": ["writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
                 "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
                 "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
                 "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
                 "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
                 "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate",
                 "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
                 "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection",
                 "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
                 "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
                 "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
                 "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
                 "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
                 "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
                 "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData",
                 "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
                 "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema",
                 "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
                 "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
                 "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
                 "compat", "docVars", "rsids"],
    "sectPr": ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"],
}
REVISIONS = {"ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart"}


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def check_order(element, problems, part):
    name = local(element.tag)
    order = ORDER.get(name)
    if order is not None and not (name == "rPr" and element.find(W + "t") is not None):
        last = -1
        for child in element:
            child_name = local(child.tag)
            if child_name not in order:
                problems.append("%s: unexpected w:%s in w:%s" % (part, child_name, name))
                continue
            position = order.index(child_name)
            if position < last:
                problems.append("%s: w:%s out of order in w:%s" % (part, child_name, name))
            last = position
    for child in element:
        check_order(child, problems, part)


def check(path):
    problems = []
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        directory = tempfile.mkdtemp(prefix="draftdiff-schema-")
        try:
            archive.extractall(directory)
            for name in sorted(names):
                if name.endswith(".xml") or name.endswith(".rels"):
                    result = subprocess.run(["xmllint", "--noout", posixpath.join(directory, name)],
                                            capture_output=True, text=True)
                    if result.returncode != 0:
                        problems.append("%s: not well-formed: %s" % (name, result.stderr.strip()))
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        if problems:
            return problems
        types = ET.fromstring(archive.read("[Content_Types].xml"))
        overrides = {o.get("PartName").lstrip("/") for o in types if local(o.tag) == "Override"}
        for name in names:
            if name.startswith("word/") and name.endswith(".xml") and name not in overrides:
                problems.append("[Content_Types].xml: no content type for %s" % name)
        for rels, base in (("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")):
            for rel in ET.fromstring(archive.read(rels)):
                if posixpath.normpath(base + rel.get("Target")) not in names:
                    problems.append("%s: target %s missing" % (rels, rel.get("Target")))
        ids, moves = [], {}
        footnote_ids = set()
        if "word/footnotes.xml" in names:
            footnote_ids = {f.get(W + "id") for f in ET.fromstring(archive.read("word/footnotes.xml"))}
        for name in sorted(names):
            if not name.endswith(".xml") or name == "[Content_Types].xml":
                continue
            root = ET.fromstring(archive.read(name))
            check_order(root, problems, name)
            for element in root.iter():
                tag = local(element.tag)
                if tag in REVISIONS and element.tag.startswith(W):
                    for attribute in ("id", "author", "date"):
                        if element.get(W + attribute) is None:
                            problems.append("%s: w:%s without w:%s" % (name, tag, attribute))
                    ids.append(element.get(W + "id"))
                if tag in ("moveFromRangeStart", "moveToRangeStart"):
                    moves.setdefault(element.get(W + "name"), set()).add(tag)
                if tag == "footnoteReference" and element.get(W + "id") not in footnote_ids:
                    problems.append("%s: footnote reference %s has no footnote" % (name, element.get(W + "id")))
        if len(ids) != len(set(ids)):
            problems.append("revision ids are not unique")
        for name, ends in moves.items():
            if ends != {"moveFromRangeStart", "moveToRangeStart"}:
                problems.append("move %s has only %s" % (name, sorted(ends)))
    return problems


def main(paths):
    if shutil.which("xmllint") is None:
        sys.stderr.write("check-docx-schema: xmllint not found; install it with: apt-get install -y libxml2-utils\n")
        return 2
    failed = False
    for path in paths:
        problems = check(path)
        print(("ok   %s: parts well-formed, schema order, revisions, references" % path) if not problems else
              "FAIL %s:\n  %s" % (path, "\n  ".join(problems)))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
