#!/usr/bin/env bash
# Writes Samples/NAME.docx for each Samples/NAME.txt with a third-party writer: the draft's
# outline (draftdiff outline --format json) becomes pandoc Markdown (Scripts/outline-to-markdown.py)
# and pandoc writes the .docx, with real numbering.xml and footnotes.xml.
#
#     Scripts/make-sample-docx.sh            # every sample
#     Scripts/make-sample-docx.sh FILE.txt   # one
#
# Needs pandoc (apt-get install pandoc) and a built draftdiff (swift build).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || { echo "make-sample-docx: pandoc is not installed (apt-get install pandoc)" >&2; exit 1; }
draftdiff=${DRAFTDIFF:-.build/debug/draftdiff}
[ -x "$draftdiff" ] || swift build --product draftdiff
samples=("$@")
[ ${#samples[@]} -gt 0 ] || samples=(Samples/*.txt)
for text in "${samples[@]}"; do
    docx=${text%.txt}.docx
    "$draftdiff" outline --format json "$text" | python3 Scripts/outline-to-markdown.py \
        | pandoc -f markdown-smart -t docx -o "$docx"
    echo "$docx"
done
