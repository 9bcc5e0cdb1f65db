#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# make_fixtures.sh: regenerates the Unbound log fixtures of this folder, and the base64 DNS
# answers of ../adguard/querylog.json, with the real producers: Debian's `unbound` (1.17)
# answering a static local zone on 127.0.0.1:5399 (no network needed) and `kdig`
# (knot-dnsutils) asking it; python3 sends the AdGuard queries and keeps the raw responses.
#   epoch.log        log-queries + log-replies, times as [epoch seconds]
#   ascii.log        the same with log-time-ascii: yes (local time, no year)
#   replies_only.log log-replies only
# The times change on every run: tst_unbound_importer and tst_adguard_importer compare exact
# times, so update them after regenerating.
# Needs: apt-get install unbound knot-dnsutils python3
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $(cat "$work/unbound.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

start_unbound() { # QUERIES ASCII
  cat > "$work/unbound.conf" <<CONF
server:
  interface: 127.0.0.1
  port: 5399
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "$work"
  pidfile: "$work/unbound.pid"
  logfile: "$work/unbound.log"
  use-syslog: no
  verbosity: 1
  log-queries: $1
  log-replies: yes
  log-time-ascii: $2
  access-control: 127.0.0.0/8 allow
  do-ip6: no
  local-zone: "example.com." static
  local-data: "example.com. 300 IN SOA ns.example.com. hostmaster.example.com. 1 7200 3600 1209600 300"
  local-data: "www.example.com. 300 IN CNAME web.example.com."
  local-data: "web.example.com. 60 IN A 192.0.2.10"
  local-data: "web.example.com. 60 IN A 192.0.2.11"
  local-data: "mail.example.com. 3600 IN MX 10 mx1.example.com."
  local-data: "example.com. 300 IN TXT \"v=spf1 mx -all\""
  local-data: "v6.example.com. 300 IN AAAA 2001:db8::10"
  local-zone: "blocked.test." refuse
remote-control:
  control-enable: no
CONF
  rm -f "$work/unbound.log"
  unbound -c "$work/unbound.conf" &
  for _ in $(seq 50); do kdig @127.0.0.1 -p 5399 +short +timeout=1 +retry=0 example.com SOA >/dev/null 2>&1 && break; sleep 0.1; done
}
stop_unbound() { kill "$(cat "$work/unbound.pid")"; wait 2>/dev/null || true; }
ask() { kdig @127.0.0.1 -p 5399 +timeout=2 +retry=0 "$@" >/dev/null; }
queries() {
  ask www.example.com A; ask web.example.com A; ask nothere.example.com A; ask mail.example.com MX
  ask example.com TXT; ask +tcp v6.example.com AAAA; ask web.example.com AAAA; ask x.blocked.test A
}

for spec in "yes no epoch.log" "yes yes ascii.log" "no no replies_only.log"; do
  set -- $spec
  start_unbound "$1" "$2"
  queries
  stop_unbound
  cp "$work/unbound.log" "$here/$3"
done

# AdGuard Home keeps the response it sent, base64, in "Answer": take real ones from unbound.
start_unbound yes no
python3 - "$here/../adguard/answers.txt" <<'PY'
import base64, socket, struct, sys
def query(name, qtype, qid):
    q = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    q += b"".join(bytes([len(l)]) + l.encode() for l in name.split(".")) + b"\0" + struct.pack(">HH", qtype, 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(2)
    s.sendto(q, ("127.0.0.1", 5399)); r = s.recv(4096); s.close()
    return base64.b64encode(r).decode()
with open(sys.argv[1], "w") as out:
    for name, qtype, qid in [("www.example.com", 1, 0x1111), ("web.example.com", 1, 0x2222),
                             ("nothere.example.com", 1, 0x3333), ("mail.example.com", 15, 0x4444),
                             ("example.com", 16, 0x5555)]:
        out.write(f"{name}\t{qtype}\t{query(name, qtype, qid)}\n")
PY
stop_unbound
echo "written: $(ls "$here"/*.log | xargs -n1 basename | tr '\n' ' ') ../adguard/answers.txt"
