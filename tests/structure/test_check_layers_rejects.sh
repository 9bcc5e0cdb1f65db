#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_check_layers_rejects.sh SOURCE_DIR QT_HEADERS_DIR
# check_layers.sh must fail on a copy of the tree with forbidden edges put in, naming each:
# an upward include (model → storage), a sideways one (import → events), a Qt GUI header in
# core, and core including ui. It must pass on the copy before they are put in.
set -euo pipefail
src=${1:?}; qt=${2:?}
check="$src/tests/structure/check_layers.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$src/core" "$src/ui" "$src/app" "$tmp/"
"$check" "$tmp" "$qt" >/dev/null || { echo "FAIL: the unchanged copy does not pass"; exit 1; }

echo '#include "sqlite_store.h"' >> "$tmp/core/model/dataset_info.h"
echo '#include "event_time.h"' >> "$tmp/core/import/importer.h"
echo '#include <QPainter>' >> "$tmp/core/timeline/bin_width.cpp"
echo '#include <QtWidgets/QWidget>' >> "$tmp/core/storage/sqlite_store.cpp"
echo '#include "main_window.h"' >> "$tmp/core/export/provenance.cpp"
set +e
out=$("$check" "$tmp" "$qt"); status=$?
set -e
echo "$out"
[ $status -eq 1 ] || { echo "FAIL: exit status $status, expected 1"; exit 1; }
for want in 'core/model/dataset_info.h:.*sqlite_store.h of core/storage' \
            'core/import/importer.h:.*event_time.h of core/events' \
            'core/timeline/bin_width.cpp:.*<QPainter>' \
            'core/storage/sqlite_store.cpp:.*<QtWidgets/QWidget>' \
            'core/export/provenance.cpp:.*main_window.h of ui/'; do
  grep -q "$want" <<<"$out" || { echo "FAIL: no line matching '$want'"; exit 1; }
done
echo "PASS: every forbidden edge was named"
