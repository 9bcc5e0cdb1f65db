#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives the reassembly edge cases from the captures make_fragment_fixtures.sh recorded
(real fragments of unbound's answers): fragments out of order with a duplicate, a fragment
moved to overlap its neighbour (RFC 5722), a last fragment 31 s late, and a missing last
fragment. Only the frame order, times and one fragment offset are changed (the overlap's IP
header checksum is fixed up)."""
import struct

HERE = __file__.rsplit('/', 1)[0]


def read(name):
    with open(f'{HERE}/{name}', 'rb') as f:
        data = f.read()
    header, frames, at = data[:24], [], 24
    while at < len(data):
        sec, usec, caplen, length = struct.unpack_from('<IIII', data, at)
        frames.append([sec, usec, data[at + 16:at + 16 + caplen]])
        at += 16 + caplen
    return header, frames


def write(name, header, frames):
    with open(f'{HERE}/{name}', 'wb') as f:
        f.write(header)
        for sec, usec, frame in frames:
            f.write(struct.pack('<IIII', sec, usec, len(frame), len(frame)) + frame)


def ip_offset(header):
    return {1: 14, 113: 16, 276: 20}[struct.unpack_from('<I', header, 20)[0]]


def fragment_of(frame, ip):
    """(id, offset in bytes, more) of an IP fragment, or None."""
    if frame[ip] >> 4 == 4:
        flags = struct.unpack_from('>H', frame, ip + 6)[0]
        if flags & 0x3FFF:
            return struct.unpack_from('>H', frame, ip + 4)[0], (flags & 0x1FFF) * 8, bool(flags & 0x2000)
    elif frame[ip + 6] == 44:
        offset = struct.unpack_from('>H', frame, ip + 42)[0]
        return struct.unpack_from('>I', frame, ip + 44)[0], offset & 0xFFF8, bool(offset & 1)
    return None


def set_offset(frame, ip, offset):
    frame = bytearray(frame)
    if frame[ip] >> 4 == 4:
        flags = struct.unpack_from('>H', frame, ip + 6)[0]
        struct.pack_into('>H', frame, ip + 6, (flags & 0xE000) | (offset // 8))
        struct.pack_into('>H', frame, ip + 10, 0)
        words = struct.unpack_from('>10H', frame, ip)
        total = sum(words)
        while total >> 16:
            total = (total & 0xFFFF) + (total >> 16)
        struct.pack_into('>H', frame, ip + 10, ~total & 0xFFFF)
    else:
        old = struct.unpack_from('>H', frame, ip + 42)[0]
        struct.pack_into('>H', frame, ip + 42, (old & 7) | offset)
    return bytes(frame)


def variants(source, prefix):
    header, frames = read(source)
    ip = ip_offset(header)
    # The first fragmented datagram (the TXT answer): its frames' indexes in order of offset.
    first = next(i for i, f in enumerate(frames) if fragment_of(f[2], ip))
    ident = fragment_of(frames[first][2], ip)[0]
    parts = [i for i, f in enumerate(frames) if fragment_of(f[2], ip) and fragment_of(f[2], ip)[0] == ident]
    assert len(parts) == 3, parts
    # Reversed, with the middle fragment twice.
    out = [f for i, f in enumerate(frames) if i not in parts]
    at = parts[0]
    out[at:at] = [frames[parts[2]], frames[parts[1]], frames[parts[1]], frames[parts[0]]]
    write(f'{prefix}_reordered.pcap', header, out)
    # The middle fragment 8 bytes earlier: it overlaps the first one.
    out = [list(f) for f in frames]
    middle = out[parts[1]]
    middle[2] = set_offset(middle[2], ip, fragment_of(middle[2], ip)[1] - 8)
    write(f'{prefix}_overlap.pcap', header, out)
    # The last fragment 31 s late, at the end of the capture.
    late = list(frames[parts[2]])
    late[0] = frames[-1][0] + 31
    write(f'{prefix}_late.pcap', header, [f for i, f in enumerate(frames) if i != parts[2]] + [late])
    # The last fragment missing.
    write(f'{prefix}_missing.pcap', header, [f for i, f in enumerate(frames) if i != parts[2]])


variants('fragments_ipv4.pcap', 'fragments_ipv4')
variants('fragments_ipv6.pcap', 'fragments_ipv6')
