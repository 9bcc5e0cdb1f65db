#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_package.sh CPACK CPACK_CONFIG SAMPLE_STORE VERSION
# Builds the .deb into a temporary directory, unpacks it into a temporary root, runs the
# installed executable headless, and validates the package and its desktop files.
set -euo pipefail
cpack=$1 config=$2 sample=$3 version=$4
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

for tool in dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli update-mime-database gio sqlite3 man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not found (run ./dev test to install it)"; exit 1; }
done
[ -f "$sample" ] || { echo "FAIL: no sample store $sample (build the 'sample' target)"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dnstl-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
step() { printf '== %s\n' "$*"; }

step "cpack -G DEB"
"$cpack" -G DEB --config "$config" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
debs=("$tmp"/out/dnstimeline_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one .deb"; ls -l "$tmp/out"; exit 1; }
deb=${debs[0]}
echo "$(basename "$deb")"

step "control fields"
dpkg-deb --field "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = dnstimeline ] || { echo "FAIL: Package"; exit 1; }
[ "$(field Version)" = "$version" ] || { echo "FAIL: Version is not $version"; exit 1; }
[ "$(field Section)" = net ] || { echo "FAIL: Section is not net"; exit 1; }
[ "$(field Priority)" = optional ] || { echo "FAIL: Priority is not optional"; exit 1; }
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || { echo "FAIL: Maintainer is not 'Name <address>'"; exit 1; }
depends=$(field Depends)
for lib in libc6 libqt6core6 libqt6widgets6 libqcustomplot2.1-qt6 libsqlite3-0; do
  [[ $depends == *"$lib"* ]] || { echo "FAIL: Depends lacks $lib (shlibdeps scan?)"; exit 1; }
done

step "dpkg -x"
root=$tmp/root
dpkg -x "$deb" "$root"
for f in usr/bin/dnstimeline \
         usr/share/applications/org.dnstimeline.DnsTimeline.desktop \
         usr/share/metainfo/org.dnstimeline.DnsTimeline.metainfo.xml \
         usr/share/mime/packages/org.dnstimeline.DnsTimeline.xml \
         usr/share/icons/hicolor/scalable/apps/org.dnstimeline.DnsTimeline.svg \
         usr/share/man/man1/dnstimeline.1.gz \
         usr/share/bash-completion/completions/dnstimeline \
         usr/share/doc/dnstimeline/copyright \
         usr/share/doc/dnstimeline/changelog.gz; do
  [ -f "$root/$f" ] || { echo "FAIL: $f is not in the package"; exit 1; }
done
for size in 16 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/org.dnstimeline.DnsTimeline.png
  [ -f "$png" ] || { echo "FAIL: no ${size}px icon"; exit 1; }
  # PNG width and height are the big-endian words at offsets 16 and 20.
  [ "$(od --endian=big -An -tu4 -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //;s/ $//')" = "$size $size" ] ||
    { echo "FAIL: ${size}px icon has the wrong size"; exit 1; }
done

step "installed dnstimeline --version"
bin=$root/usr/bin/dnstimeline
out=$("$bin" --version)
echo "$out"
[ "$out" = "dnstimeline $version" ] || { echo "FAIL: --version printed '$out'"; exit 1; }

step "installed dnstimeline render"
cp "$sample" "$tmp/sample.dnstl"   # the store is opened read-only; a copy keeps the build tree untouched
"$bin" render "$tmp/sample.dnstl" -o "$tmp/out.png" --bin 1d
[ "$(od -An -tx1 -N8 "$tmp/out.png" | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "FAIL: out.png is not a PNG"; exit 1; }

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/org.dnstimeline.DnsTimeline.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.dnstimeline.DnsTimeline.metainfo.xml"

step "MIME type"
# A store is recognised by its content (SQLite header and application id), a plain SQLite file is not.
mkdir -p "$tmp/xdg/mime/packages"
cp "$root/usr/share/mime/packages/org.dnstimeline.DnsTimeline.xml" "$tmp/xdg/mime/packages/"
update-mime-database "$tmp/xdg/mime" >/dev/null 2>&1
cp "$sample" "$tmp/store.bin"
sqlite3 "$tmp/plain.bin" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
mime() { XDG_DATA_HOME=$tmp/xdg gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }
for pair in store.bin:application/x-dnstimeline-store sample.dnstl:application/x-dnstimeline-store \
            plain.bin:application/vnd.sqlite3; do
  got=$(mime "$tmp/${pair%%:*}")
  echo "${pair%%:*}: $got"
  [ "$got" = "${pair#*:}" ] || { echo "FAIL: ${pair%%:*} is $got, not ${pair#*:}"; exit 1; }
done

step "man page"
man_warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/dnstimeline.1.gz" 2>&1 >/dev/null) || true
[ -z "$man_warnings" ] || { echo "FAIL: groff warns:"; echo "$man_warnings"; exit 1; }

step "bash completion"
# Completions as bash computes them for the words given (the last one is being typed).
complete_for() {
  bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _dnstimeline 2>/dev/null; printf "%s\n" "${COMPREPLY[@]}"' _ \
    "$root/usr/share/bash-completion/completions/dnstimeline" "$@" | sort | tr '\n' ' '
}
expect() { # expect WANTED WORDS...: every word of WANTED is offered
  local wanted=$1 got w; shift
  got=" $(complete_for "$@")"
  for w in $wanted; do
    [[ $got == *" $w "* ]] || { echo "FAIL: completing '$*' offers '$got', not '$w'"; exit 1; }
  done
}
expect "import datasets bins render" dnstimeline ""
expect "--help --version" dnstimeline --
expect "--split --where --format" dnstimeline bins s.dnstl --
expect "--output --no-events --bin" dnstimeline render s.dnstl --
expect "--epoch-unit --columns" dnstimeline import s.dnstl --
expect "dataset client qname qtype rcode server" dnstimeline bins s.dnstl --split ""
expect "1d 1w 1mo auto" dnstimeline render s.dnstl --bin ""
expect "csv json" dnstimeline bins s.dnstl --format ""
expect "auto csv zeek zeek-json pcap dnstap" dnstimeline import s.dnstl --format ""
if [ -f /usr/share/zoneinfo/America/New_York ]; then
  expect "America/New_York" dnstimeline bins s.dnstl --tz America/New
fi
(cd "$tmp" && expect "sample.dnstl" dnstimeline bins sam)

step "lintian"
# Fails on errors only; warnings and infos are printed for the log.
lintian --fail-on error --tag-display-limit 0 --display-info "$deb"
echo "PASS"
