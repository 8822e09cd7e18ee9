#!/usr/bin/env bash
# Runs one libFuzzer target for a while: Scripts/fuzz.sh TARGET SECONDS
#   TARGET: FuzzPlainText, FuzzDocxPackage, FuzzDocxDocumentXML or FuzzCompare
# Seeds are small: the samples cut into pieces of a few paragraphs (the whole 70 KB samples run at
# ~20 execs/s under ASan), and the smaller .docx files of Samples/ and ../shared/corpus. Crashes,
# hangs (over 5 s) and memory blow-ups are written to $FUZZ_DIR/artifacts; turn each one into a
# regression test under Tests/UnitTests/Fuzz with the input committed in Tests/UnitTests/Fuzz/Inputs.
# Each run continues the saved corpus. FuzzCompare's sanitizer build once grew by about 0.2 MB per input
# (Scripts/results/profiling.md, round 7); on round 13's code it no longer does (900 s runs hold).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
FUZZ_DIR=${FUZZ_DIR:-/tmp/draftdiff-fuzz}
build=${FUZZ_BUILD:-$FUZZ_DIR/build}
seeds="$FUZZ_DIR/seeds-$target"
# Seeds are made afresh each run (the corpus directory keeps what the fuzzer found).
rm -rf "$seeds"
mkdir -p "$FUZZ_DIR/corpus-$target" "$FUZZ_DIR/artifacts" "$seeds"

# SwiftPM links executables with its own entry point; the targets call libFuzzer's driver, and gold
# cannot link that with the sanitizers: use lld from the toolchain.
swift build -c release --package-path Scripts/fuzz --scratch-path "$build" --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2

# Pieces of about 40 lines of each text sample (regression inputs included).
text_pieces() {
    for f in Samples/*.txt Tests/UnitTests/Fuzz/Inputs/*.txt; do
        [ -f "$f" ] || continue
        split -l 40 -d "$f" "$seeds/$(basename "$f" .txt)-"
    done
}
small_docx() {
    find Samples Tests/UnitTests/Fuzz/Inputs -name '*.docx' 2>/dev/null || true
    if [ -d ../shared/corpus ]; then find ../shared/corpus -name '*.docx' -size -24k | sort | sed -n 1,150p; fi
}

max_len=16384
# A few pieces as Word's other text encodings write them: UTF-16 with its byte-order mark, and Windows-1252.
encoded_pieces() {
    for piece in "$seeds"/csh-2021-global-resolution.fr-0[0-4]; do
        [ -f "$piece" ] || continue
        { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$piece"; } > "$piece.utf16le"
        { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$piece"; } > "$piece.utf16be"
        iconv -f UTF-8 -t CP1252 "$piece" > "$piece.cp1252" 2>/dev/null || rm -f "$piece.cp1252"
    done
}

case "$target" in
    FuzzPlainText) text_pieces; encoded_pieces ;;
    FuzzCompare)
        text_pieces
        # Pairs: a piece, a NUL byte, the next piece (the target cuts at the first NUL).
        pieces=("$seeds"/*)
        for ((i = 0; i + 1 < ${#pieces[@]}; i += 2)); do
            { cat "${pieces[i]}"; printf '\0'; cat "${pieces[i + 1]}"; } > "${pieces[i]}.pair"
        done ;;
    FuzzDocxPackage) max_len=65536; small_docx | while read -r f; do cp "$f" "$seeds/"; done ;;
    FuzzDocxDocumentXML)
        max_len=65536
        small_docx | while read -r f; do
            unzip -p "$f" word/document.xml > "$seeds/$(basename "$f" .docx).xml" 2>/dev/null || true
        done ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac

# Leak detection off: ZIPFoundation's Archive(url:) leaks its path's file-system representation (57 bytes
# per package opened, in Foundation's fileSystemRepresentation), which would stop the .docx targets at once
# and fail them at exit (148,301 opens leak 8.4 MB).
ASAN_OPTIONS=detect_leaks=0 "$build/release/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len="$max_len" -detect_leaks=0 \
    -artifact_prefix="$FUZZ_DIR/artifacts/$target-" "$FUZZ_DIR/corpus-$target" "$seeds"
