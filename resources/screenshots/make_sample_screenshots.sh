#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Remakes the screenshots of the README's "Walkthrough on the bundled sample" from the sample
# store: the charts with the walkthrough's own `render` commands, the window's Heatmap tab and
# Resolutions lane with tests/ui/tst_walk_sample_story (offscreen, DNSTL_SHOT_DIR). The footer's
# export time is fixed (SOURCE_DATE_EPOCH) so that an unchanged chart gives the same picture.
# Look at every picture before committing it.
#
#   resources/screenshots/make_sample_screenshots.sh [BUILD_DIR]
#
# BUILD_DIR (default build) must hold dnstimeline, tst_walk_sample_story and the sample store:
#   cmake --build build --target dnstimeline tst_walk_sample_story sample
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
app="$build/app/dnstimeline"
story="$build/tests/ui/tst_walk_sample_story"
store="$build/sample/sample.dnstl"
for f in "$app" "$story" "$store"; do
    [ -e "$f" ] || { echo "make_sample_screenshots: no $f (build first)" >&2; exit 2; }
done
shots=resources/screenshots
export SOURCE_DATE_EPOCH=1700000000

# Step 1: the bank's two resolvers against everyone else, per week.
"$app" render "$store" -o "$shots/sample-owners-split.png" --split client_owner --bin 1w \
    --tz America/New_York --log --draw lines \
    --title 'Sample (synthetic): lookups per week by owner of the resolver'
# Step 2: only the bank, by resolver, per day.
"$app" render "$store" -o "$shots/sample-bank-mail-host.png" --where client_owner='Example Bank*' \
    --split client --bin 1d --tz America/New_York \
    --title 'Sample (synthetic): the bank resolvers and the mail host'
# Steps 3 and 4: the Heatmap tab and the Resolutions lane, grabbed from the real window.
DNSTL_SHOT_DIR="$PWD/$shots" QT_QPA_PLATFORM=offscreen "$story" > /dev/null
ls -l "$shots"/sample-*.png
