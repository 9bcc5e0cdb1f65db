#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The user walk: the real window under Xvfb with a window manager (openbox), driven with
# xdotool as a new user would (wheel, drags with modifiers, keys, menus, dialogs), a
# screenshot after each step. Look at every screenshot before calling a change to the window
# done (README, "Development").
#
#   tests/ui/walk.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT]
#
# BUILD_DIR defaults to build, OUT_DIR to BUILD_DIR/walk, the screen to 1366x768. Needs
# Xvfb, openbox, xdotool, xwininfo (x11-utils) and ImageMagick's import; CORPUS (default
# ../shared/corpus) for the Zeek capture. LANG is passed on (LANG=ru_RU.UTF-8 walks the Russian
# window). Settings and the store live in OUT_DIR, so every walk is a first run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-$build/walk}
screen=${3:-1366x768}
corpus=${CORPUS:-../shared/corpus}
app="$PWD/$build/app/dnstimeline"
[ -x "$app" ] || { echo "walk: no $app (build first)" >&2; exit 2; }
for tool in Xvfb openbox xdotool xwininfo import; do
    command -v "$tool" > /dev/null || { echo "walk: $tool is missing (apt-get install xvfb openbox xdotool x11-utils imagemagick)" >&2; exit 2; }
done
rm -rf "$out"
mkdir -p "$out/home" "$out/runtime"
chmod 700 "$out/runtime"
out=$(cd "$out" && pwd)

# A free display number.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
export DISPLAY=":$display"
export XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data" XDG_CACHE_HOME="$out/home/cache"
export XDG_RUNTIME_DIR="$out/runtime"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done; }
trap cleanup EXIT
Xvfb "$DISPLAY" -screen 0 "${screen}x24" -nolisten tcp > "$out/xvfb.log" 2>&1 &
pids+=($!)
sleep 1
openbox > "$out/openbox.log" 2>&1 &
pids+=($!)
sleep 1

step=0
shot() { # NAME: a screenshot of the whole screen
    step=$((step + 1))
    sleep "${PAUSE:-1.5}"
    import -window root "$out/$(printf '%02d' "$step")-$1.png"
    echo "walk: $(printf '%02d' "$step")-$1.png"
}
win() { xdotool search --sync --onlyvisible --name "$1" | head -1; }
key() { xdotool key --clearmodifiers "$@"; }
# Plot coordinates: the timeline's data area is found from the window's geometry.
geometry() {
    eval "$(xdotool getwindowgeometry --shell "$main")"
    px() { echo $((X + WIDTH * $1 / 100)); }
    py() { echo $((Y + HEIGHT * $1 / 100)); }
}

cp "$build/sample/sample.dnstl" "$out/sample.dnstl"
"$app" "$out/sample.dnstl" > "$out/app.log" 2>&1 &
pids+=($!)
main=$(win "sample.dnstl")
geometry
shot first-run

# Wheel zoom about the middle of the plot, then Home.
xdotool mousemove "$(px 55)" "$(py 35)"
for _ in 1 2 3 4 5; do xdotool click 4; sleep 0.2; done
shot wheel-zoom-in
xdotool mousemove "$(px 56)" "$(py 36)"
shot tracker-after-zoom
key Home
shot home

# Shift+drag: the zoom band while the button is down.
xdotool mousemove "$(px 40)" "$(py 35)" keydown shift mousedown 1
xdotool mousemove "$(px 48)" "$(py 36)"
xdotool mousemove "$(px 55)" "$(py 36)"
shot shift-drag-band
xdotool mouseup 1 keyup shift
shot shift-drag-zoomed
key Home

# Drill-down by a right-button drag (Alt+drag is the window manager's).
xdotool mousemove "$(px 45)" "$(py 35)" mousedown 3
xdotool mousemove "$(px 50)" "$(py 36)"
shot right-drag-band
xdotool mouseup 3
shot right-drag-records
xdotool mousemove "$(px 45)" "$(py 35)" keydown alt mousedown 1
xdotool mousemove "$(px 50)" "$(py 36)"
shot alt-drag-under-openbox
xdotool mouseup 1 keyup alt
sleep 0.5
# openbox may have moved the window: find it again.
geometry

# Ctrl+drag: a range event; the dialog, then Escape: nothing stays on the chart.
xdotool mousemove "$(px 60)" "$(py 35)" keydown ctrl mousedown 1
xdotool mousemove "$(px 66)" "$(py 36)"
shot ctrl-drag-band
xdotool mouseup 1 keyup ctrl
shot event-dialog
key Escape
shot event-dialog-cancelled

# Split by client, then a second dataset far away: the Zeek capture of 2018.
xdotool mousemove "$(px 50)" "$(py 35)"
key ctrl+i
dialog=$(win "Import lookups")
sleep 1
xdotool type --delay 20 "$(realpath "$corpus/zeek/dns.log.gz")"
key Return
sleep 2
shot import-dialog
key Return
sleep 4
shot after-zeek-import
key Home
shot home-two-datasets

# 1 s bins over everything.
xdotool mousemove "$(px 50)" "$(py 35)"
key ctrl+b 2> /dev/null || true
shot before-one-second
echo "walk: screenshots in $out"
