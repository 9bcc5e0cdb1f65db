#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_layers.sh SOURCE_DIR QT_HEADERS_DIR
# Fails (exit 1, one line per offence: FILE:LINE: what) when an #include crosses a forbidden
# edge of the layer graph:
#   - a file of core/LAYER includes a header of a core layer that LAYER does not depend on,
#     directly or through others (the DEPENDS of dnstl_core_layer in core/LAYER/CMakeLists.txt
#     are the graph: this script reads them, so the build and the check cannot drift apart);
#   - a file of core includes a header of ui/ or app/, or a Qt header of QtGui, QtWidgets,
#     QtSvg or QtPrintSupport (core is Qt Core only);
#   - a file of ui/ includes a header of app/.
# Quoted includes are resolved by file name (headers are named without their folder, and
# names are unique across core/, ui/ and app/); names found nowhere in the tree are generated
# or third-party headers and are not checked.
set -euo pipefail
src=${1:?usage: check_layers.sh SOURCE_DIR QT_HEADERS_DIR}
qt=${2:?usage: check_layers.sh SOURCE_DIR QT_HEADERS_DIR}
cd "$src"

declare -A owner deps closure
for f in $(find core ui app -name '*.h' | sort); do
  name=${f##*/}
  if [ -n "${owner[$name]:-}" ]; then
    echo "$f: header name also used by ${owner[$name]} (names must be unique)"; exit 1
  fi
  case $f in
    core/*) layer=${f#core/}; owner[$name]=core/${layer%%/*} ;;
    ui/*) owner[$name]=ui ;;
    app/*) owner[$name]=app ;;
  esac
done

layers=()
for cmake in core/*/CMakeLists.txt; do
  layer=${cmake#core/}; layer=${layer%%/*}
  layers+=("$layer")
  # The words between DEPENDS and the next keyword or ')' of dnstl_core_layer(...).
  deps[$layer]=$(tr '\n' ' ' < "$cmake" | sed -n 's/.*dnstl_core_layer( *'"$layer"'\(.*\)/\1/p' |
    sed 's/).*//' | awk '{on=0; for (i=1;i<=NF;i++) { if ($i=="DEPENDS") {on=1; continue}
      if ($i=="PUBLIC"||$i=="PRIVATE") on=0; else if (on) printf "%s ", $i } }')
done
reach() { # the layers $1 may use: itself and everything below it
  local out=" $1 " d
  for d in ${deps[$1]}; do
    [ -n "${deps[$d]+x}" ] || { echo "core/$1/CMakeLists.txt: DEPENDS names no layer '$d'" >&2; exit 1; }
    out+="$(reach "$d") "
  done
  echo "$out"
}
for layer in "${layers[@]}"; do closure[$layer]=" $(reach "$layer") "; done

gui_header() { # $1: a <Q...> header name; true when it belongs to a GUI module
  local m
  for m in QtGui QtWidgets QtSvg QtPrintSupport QtOpenGL; do
    [ -e "$qt/$m/$1" ] && [ ! -e "$qt/QtCore/$1" ] && return 0
  done
  return 1
}

bad=0
while IFS= read -r file; do
  case $file in
    core/*) layer=${file#core/}; layer=${layer%%/*}; from=core/$layer ;;
    ui/*) from=ui ;;
    *) continue ;;
  esac
  while IFS=: read -r line text; do
    if [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]]; then
      inc=${BASH_REMATCH[1]}
      to=${owner[${inc##*/}]:-}
      [ -z "$to" ] && continue
      if [ "$from" = ui ]; then
        [ "$to" = app ] && { echo "$file:$line: ui includes $inc of app/"; bad=1; }
        continue
      fi
      case $to in
        ui|app) echo "$file:$line: core/$layer includes $inc of $to/"; bad=1 ;;
        core/*) target=${to#core/}
          [[ ${closure[$layer]} == *" $target "* ]] ||
            { echo "$file:$line: core/$layer includes $inc of core/$target, a layer it does not depend on"; bad=1; } ;;
      esac
    elif [[ $from == core/* && $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<(Q[A-Za-z0-9]*/)?([A-Za-z0-9_.]+)\> ]]; then
      module=${BASH_REMATCH[1]} header=${BASH_REMATCH[2]}
      [[ $header == Q* || $module == Qt* ]] || continue
      if [[ $module =~ ^Qt(Gui|Widgets|Svg|PrintSupport|OpenGL)/$ ]] || gui_header "$header"; then
        echo "$file:$line: core/$layer includes <$module$header>, a Qt GUI header (core is Qt Core only)"; bad=1
      fi
    fi
  done < <(grep -n '#[[:space:]]*include' "$file" || true)
done < <(find core ui -name '*.cpp' -o -name '*.h' | sort)

[ $bad -eq 0 ] && echo "check_layers: every include points down (${#layers[@]} core layers)"
exit $bad
