#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run_fuzz.sh FUZZER SECONDS SEEDS: runs one libFuzzer binary for SECONDS ($DNSTL_FUZZ_SECONDS
# overrides) on a corpus kept next to the binary, seeded at run time from tests/data and
# ../shared/corpus (SEEDS names which: csv, zeek, zeek-json, pcap, dnstap, bind, dnsmasq, cof,
# windows-dns, evtx, suricata, route53, gcp-dns, adguard, unbound, coredns, dns, timestamp, events, owners).
# Fails when the fuzzer finds a crash, a leak, a timeout or runs out of memory; the input is left
# in fuzz-artifacts/ next to the binary.
set -euo pipefail
fuzzer=$1
seconds=${DNSTL_FUZZ_SECONDS:-$2}
kind=$3
data=${DNSTL_TEST_DATA_DIR:?}
shared=${DNSTL_CORPUS_DIR:-/nonexistent}
name=$(basename "$fuzzer")
work=$(dirname "$fuzzer")/fuzz-work/$name
seeds=$work/seeds
mkdir -p "$work/corpus" "$(dirname "$fuzzer")/fuzz-artifacts"
rm -rf "$seeds"
mkdir -p "$seeds"

# seed PREFIX FILE...: each file (gunzipped, first 64 KiB) as a seed, after PREFIX, the
# fuzzer's option bytes (printf escapes).
seed() {
  local prefix=$1 f n=0
  shift
  for f in "$@"; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    { printf "$prefix"; if [[ $f == *.gz ]]; then gzip -dc "$f" 2>/dev/null || true; else cat "$f"; fi; } \
      | head -c "$max_len" > "$seeds/$(basename "$f").$n" || true
  done
}
shopt -s nullglob
max_len=65536
importer='\x05\x00' # read 61 bytes at a time, default options
case $kind in
  csv) seed "$importer" "$data"/csv/* "$data"/presets/* "$shared"/csv-spectrum/csvs/* ;;
  zeek) seed "$importer" "$data"/zeek/*.log "$data"/zeek/*.gz "$shared"/zeek/*.gz ;;
  zeek-json) seed "$importer" "$data"/zeek/*.json "$shared"/csv-spectrum/json/* ;;
  pcap) seed "$importer" "$data"/pcap/*.pcap* "$shared"/zeek-pcaps/*.pcap* ;;
  dnstap) seed "$importer" "$data"/dnstap/*.dnstap* "$data"/dnstap/*.fstrm ;;
  bind) seed "$importer" "$data"/bind/* ;;
  dnsmasq) seed "$importer" "$data"/dnsmasq/* ;;
  cof) seed "$importer" "$data"/cof/* "$data"/zeek/passive_dns_cof.json ;;
  windows-dns) seed "$importer" "$data"/windows-dns/*.log ;;
  evtx) max_len=$((4096 + 65536 + 2)) # a file header and one whole chunk
        seed "$importer" "$data"/evtx/*.evtx "$data"/evtx/*.xml ;;
  suricata | route53 | gcp-dns | adguard | unbound | coredns) seed "$importer" "$data/$kind"/*.json* "$data/$kind"/*.log ;;
  dns) # the DNS payloads of Ethernet/IPv4/UDP pcaps: after 24 + 16 + 14 + 20 + 8 bytes
    for f in "$data"/pcap/*.pcap "$shared"/zeek-pcaps/*.pcap; do
      # head closes the pipe early: tail's SIGPIPE must not end the script (pipefail).
      tail -c +83 "$f" | head -c 512 > "$seeds/$(basename "$f")" || true
    done ;;
  timestamp)
    i=0
    for t in '2016-07-18T10:00:00Z' '2016-07-18 10:00:00.123456789+05:30' '1521911720.865716' '1521911720865' \
             '2016-03-13T02:30:00' '2016-11-06 01:30' '2016-12-31T23:59:60Z' '2016-07-01T24:00:00' '2016-07-01' \
             '9999-12-31T23:59:59-23:59' '18446744073709551615'; do
      for zone in '\x00' '\x01' '\x02' '\x04'; do
        i=$((i + 1)); printf "$zone%s" "$t" > "$seeds/t$i"
      done
    done ;;
  events)
    seed '\x00' "$data"/events/*.csv
    seed '\x01' "$data"/events/*.json
    seed '\x02' "$data"/events/*.ics
    printf '\x00start,end,title,category,notes,url,timezone\n2024-01-01,2024-01-02,"A, ""b""",x,,,UTC\n' > "$seeds/e1"
    printf '\x01[{"start":"2024-01-01T10:00:00Z","title":"x","timezone":"Europe/Berlin"}]' > "$seeds/e2"
    printf '\x02BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20240101T100000\r\nSUMMARY:a\\, b\r\n c\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$seeds/e3" ;;
  owners)
    seed '\x00' "$data"/owners/*.csv
    seed '\x01' "$data"/owners/*.json ;;
  *) echo "run_fuzz.sh: unknown seeds '$kind'" >&2; exit 2 ;;
esac

echo "run_fuzz.sh: $name for $seconds s, $(ls "$seeds" | wc -l) seeds, $(ls "$work/corpus" | wc -l) in the corpus"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Leaks inside system libraries that are not ours to fix (each explained in its file).
here=$(cd "$(dirname "$0")" && pwd)
cat "$here/../sanitizers/lsan.supp" "$here/lsan_fuzz.supp" > "$work/lsan.supp"
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$work/lsan.supp:print_suppressions=0}
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$(dirname "$fuzzer")/fuzz-artifacts/$name-" "$work/corpus" "$seeds"
