#!/bin/sh
# Checks DraftDiff's redlines in real clients: every .docx in LibreOffice (accept all = new text,
# reject all = old text, no repair prompt) and against the schema rules Word enforces, and the HTML
# report in headless Chromium (not blank, no console errors).
#
# usage: Scripts/check-redlines.sh [OUTPUT-DIR]
# The redlines are those of the test fixtures, the sample pair, the sample merge report, generated
# revisions of the samples, and the revisions of Scripts/evaluation/generate.py the tests use, all
# written by the RedlineExport test. Needs: libreoffice-writer-nogui libreoffice-script-provider-python python3-uno
# libxml2-utils chromium (apt). Exit status 0 when every check passes.
set -eu
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d /tmp/draftdiff-redlines.XXXXXX)}
mkdir -p "$out"
build=${BUILD_PATH:-.build}

missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui libreoffice-script-provider-python python3-uno"
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
if [ -n "$missing" ]; then
    echo "check-redlines: missing tools; install them with: apt-get install -y$missing" >&2
    exit 2
fi

# The generated revisions the tests use (CompareEvaluationTests): seeds 1 and 2 at 1x and 10x, seed 4 at 10x.
for pair in 1:1 2:1 1:10 2:10 4:10; do
    seed=${pair%:*} scale=${pair#*:}
    python3 Scripts/evaluation/generate.py --seed "$seed" --scale "$scale" --out "$out/generated-seed$seed-x$scale" >/dev/null
done
swift build --build-tests --build-path "$build" >/dev/null
DRAFTDIFF_REDLINE_EXPORT="$out" swift test --skip-build --build-path "$build" --filter RedlineExport >/dev/null
echo "redlines written to $out"
status=0
/usr/bin/python3 Scripts/check-docx-schema.py "$out"/*.docx || status=1
/usr/bin/python3 Scripts/check-docx-libreoffice.py "$out"/*.docx || status=1
for html in "$out"/*.html; do
    Scripts/screenshot-html.sh "$html" "${html%.html}.png" || status=1
done
exit $status
