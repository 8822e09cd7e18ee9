#!/usr/bin/env bash
# Runs one libFuzzer target for a while: Scripts/fuzz.sh TARGET SECONDS
#   TARGET: FuzzPlainText (more come with the .docx reader and compare)
# Seeds come from Samples/ and, when present, ../shared/corpus. Crashes are written to
# $FUZZ_DIR/artifacts; turn each one into a regression test under Tests/ with the input committed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
FUZZ_DIR=${FUZZ_DIR:-/tmp/draftdiff-fuzz}
build=${FUZZ_BUILD:-$FUZZ_DIR/build}
mkdir -p "$FUZZ_DIR/corpus-$target" "$FUZZ_DIR/artifacts" "$FUZZ_DIR/seeds-$target"

# SwiftPM links executables with its own entry point; the targets call libFuzzer's driver, and gold
# cannot link that with the sanitizers: use lld from the toolchain.
swift build -c release --package-path Scripts/fuzz --scratch-path "$build" --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2

case "$target" in
    FuzzPlainText) cp Samples/*.txt "$FUZZ_DIR/seeds-$target/" ;;
    *) find Samples -name '*.docx' -exec cp {} "$FUZZ_DIR/seeds-$target/" \; 2>/dev/null || true
       if [ -d ../shared/corpus ]; then find ../shared/corpus -name '*.docx' -size -40k | head -200 | while read -r f; do cp "$f" "$FUZZ_DIR/seeds-$target/"; done; fi ;;
esac

"$build/release/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=4096 -max_len=200000 \
    -artifact_prefix="$FUZZ_DIR/artifacts/$target-" "$FUZZ_DIR/corpus-$target" "$FUZZ_DIR/seeds-$target"
