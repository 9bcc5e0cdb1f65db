#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make_fragment_fixtures.sh: large DNS responses fragmented by a real IP stack, captured by
# tcpdump. Unbound serves big TXT and A record sets over UDP (EDNS buffer 4096) in a network
# namespace behind a veth pair with an MTU of 1280; kdig asks it over IPv4 and IPv6, so the
# kernel sends each answer as IP fragments (IPv4 fragments, IPv6 fragment headers).
# Writes fragments_ipv4.pcap and fragments_ipv6.pcap here. Needs root (ip netns), iproute2,
# unbound, knot-dnsutils, tcpdump.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
ns=dnstl-frag-$$ a=vfa$$ b=vfb$$
cleanup() {
  [ -n "${dump:-}" ] && kill "$dump" 2>/dev/null || true
  ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip link del "$a" 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
ip netns add "$ns"
ip link add "$a" type veth peer name "$b"
ip link set "$b" netns "$ns"
ip addr add 10.253.7.1/24 dev "$a"
ip -6 addr add fd00:dd7::1/64 dev "$a" nodad
ip link set "$a" mtu 1280 up
ip netns exec "$ns" ip addr add 10.253.7.2/24 dev "$b"
ip netns exec "$ns" ip -6 addr add fd00:dd7::2/64 dev "$b" nodad
ip netns exec "$ns" ip link set "$b" mtu 1280 up
ip netns exec "$ns" ip link set lo up

{
  echo "server:"
  echo "  interface: 10.253.7.2"
  echo "  interface: fd00:dd7::2"
  echo "  access-control: 0.0.0.0/0 allow"
  echo "  access-control: ::/0 allow"
  echo "  do-daemonize: no"
  echo "  chroot: \"\""
  echo "  username: \"\""
  echo "  directory: \"$work\""
  echo "  pidfile: \"$work/unbound.pid\""
  echo "  use-syslog: no"
  echo "  logfile: \"$work/unbound.log\""
  echo "  edns-buffer-size: 4096"
  echo "  max-udp-size: 4096"
  echo "  local-zone: \"frag.test.\" static"
  for i in $(seq 1 12); do
    printf "  local-data: 'txt.frag.test. 3600 IN TXT \"%s\"'\n" "$(printf 'chunk%02d-%0240d' "$i" 0)"
  done
  for i in $(seq 1 150); do
    echo "  local-data: \"many.frag.test. 300 IN A 198.51.$((100 + i / 100)).$((i % 100))\""
  done
  echo "  local-data: \"www.frag.test. 600 IN CNAME many.frag.test.\""
  echo "remote-control:"
  echo "  control-enable: no"
} >"$work/unbound.conf"
unbound-checkconf "$work/unbound.conf" >/dev/null
ip netns exec "$ns" unbound -c "$work/unbound.conf" &
sleep 1

capture() { # family, server address, output file
  local family=$1 server=$2 out=$3
  tcpdump -i "$a" -U -w "$work/$out" -s 0 "ip or ip6" 2>/dev/null &
  dump=$!
  sleep 1
  for q in "txt.frag.test TXT" "many.frag.test A" "www.frag.test A" "small.frag.test A"; do
    kdig "-$family" @"$server" +bufsize=4096 +ignore +retry=0 ${q% *} -t ${q#* } >/dev/null
  done
  sleep 1
  kill "$dump"
  wait "$dump" 2>/dev/null || true
  dump=
  # Keep DNS and its fragments only (no neighbour discovery or ARP).
  tshark -r "$work/$out" -F pcap -w "$here/$out" -Y "udp or ip.flags.mf == 1 or ip.frag_offset > 0 or ipv6.fraghdr" 2>/dev/null
  echo "wrote $here/$out"
}
capture 4 10.253.7.2 fragments_ipv4.pcap
capture 6 fd00:dd7::2 fragments_ipv6.pcap
