#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the dnstap fixtures of this folder with real producers: Debian's unbound (built
# with dnstap) as a resolver on loopback, logging to fstrm_capture (fstrm-bin) over a Unix
# socket, in front of a second unbound that serves the zones corp.example and fwd.example
# from local data; queried with kdig (knot-dnsutils), which also writes its own dnstap file
# (-E). The malformed cases are real files damaged on purpose (see below). Not run by the
# tests: the files are committed; tst_dnstap_importer compares them with dnstap-read.
#   apt-get install unbound fstrm-bin knot-dnsutils python3
#   tests/data/dnstap/make_fixtures.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
front_port=55353 upstream_port=55399
only=" $* "
wanted() { [ "$only" = "  " ] || [[ $only == *" $1 "* ]]; }

common() { # the server options both unbounds share
  cat <<CONF
server:
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "$work"
  pidfile: ""
  use-syslog: no
  logfile: ""
  verbosity: 0
  module-config: "iterator"
  do-ip6: yes
CONF
}

{
  common
  cat <<CONF
  interface: 127.0.0.1@$upstream_port
  port: $upstream_port
  local-zone: "corp.example." static
  local-data: "www.corp.example. 300 IN A 192.0.2.10"
  local-data: "www.corp.example. 300 IN AAAA 2001:db8::10"
  local-data: "mail.corp.example. 600 IN A 192.0.2.25"
  local-data: "mail.corp.example. 600 IN A 192.0.2.26"
  local-data: "corp.example. 3600 IN MX 10 mail.corp.example."
  local-data: "alias.corp.example. 120 IN CNAME www.corp.example."
  local-data: 'corp.example. 3600 IN TXT "v=spf1 -all"'
  local-data: "_sip._tcp.corp.example. 900 IN SRV 5 10 5060 sip.corp.example."
  local-data: "corp.example. 3600 IN SOA ns.corp.example. hostmaster.corp.example. 2024010101 7200 3600 1209600 300"
  local-data: "corp.example. 3600 IN NS ns.corp.example."
  local-data: "ptr.corp.example. 300 IN PTR www.corp.example."
  local-data: "svc.corp.example. 300 IN HTTPS 1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.10 ipv6hint=2001:db8::10"
  local-data: "svc.corp.example. 300 IN SVCB 0 www.corp.example."
  local-data: 'quote.corp.example. 300 IN TXT "say \\"hi\\"" "two"'
  local-data: "opaque.corp.example. 300 IN TYPE65280 \\# 4 0A000001"
  local-zone: "fwd.example." static
  local-data: "api.fwd.example. 60 IN A 198.51.100.7"
CONF
} >"$work/upstream.conf"

# front.conf with dnstap logging; $1: "yes" to log client queries (else only responses)
front_conf() {
  common
  cat <<CONF
  interface: 127.0.0.1@$front_port
  interface: ::1@$front_port
  port: $front_port
  do-not-query-localhost: no
  qname-minimisation: no
stub-zone:
  name: "corp.example."
  stub-addr: 127.0.0.1@$upstream_port
forward-zone:
  name: "fwd.example."
  forward-addr: 127.0.0.1@$upstream_port
dnstap:
  dnstap-enable: yes
  dnstap-socket-path: "$work/dnstap.sock"
  dnstap-send-identity: yes
  dnstap-identity: "fixture-resolver"
  dnstap-send-version: yes
  dnstap-log-client-query-messages: $1
  dnstap-log-client-response-messages: yes
  dnstap-log-resolver-query-messages: yes
  dnstap-log-resolver-response-messages: yes
  dnstap-log-forwarder-query-messages: yes
  dnstap-log-forwarder-response-messages: yes
CONF
}

