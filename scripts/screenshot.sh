#!/usr/bin/env bash
# Opens the HTML report in headless Chromium, offline, and saves screenshots: the top of the page
# and each section on its own (a page holding only that section), so every part can be looked at.
# Usage: scripts/screenshot.sh [report.html] [output folder]
set -euo pipefail
html=${1:-Reports/gfmd-2007/report.html}
out=${2:-.build-screenshots}
if ! command -v chromium >/dev/null; then
    SUDO=$(command -v sudo >/dev/null && [ "$(id -u)" != 0 ] && echo sudo || true)
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
mkdir -p "$out"
# Sections are top-level <section id=...> blocks; each goes into a copy of the page with the same head.
python3 - "$html" "$out" <<'PY'
import re, sys
html, out = sys.argv[1], sys.argv[2]
page = open(html, encoding="utf-8").read()
head, rest = page.split("<main>", 1)
body, tail = rest.split("</main>", 1)
for m in re.finditer(r'<section id="([^"]+)">.*?</section>', body, re.S):
    section = m.group(0)
    # Collapsed parts are opened so the picture shows them: the first league table, one country.
    section = section.replace("<details>", '<details open="open">', 1)
    section = section.replace('<details class="country" id="country-PHL">', '<details class="country" id="country-PHL" open="open">')
    if 'id="country-PHL"' in section:
        section = section[:section.index("<details")] + section[section.index('<details class="country" id="country-PHL"'):]
    open(f"{out}/{m.group(1)}.html", "w", encoding="utf-8").write(head + "<main>" + section + "</main>" + tail)
PY
shoot() {
    # --no-sandbox: containers without user namespaces; no network is needed or used.
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
        --window-size="$3" --screenshot="$2" "file://$(realpath "$1")" >/dev/null 2>&1
    # A blank page compresses to a few kilobytes; anything drawn makes the PNG far larger.
    size=$(stat -c %s "$2" 2>/dev/null || echo 0)
    if [ "$size" -lt 20000 ]; then echo "screenshot $2 looks blank ($size bytes)" >&2; exit 1; fi
    echo "$2 ($size bytes)"
}
shoot "$html" "$out/page.png" 1280,1600
for f in "$out"/*.html; do shoot "$f" "${f%.html}.png" 1280,1400; done
