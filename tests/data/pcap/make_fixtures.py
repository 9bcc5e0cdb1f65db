#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small capture fixtures of tst_pcap_importer (one behaviour per file).
Run from this folder: python3 make_fixtures.py. Standard library only; deterministic."""
import struct

T0 = 1700000000  # 2023-11-14T22:13:20Z

def name(n):
    return b''.join(bytes([len(l)]) + l.encode() for l in n.split('.') if l) + b'\0'

def dns(ident, qname, qtype=1, response=False, rcode=0, raw_name=None):
    flags = (0x8180 | rcode) if response else 0x0100
    q = (raw_name if raw_name is not None else name(qname)) + struct.pack('>HH', qtype, 1)
    return struct.pack('>HHHHHH', ident, flags, 1, 0, 0, 0) + q

def udp(sport, dport, payload):
    return struct.pack('>HHHH', sport, dport, 8 + len(payload), 0) + payload

def tcp(sport, dport, seq, flags, payload):
    return struct.pack('>HHIIBBHHH', sport, dport, seq, 0, 5 << 4, flags, 65535, 0, 0) + payload

def ip4(src, dst, proto, payload, frag=0):
    a = bytes(map(int, src.split('.'))); b = bytes(map(int, dst.split('.')))
    return struct.pack('>BBHHHBBH', 0x45, 0, 20 + len(payload), 1, frag, 64, proto, 0) + a + b + payload

def ip6(src, dst, proto, payload, hop_by_hop=False):
    import ipaddress
    if hop_by_hop:
        payload = bytes([proto, 0]) + b'\x01\x04\0\0\0\0' + payload  # PadN option
        proto = 0
    return struct.pack('>IHBB', 6 << 28, len(payload), proto, 64) + \
        ipaddress.IPv6Address(src).packed + ipaddress.IPv6Address(dst).packed + payload

def eth(payload, ethertype=0x0800, tags=()):
    hdr = b'\x02\0\0\0\0\x01' + b'\x02\0\0\0\0\x02'
    for tpid, vid in tags:
        hdr += struct.pack('>HH', tpid, vid)
    return hdr + struct.pack('>H', ethertype) + payload

def pcap(path, packets, linktype=1):
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xA1B2C3D4, 2, 4, 0, 0, 65535, linktype))
        for ts, frame in packets:
            sec, us = divmod(ts, 1000000)
            f.write(struct.pack('<IIII', sec, us, len(frame), len(frame)) + frame)

def us(seconds):
    return int(round(seconds * 1e6))

C, S = '192.0.2.10', '198.51.100.53'
q1 = eth(ip4(C, S, 17, udp(40000, 53, dns(0x1111, 'www.Example.com', 1))))
r1 = eth(ip4(S, C, 17, udp(53, 40000, dns(0x1111, 'www.example.com', 1, True, 0))))
pcap('query_response.pcap', [(us(T0), q1), (us(T0 + 0.02), r1)])
pcap('unanswered.pcap', [(us(T0), eth(ip4(C, S, 17, udp(40001, 53, dns(0x2222, 'lost.example', 28)))))])
pcap('response_only.pcap', [(us(T0 + 5), eth(ip4(S, C, 17, udp(53, 40002, dns(0x3333, 'gone.example', 1, True, 3)))))])

# DNS over TCP: two queries in one segment; the first response split over two segments,
# the second one following in the second segment.
def framed(m):
    return struct.pack('>H', len(m)) + m
qa, qb = framed(dns(0x0a0a, 'a.example', 1)), framed(dns(0x0b0b, 'b.example', 28))
ra, rb = framed(dns(0x0a0a, 'a.example', 1, True, 0)), framed(dns(0x0b0b, 'b.example', 28, True, 3))
cs, ss = 1000, 5000
tcp_packets = [
    (us(T0), eth(ip4(C, S, 6, tcp(40100, 53, cs, 0x02, b'')))),
    (us(T0 + 0.001), eth(ip4(S, C, 6, tcp(53, 40100, ss, 0x12, b'')))),
    (us(T0 + 0.002), eth(ip4(C, S, 6, tcp(40100, 53, cs + 1, 0x18, qa + qb)))),
    (us(T0 + 0.010), eth(ip4(S, C, 6, tcp(53, 40100, ss + 1, 0x18, ra[:7])))),
    (us(T0 + 0.011), eth(ip4(S, C, 6, tcp(53, 40100, ss + 8, 0x18, ra[7:] + rb)))),
    (us(T0 + 0.012), eth(ip4(S, C, 6, tcp(53, 40100, ss + 8, 0x18, ra[7:] + rb)))),  # retransmission
    (us(T0 + 0.020), eth(ip4(C, S, 6, tcp(40100, 53, cs + 1 + len(qa + qb), 0x11, b'')))),
]
pcap('tcp_two_messages_split.pcap', tcp_packets)

pcap('vlan_qinq.pcap', [
    (us(T0), eth(ip4(C, S, 17, udp(40003, 53, dns(0x4444, 'vlan.example', 1))), tags=[(0x88A8, 100), (0x8100, 200)])),
    (us(T0 + 0.01), eth(ip4(S, C, 17, udp(53, 40003, dns(0x4444, 'vlan.example', 1, True, 0))), tags=[(0x88A8, 100), (0x8100, 200)])),
])

def sll(payload, proto=0x0800):
    return struct.pack('>HHH8sH', 0, 1, 6, b'\x02\0\0\0\0\x01\0\0', proto) + payload

def sll2(payload, proto=0x0800):
    return struct.pack('>HHIHBB8s', proto, 0, 2, 1, 0, 6, b'\x02\0\0\0\0\x01\0\0') + payload

pcap('sll.pcap', [(us(T0), sll(ip4(C, S, 17, udp(40004, 53, dns(0x5555, 'sll.example', 15)))))], linktype=113)
pcap('sll2.pcap', [(us(T0), sll2(ip4(C, S, 17, udp(40005, 53, dns(0x5656, 'sll2.example', 16)))))], linktype=276)

C6, S6 = '2001:db8::10', '2001:db8:0:1::53'
pcap('ipv6_hop_by_hop.pcap', [
    (us(T0), eth(ip6(C6, S6, 17, udp(40006, 53, dns(0x6666, 'six.example', 28)), hop_by_hop=True), 0x86DD)),
    (us(T0 + 0.01), eth(ip6(S6, C6, 17, udp(53, 40006, dns(0x6666, 'six.example', 28, True, 2))), 0x86DD)),
])

# Fragments: the first fragment of a DNS response and its second part, then a whole query.
big = udp(53, 40007, dns(0x7777, 'frag.example', 1, True, 0))
pcap('ip_fragments.pcap', [
    (us(T0), eth(ip4(S, C, 17, big[:24], frag=0x2000))),
    (us(T0), eth(ip4(S, C, 17, big[24:], frag=3))),
    (us(T0 + 1), q1),
])

# A name whose pointer points at itself, then a good query.
loop = dns(0x8888, '', 1, raw_name=b'\x03abc\xc0\x0c')
pcap('compression_loop.pcap', [(us(T0), eth(ip4(C, S, 17, udp(40008, 53, loop)))), (us(T0 + 1), q1)])

# Truncated: a query and its response, then a packet cut in the middle.
whole = b''
with open('query_response.pcap', 'rb') as f:
    whole = f.read()
third = struct.pack('<IIII', T0 + 2, 0, len(q1), len(q1)) + q1
with open('truncated.pcap', 'wb') as f:
    f.write(whole + third[:16 + 30])

# Garbage after the global header.
with open('garbage_after_header.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    x = 12345
    for _ in range(200):
        x = (x * 1103515245 + 12345) % (1 << 31)
        f.write(bytes([x >> 16 & 0xFF]))

# pcapng: a little-endian section with nanosecond resolution (EPB), then a big-endian section
# with a 2^-20 s resolution (EPB, OPB) and a simple packet block.
def block(endian, btype, body):
    while len(body) % 4:
        body += b'\0'
    n = 12 + len(body)
    return struct.pack(endian + 'II', btype, n) + body + struct.pack(endian + 'I', n)

def shb(e):
    return block(e, 0x0A0D0D0A, struct.pack(e + 'IHHq', 0x1A2B3C4D, 1, 0, -1))

def idb(e, resol):
    opt = struct.pack(e + 'HH', 9, 1) + bytes([resol]) + b'\0\0\0' + struct.pack(e + 'HH', 0, 0)
    return block(e, 1, struct.pack(e + 'HHI', 1, 0, 0) + opt)

def epb(e, ticks, frame):
    return block(e, 6, struct.pack(e + 'IIIII', 0, ticks >> 32, ticks & 0xFFFFFFFF, len(frame), len(frame)) + frame)

def opb(e, ticks, frame):
    return block(e, 2, struct.pack(e + 'HHIIII', 0, 0, ticks >> 32, ticks & 0xFFFFFFFF, len(frame), len(frame)) + frame)

def spb(e, frame):
    return block(e, 3, struct.pack(e + 'I', len(frame)) + frame)

with open('nanosecond.pcapng', 'wb') as f:
    f.write(shb('<') + idb('<', 9) + block('<', 0x0BAD, b'skip me!')
            + epb('<', T0 * 10**9 + 123456789, q1) + epb('<', T0 * 10**9 + 200000000, r1))
with open('big_endian_binary_resolution.pcapng', 'wb') as f:
    q2 = eth(ip4(C, S, 17, udp(40009, 53, dns(0x9999, 'be.example', 1))))
    f.write(shb('>') + idb('>', 0x80 | 20) + epb('>', (T0 << 20) + (1 << 19), q2)
            + opb('>', (T0 + 1 << 20), q1) + spb('>', r1))

# mDNS beside DNS: a unicast DNS query and response and an unanswered DNS query (2 lookups of
# proto dns); an mDNS query to 224.0.0.251, one to ff02::fb, an announcement (a response
# without a query) and a legacy unicast query to port 5353 with its response (4 lookups of
# proto mdns).
M4, M6, H = '10.0.0.5', 'fe80::5', '192.0.2.20'
pcap('mdns_mixed.pcap', [
    (us(T0), q1),
    (us(T0 + 0.02), r1),
    (us(T0 + 1), eth(ip4(M4, '224.0.0.251', 17, udp(5353, 5353, dns(0, 'printer.local', 1))))),
    (us(T0 + 2), eth(ip6(M6, 'ff02::fb', 17, udp(5353, 5353, dns(0, '_ipp._tcp.local', 12))), 0x86DD)),
    (us(T0 + 3), eth(ip4(M4, '224.0.0.251', 17, udp(5353, 5353, dns(0, 'laptop.local', 1, True, 0))))),
    (us(T0 + 4), eth(ip4(C, H, 17, udp(40010, 5353, dns(0x1234, 'nas.local', 28))))),
    (us(T0 + 4.01), eth(ip4(H, C, 17, udp(5353, 40010, dns(0x1234, 'nas.local', 28, True, 0))))),
    (us(T0 + 5), eth(ip4(C, S, 17, udp(40011, 53, dns(0x2345, 'plain.example', 1))))),
])