# capture NAME LOG_CLIENT_QUERIES COMMANDS...: runs both unbounds with fstrm_capture writing
# NAME.dnstap, runs the commands, waits for unbound to flush, then stops everything cleanly.
capture() {
  local out=$here/$1.dnstap queries=$2
  wanted "$1" || return 0
  shift 2
  front_conf "$queries" >"$work/front.conf"
  rm -f "$work/dnstap.sock"
  fstrm_capture -t protobuf:dnstap.Dnstap -u "$work/dnstap.sock" -w "$out" 2>/dev/null &
  local capture_pid=$!
  sleep 0.5
  unbound -d -c "$work/upstream.conf" &
  local upstream_pid=$!
  unbound -d -c "$work/front.conf" &
  local front_pid=$!
  pids=("$capture_pid" "$upstream_pid" "$front_pid")
  sleep 1
  "$@"
  sleep 1.5 # unbound sends dnstap from a background thread
  kill "$front_pid" && wait "$front_pid" || true
  kill "$upstream_pid" && wait "$upstream_pid" || true
  kill -INT "$capture_pid" && wait "$capture_pid" || true
  pids=()
}

q() { kdig @127.0.0.1 -p $front_port "$@" >/dev/null; }

resolver_queries() {
  q www.corp.example A
  q www.corp.example AAAA
  q alias.corp.example A
  q corp.example MX
  q nope.corp.example A # NXDOMAIN
  q api.fwd.example A   # through the forwarder
  q www.corp.example A  # from the cache: no upstream query
  q mail.corp.example A +tcp
  q _sip._tcp.corp.example SRV
  kdig @::1 -p $front_port corp.example TXT >/dev/null
}

# Two queries whose DNS payload does not decode (unbound logs them and answers FORMERR),
# between two good ones.
bad_payload_queries() {
  q www.corp.example A
  python3 - "$front_port" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
port = int(sys.argv[1])
header = bytes([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0])
for payload in (header + bytes([3]) + b"www" + bytes([7]) + b"exa",  # the name runs past the end
                header + bytes([0xC0, 0xFF, 0, 1, 0, 1])):           # a pointer out of the message
    s.sendto(payload, ("127.0.0.1", port))
    s.recv(512)
PY
  q mail.corp.example A
}

record_type_queries() {
  q corp.example SOA
  q corp.example NS
  q ptr.corp.example PTR
  q svc.corp.example HTTPS
  q svc.corp.example SVCB
  q quote.corp.example TXT
  q opaque.corp.example TYPE65280
}

kdig_queries() {
  kdig @127.0.0.1 -p $front_port -E "$here/kdig_tool.dnstap" www.corp.example A >/dev/null
}

capture unbound_resolver yes resolver_queries
capture unbound_responses_only no resolver_queries
capture unbound_record_types yes record_type_queries
capture bad_dns_payload yes bad_payload_queries
capture kdig_server yes kdig_queries
capture control_frames_only yes true
wanted unbound_resolver || { echo "fixtures written to $here"; exit 0; }
gzip -n -9 -c "$here/unbound_resolver.dnstap" >"$here/unbound_resolver.dnstap.gz"
: >"$here/empty.dnstap"

# Damaged copies of the real file: cut inside its fifth data frame; the third data frame's
# protobuf made invalid (its first byte set to 0xFF, a field with the reserved wire type 7);
# the START frame's content type changed to protobuf:other.Type.
python3 - "$here" <<'PY'
import struct, sys
here = sys.argv[1]
data = open(f"{here}/unbound_resolver.dnstap", "rb").read()
control_length = struct.unpack(">I", data[4:8])[0]
start_end = 8 + control_length
frames, at = [], start_end
while at + 4 <= len(data):
    length = struct.unpack(">I", data[at:at + 4])[0]
    if length == 0:
        break
    frames.append((at, length))
    at += 4 + length
fifth_at, fifth_length = frames[4]
open(f"{here}/truncated.dnstap", "wb").write(data[:fifth_at + 4 + fifth_length // 2])
third_at, _ = frames[2]
broken = bytearray(data)
broken[third_at + 4] = 0xFF
open(f"{here}/bad_protobuf.dnstap", "wb").write(bytes(broken))
content_type = b"protobuf:other.Type"
control = struct.pack(">II", 2, 1) + struct.pack(">I", len(content_type)) + content_type
open(f"{here}/wrong_content_type.fstrm", "wb").write(
    struct.pack(">II", 0, len(control)) + control + data[start_end:])
PY
echo "fixtures written to $here"
