#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The user walk: the real window under Xvfb with a window manager (openbox), driven with
# xdotool as a new user drives it (wheel, drags with modifiers, keys, menus, dialogs), a
# screenshot after each step. Look at every screenshot before calling a change to the window
# done (README, "The user walk").
#
#   tests/ui/walk.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT]
#
# BUILD_DIR defaults to build, OUT_DIR to BUILD_DIR/walk, the screen to 1366x768. Needs Xvfb,
# openbox, xdotool, xwininfo (x11-utils), ImageMagick's import and python3 (to write the
# corpus's Zeek log as Zeek JSON); CORPUS (default ../shared/corpus). LANG is passed on:
# LANG=ru_RU.UTF-8 walks the Russian window. Settings and stores live in OUT_DIR, so every
# walk is a first run; nothing outside OUT_DIR is touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-$build/walk}
screen=${3:-1366x768}
corpus=${CORPUS:-../shared/corpus}
app="$PWD/$build/app/dnstimeline"
[ -x "$app" ] || { echo "walk: no $app (build first)" >&2; exit 2; }
for tool in Xvfb openbox xdotool xwininfo import python3; do
    command -v "$tool" > /dev/null || { echo "walk: $tool is missing (./dev walk installs what it needs)" >&2; exit 2; }
done
rm -rf "$out"
mkdir -p "$out/home" "$out/runtime" "$out/files"
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
shot() { # NAME: the whole screen, after the window had time to settle
    step=$((step + 1))
    sleep "${PAUSE:-2}"
    import -window root "$out/$(printf '%02d' "$step")-$1.png"
    echo "walk: $(printf '%02d' "$step")-$1.png"
}
key() { xdotool key --clearmodifiers "$@"; }
# Where things are, from the main window's geometry: the timeline's data area spans about
# 23-99% of the window's width and 10-45% of its height on first run.
locate() {
    main=$(xdotool search --sync --onlyvisible --name "DNS Timeline" | head -1)
    eval "$(xdotool getwindowgeometry --shell "$main")"
    echo "walk: window at $X,$Y, $WIDTH x $HEIGHT" >> "$out/geometry.log"
}
px() { echo $((X + WIDTH * $1 / 100)); }
py() { echo $((Y + HEIGHT * $1 / 100)); }
drag() { # BUTTON MODIFIER FROM% TO% NAME: a drag across the timeline, a screenshot mid-way
    local mod=()
    [ "$2" != none ] && mod=(keydown "$2")
    xdotool mousemove "$(px "$3")" "$(py 30)" "${mod[@]}" mousedown "$1"
    xdotool mousemove "$(px $(( ($3 + $4) / 2 )))" "$(py 31)"
    xdotool mousemove "$(px "$4")" "$(py 31)"
    shot "$5"
    xdotool mouseup "$1"
    [ "$2" != none ] && xdotool keyup "$2"
    return 0
}
open_file() { # PATH: in the file dialog that has just opened
    sleep 1.5
    xdotool type --delay 15 "$1"
    key Return
}

# Files a user brings: the sample, the corpus's Zeek capture as Zeek JSON, and a dnsmasq log
# copied off a router today (its syslog times carry no year).
cp "$build/sample/sample.dnstl" "$out/files/sample.dnstl"
python3 - "$corpus/zeek/dns.log.gz" "$out/files/dns.json" << 'PY'
# As Zeek's JSON writer does: vectors as arrays, counts, ports and times as numbers, bools as bools.
import gzip, json, sys
fields = types = None
def value_of(kind, text):
    if kind.startswith(('vector[', 'set[')):
        inner = kind[kind.index('[') + 1:-1]
        return [value_of(inner, item) for item in text.split(',')]
    if kind in ('count', 'port', 'int'):
        return int(text)
    if kind in ('time', 'interval', 'double'):
        return float(text)
    if kind == 'bool':
        return text == 'T'
    return text
