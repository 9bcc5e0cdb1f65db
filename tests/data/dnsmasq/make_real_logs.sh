#!/bin/sh
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the real dnsmasq logs under tests/data/dnsmasq/real_*.log with Debian's dnsmasq
# (log-queries, plain and =extra) answering dig's queries on loopback: every reply
# kind dnsmasq logs for a lookup (reply, cached, cached-stale, config, a hosts file, DHCP,
# auth, forwarded without a reply, reply error, NODATA, <CNAME>, reverse lookups whose answer
# line names the address). Needs root for nothing; ports 5396-5399 and 6767-6768 on 127.0.0.1.
#   apt-get install dnsmasq-base bind9-dnsutils (./dev walk installs them); sh tests/data/dnsmasq/make_real_logs.sh
set -eu
out=$(cd "$(dirname "$0")" && pwd)
work=/tmp/dnstl-dnsmasq
rm -rf "$work"
mkdir -p "$work"
cd "$work"

cat > upstream.conf <<'EOF'
port=5398
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
local-ttl=300
address=/example.org/93.184.216.34
address=/www.example.net/203.0.113.7
host-record=mail.example.org,192.0.2.25
mx-host=example.org,mail.example.org,10
txt-record=example.org,"v=spf1 -all"
cname=alias.example.net,www.example.net
EOF
printf '192.168.1.2 pi.hole\n192.168.1.10 laptop.lan laptop\n' > hosts.lan
printf '0 aa:bb:cc:dd:ee:ff 10.99.0.20 printer *\n' > leases
front() { # $1: log-queries value
    cat > front.conf <<EOF
port=5399
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
server=127.0.0.1#5398
server=/dead.example/127.0.0.1#5397
log-queries$1
log-facility=$work/front.log
addn-hosts=$work/hosts.lan
address=/blocked.example/0.0.0.0
address=/nx.example/
bogus-priv
domain-needed
max-cache-ttl=2
use-stale-cache
dhcp-range=10.99.0.10,10.99.0.50,12h
dhcp-leasefile=$work/leases
dhcp-alternate-port=6767,6768
domain=lan
EOF
}
cat > auth.conf <<EOF
port=5396
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
log-queries
log-facility=$work/auth.log
auth-server=ns.auth.example,lo
auth-zone=auth.example
host-record=www.auth.example,198.51.100.80
EOF

q() { dig @127.0.0.1 -p 5399 +tries=1 +time=2 "$@" > /dev/null || true; }
queries() {
    q example.org A
    q example.org A            # cached
    q example.org AAAA         # reply error is REFUSED
    q www.example.net A
    q alias.example.net A      # <CNAME>, then NODATA-IPv4
    q example.org MX
    q example.org TXT
    q blocked.example A        # config ... is 0.0.0.0
    q nx.example A             # config ... is NXDOMAIN
    q pi.hole A                # a hosts file
    q laptop A
    q -x 192.168.1.10          # the hosts file names the address
    q -x 192.168.1.99          # config 192.168.1.99 is NXDOMAIN (bogus-priv)
    q -x 203.0.113.7           # config 203.0.113.7 is NXDOMAIN
    q -x 127.0.0.1
    q -x 10.99.0.20            # DHCP 10.99.0.20 is printer.lan
    q printer.lan A            # DHCP
    q dead.example A           # forwarded, never answered
    sleep 3
    q example.org A            # cached-stale (max-cache-ttl=2)
    q localhost A
}

dnsmasq --conf-file=upstream.conf --pid-file="$work/up.pid" --log-facility="$work/up.log"
for mode in "" "=extra"; do
    front "$mode"
    rm -f front.log
    dnsmasq --conf-file=front.conf --pid-file="$work/front.pid"
    sleep 1
    queries
    sleep 1
    kill "$(cat front.pid)"
    sleep 1
    name=real_plain
    [ -n "$mode" ] && name=real_extra
    # Only the query part: the start-up lines name this machine's options.
    sed -n '/query\[/,$p' front.log > "$out/$name.log"
done
kill "$(cat up.pid)"

dnsmasq --conf-file=auth.conf --pid-file="$work/auth.pid"
sleep 1
for n in www.auth.example nope.auth.example example.org; do
    dig @127.0.0.1 -p 5396 +tries=1 +time=2 "$n" A > /dev/null || true
done
dig @127.0.0.1 -p 5396 +tries=1 +time=2 www.auth.example AAAA > /dev/null || true
sleep 1
kill "$(cat auth.pid)"
sed -n '/auth\[/,$p' auth.log > "$out/real_auth.log"
echo "wrote $out/real_plain.log real_extra.log real_auth.log"
