#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_translations.sh SOURCE_DIR LUPDATE
# Every string of ui/ that goes through tr() has its translation in every
# translations/dnstimeline_LANG.ts (and its English plural forms in dnstimeline_en.ts):
# lupdate is run over ui/ into copies of the files, and a message it marks unfinished (new, or
# changed in the source) fails the check. Fix: cmake --build build --target update_translations,
# then translate what it marks unfinished (Qt Linguist, or by hand).
set -euo pipefail
src=$1 lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/dnstimeline_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  options=(-no-obsolete -locations none)
  case "$ts" in *_en.ts) options+=(-pluralonly) ;; esac
  (cd "$src" && "$lupdate" "${options[@]}" ui -ts "$copy" > "$work/lupdate.log" 2>&1) || {
    cat "$work/lupdate.log"; exit 1; }
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "FAIL: $(basename "$ts"): $unfinished string(s) of ui/ without a translation:"
    grep -B3 'type="unfinished"' "$copy" | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p' | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "PASS: every tr() string of ui/ is translated in $(ls "$src"/translations/*.ts | wc -l) file(s)"
exit $status
