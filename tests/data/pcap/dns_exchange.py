#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Real DNS traffic on loopback for make_tool_fixtures.sh to capture: for each NAME a query
(type A) from a client socket to a small responder on 127.0.0.1:53, answered NOERROR for the
1st, 3rd, ... name and NXDOMAIN for the others, 50 ms apart. Needs root (port 53).
Usage: dns_exchange.py NAME..."""
import socket
import struct
import sys
import threading
import time

names = sys.argv[1:]
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 53))


def serve():
    for i in range(len(names)):
        query, client = server.recvfrom(512)
        rcode = 3 if i % 2 else 0
        flags = 0x8180 | rcode
        server.sendto(query[:2] + struct.pack('>HHHHH', flags, 1, 0, 0, 0) + query[12:], client)


responder = threading.Thread(target=serve)
responder.start()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i, name in enumerate(names):
    qname = b''.join(bytes([len(label)]) + label.encode() for label in name.split('.')) + b'\0'
    client.sendto(struct.pack('>HHHHHH', 0x1000 + i, 0x0100, 1, 0, 0, 0) + qname + struct.pack('>HH', 1, 1),
                  ('127.0.0.1', 53))
    client.recvfrom(512)
    time.sleep(0.05)
responder.join()
