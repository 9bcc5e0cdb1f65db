#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_format.sh SOURCE_DIR: fails when a C++ file of the project differs from what
# clang-format (version 14, Debian 12's, with the tree's .clang-format) makes of it, and lists
# the files. Fix with: find core ui app tests resources -name '*.cpp' -o -name '*.h' | xargs clang-format -i
set -euo pipefail
cd "${1:?usage: check_format.sh SOURCE_DIR}"
formatter=${CLANG_FORMAT:-clang-format}
version=$("$formatter" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
[ "$version" = 14 ] || { echo "check_format: needs clang-format 14 (found '$version'): other versions format differently"; exit 1; }
# One run over every file; each misformatted line is a warning "FILE:LINE:COL: …".
out=$(find core ui app tests resources \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z |
  xargs -0 "$formatter" --dry-run -Werror 2>&1) && status=0 || status=$?
if [ $status -ne 0 ]; then
  grep -o '^[^:]*\.\(cpp\|h\):[0-9]*' <<<"$out" | sort -u -t: -k1,1 |
    sed 's/$/: not formatted (clang-format -i the file)/' || echo "$out"
  exit 1
fi
echo "check_format: every file is formatted"
