#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make_answers_fixture.sh: writes answers.log, a real dnsmasq query log with its reply lines
# (CNAME chains, several addresses, records dnsmasq shows as <TYPE>, TXT text, NXDOMAIN,
# NODATA, cache hits). Two dnsmasq processes on loopback: an upstream answering from its own
# records and a caching forwarder logging queries; kdig asks the forwarder. Needs dnsmasq-base
# and knot-dnsutils. Ports 53991/53992 (or $1, $1+1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=${1:-53991}
trap 'kill $front $upstream 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/upstream.conf" <<CONF
port=$((port + 1))
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
local-ttl=300
local=/example.test/
address=/ads.example/0.0.0.0
host-record=edge.cdn.example,203.0.113.5,2001:db8::5
host-record=multi.example.test,192.0.2.1
host-record=multi.example.test,192.0.2.2
cname=www.example,edge.cdn.example
mx-host=example.test,mail.example.test,10
txt-record=example.test,"v=spf1 -all"
srv-host=_sip._udp.example.test,sip.example.test,5060
CONF
cat >"$work/front.conf" <<CONF
port=$port
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
server=127.0.0.1#$((port + 1))
log-queries
log-facility=$work/dnsmasq.log
cache-size=150
CONF
dnsmasq --no-daemon --conf-file="$work/upstream.conf" --pid-file="$work/up.pid" 2>/dev/null &
upstream=$!
dnsmasq --no-daemon --conf-file="$work/front.conf" --pid-file="$work/front.pid" 2>/dev/null &
front=$!
sleep 1
for q in "www.example A" "www.example AAAA" "ads.example A" "multi.example.test A" "example.test MX" \
         "example.test TXT" "_sip._udp.example.test SRV" "nothere.example.test A" "multi.example.test AAAA" \
         "www.example A"; do
  set -- $q
  kdig -p "$port" @127.0.0.1 +short "$1" -t "$2" >/dev/null
done
sleep 0.5
kill $front $upstream
wait $front $upstream 2>/dev/null || true
# The start-up lines name this machine's build options; keep the queries and their outcomes.
grep -E 'query\[|forwarded|reply|cached|config' "$work/dnsmasq.log" >"$here/answers.log"
echo "wrote $here/answers.log"
