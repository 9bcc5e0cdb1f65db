#!/bin/sh
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the capture fixtures made by real tools (tool_*) and the pcapng variants derived from
# them for features no Debian tool writes (variant_*), then tool_fixtures.tsv: the lookups
# tshark sees in each, which tst_pcap_importer requires the importer to reproduce.
# Needs root (captures on loopback), python3, tcpdump and tshark (Debian: tcpdump, tshark,
# whose wireshark-common brings dumpcap, editcap and mergecap; `./dev bench` installs them).
# The traffic is dns_exchange.py's on 127.0.0.1:53, so the files hold times of the day they
# were made; run from anywhere: ./make_tool_fixtures.sh
set -eu
cd "$(dirname "$0")"
filter="udp port 53 and host 127.0.0.1"

# tcpdump -w: pcap, microseconds, "any" pseudo-interface (Linux cooked capture v2).
tcpdump -i any -U -w tool_tcpdump_any.pcap "$filter" 2>/dev/null & pid=$!
sleep 2; python3 dns_exchange.py any1.example.com any2.example.net; sleep 1
kill "$pid"; wait "$pid" || true

# tcpdump -w with nanosecond time stamps: pcap magic a1b23c4d, Ethernet (loopback).
tcpdump -i lo -U --time-stamp-precision=nano -w tool_tcpdump_lo_nano.pcap "$filter" 2>/dev/null & pid=$!
sleep 2; python3 dns_exchange.py nano1.example.com nano2.example.org; sleep 1
kill "$pid"; wait "$pid" || true

# dumpcap: pcapng with SHB and IDB options (if_name, if_tsresol = 9, if_filter, if_os), EPBs and
# an interface statistics block at the end.
dumpcap -q -i lo -f "$filter" -w tool_dumpcap_lo.pcapng -a duration:5 2>/dev/null & pid=$!
sleep 2; python3 dns_exchange.py lo1.example.com lo2.example.org lo3.example.com; wait "$pid"

# mergecap: two interfaces with different link types (Ethernet, SLL2) and resolutions (ns, µs).
mergecap -F pcapng -w tool_mergecap_two_links.pcapng tool_dumpcap_lo.pcapng tool_tcpdump_any.pcap

# editcap --inject-secrets: a decryption secrets block (TLS key log) before the packets.
keys=$(mktemp)
printf 'CLIENT_RANDOM %064d %096d\n' 0 0 > "$keys"
editcap --inject-secrets "tls,$keys" tool_tcpdump_any.pcap tool_editcap_secrets.pcapng
rm -f "$keys"

# No tool writes these: derived from the captures above by rewriting their blocks.
python3 pcapng_variants.py tsoffset 3600 tool_dumpcap_lo.pcapng variant_tsoffset.pcapng
python3 pcapng_variants.py big-endian tool_mergecap_two_links.pcapng variant_big_endian.pcapng
python3 pcapng_variants.py simple tool_dumpcap_lo.pcapng variant_simple_packets.pcapng

{
  echo "# SPDX-FileCopyrightText: 2026 DNS Timeline contributors"
  echo "# SPDX-License-Identifier: GPL-3.0-or-later"
  echo "# Written by make_tool_fixtures.sh with $(tshark -v | head -1 | sed 's/ (Git.*//'): the lookups in each capture, from"
  echo "# tshark -T fields (a query, its time in µs, its name, the rcode of the response with the same"
  echo "# id and reversed ports). variant_simple_packets: a simple packet block has no time; tshark"
  echo "# shows none, the importer gives it the time of the packet before (DnsFlowTracker needs one)."
  echo "# file	ts_us	qname	rcode"
  for f in tool_*.pcap tool_*.pcapng variant_*.pcapng; do
    tshark -r "$f" -Y dns -T fields -E separator=/t -e frame.time_epoch -e dns.flags.response -e dns.id \
      -e dns.qry.name -e dns.flags.rcode -e udp.srcport -e udp.dstport |
      python3 -c '
import sys
f = sys.argv[1]; rows = [l.rstrip("\n").split("\t") for l in sys.stdin]
names = {"0": "NOERROR", "3": "NXDOMAIN"}
last = 0
for t, resp, ident, name, rcode, sport, dport in rows:
    last = int(t.replace(".", "")[:-3]) if t else last  # tshark prints nanoseconds
    if resp == "0":
        answer = [r for r in rows if r[1] == "1" and r[2] == ident and r[5] == dport and r[6] == sport]
        print("\t".join([f, str(last), name, names[answer[0][4]] if answer else ""]))
' "$f"
  done
} > tool_fixtures.tsv
chmod 0644 tool_* variant_*
echo "wrote $(grep -vc '^#' tool_fixtures.tsv) lookups in tool_fixtures.tsv"