with gzip.open(sys.argv[1], 'rt') as src, open(sys.argv[2], 'w') as dst:
    for line in src:
        line = line.rstrip('\n')
        if line.startswith('#fields\t'):
            fields = line.split('\t')[1:]
            continue
        if line.startswith('#types\t'):
            types = line.split('\t')[1:]
            continue
        if not line or line.startswith('#'):
            continue
        record = {}
        for key, kind, value in zip(fields, types, line.split('\t')):
            if value == '-':
                continue
            record[key] = [] if value == '(empty)' else value_of(kind, value)
        dst.write(json.dumps(record) + '\n')
PY
cp tests/data/dnsmasq/real_plain.log "$out/files/pihole.log"
touch -d "2026-12-07 09:00" "$out/files/pihole.log"

"$app" "$out/files/sample.dnstl" > "$out/app.log" 2>&1 &
pids+=($!)
locate
shot first-run

# Wheel zoom about the pointer; the tracker; Home.
xdotool mousemove "$(px 60)" "$(py 30)"
for _ in 1 2 3 4 5; do xdotool click 4; sleep 0.3; done
xdotool mousemove "$(px 61)" "$(py 30)"
shot wheel-zoom-tracker
key Home
shot home

# Drags: Shift (zoom band), the right button (drill-down), Alt (the window manager's), Ctrl
# (a range event: the dialog, then Escape leaves nothing).
drag 1 shift 35 55 shift-drag-band
shot shift-drag-zoomed
drag 3 none 45 60 right-drag-band
shot right-drag-records
drag 1 alt 40 50 alt-drag-under-openbox
xdotool windowmove "$main" 0 0
locate
drag 1 ctrl 60 70 ctrl-drag-band
shot event-dialog
key Escape
shot event-dialog-escaped

# Import the Zeek JSON: the dialog, then the view on the new dataset and the notice.
key ctrl+i
open_file "$out/files/dns.json"
shot import-dialog-zeek-json
key Return
sleep 3
shot after-zeek-import
# Home over 2016 and 2018; double-click the capture in Datasets.
xdotool mousemove "$(px 60)" "$(py 30)"
key Home
shot home-two-datasets
xdotool mousemove "$(px 8)" "$(py 14)" click --repeat 2 --delay 80 1
shot datasets-double-click
key Home

# Import the dnsmasq log: the Year and where it comes from; then the same file again.
key ctrl+i
open_file "$out/files/pihole.log"
shot import-dialog-dnsmasq-year
key Return
sleep 3
shot after-dnsmasq-import
key ctrl+i
open_file "$out/files/pihole.log"
sleep 2 # the dialog reads the file's head before Import takes Return
key Return
sleep 3
shot import-again-offered

# The menus by their mnemonics, in the window's language.
case "${LANG:-}" in
    ru*) view=alt+Cyrillic_ve file=alt+Cyrillic_ef data=Cyrillic_de ;;
    *) view=alt+v file=alt+f data=d ;;
esac

# View → Analysis (the last item but one; the last is Address book), the Bursts tab with Show
# on timeline.
key "$view"
sleep 0.5
key Up Up Return
shot analysis-opened

# Export the visible bins as CSV: the notice says where, with Open folder.
key "$file"
sleep 0.5
key "$data"
sleep 0.3
key c
open_file "$out/files/bins.csv"
shot export-notice

# 1 s bins over everything (the three datasets, 2016 to 2026): the toolbar's Bins box, then
# the first width starting with 1 (1s). The status bar says which width is shown instead.
key Escape
key "$view" # View → Show all (the first item): Home would go to a focused text box
sleep 0.5
key Return
sleep 1
locate
xdotool mousemove $((X + 590)) $((Y + 14)) click 1 # the Bins box (the frame-less geometry of openbox)
sleep 0.7
key 1 Return
shot one-second-bins-over-everything
# Zoom in on the pointer until 1 s fits.
xdotool mousemove "$(px 60)" "$(py 30)"
for _ in $(seq 1 12); do xdotool click 4; sleep 0.2; done
shot one-second-bins-zoomed
key ctrl+q
sleep 1
echo "walk: screenshots in $out"
