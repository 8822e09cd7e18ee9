#!/bin/sh
# Renders an HTML report in headless Chromium to a PNG, checks the page is not blank and logged no
# console error or failed load, and leaves the PNG for a person to look at.
#
# usage: Scripts/screenshot-html.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
# Needs chromium (apt). Exit status 0 when the page rendered cleanly.
set -eu
html=$1
png=${2:-${html%.html}.png}
size=${3:-1280,2400}
if ! command -v chromium >/dev/null 2>&1; then
    echo "screenshot-html: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 2
fi
profile=$(mktemp -d /tmp/draftdiff-chromium.XXXXXX)
log=$profile/console.log
trap 'rm -rf "$profile"' EXIT
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --window-size="$size" --screenshot="$png" "$url" 2>"$log" >/dev/null || true
if [ ! -s "$png" ]; then
    echo "FAIL $html: no screenshot"; cat "$log" >&2; exit 1
fi
errors=$(grep -E 'CONSOLE|Uncaught|Failed to load|net::ERR_|Refused to' "$log" || true)
status=0
if [ -n "$errors" ]; then
    echo "FAIL $html: console errors:"; echo "$errors"; status=1
fi
if /usr/bin/python3 "$(dirname "$0")/png-not-blank.py" "$png"; then
    [ $status -eq 0 ] && echo "ok   $html rendered to $png"
else
    echo "FAIL $html: the page rendered blank"; status=1
fi
exit $status
