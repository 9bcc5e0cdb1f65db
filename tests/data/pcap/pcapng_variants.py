#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""pcapng features no tool in Debian writes, made from captures a real tool wrote
(make_tool_fixtures.sh): each rewrites the blocks of its input and nothing else.

  pcapng_variants.py tsoffset SECONDS IN OUT   adds if_tsoffset = SECONDS to every IDB
  pcapng_variants.py big-endian IN OUT         the same blocks in big-endian byte order
  pcapng_variants.py simple IN OUT             every EPB after the first as a simple packet
                                               block (no interface id, no time)
Standard library only; deterministic."""
import struct
import sys

SHB, IDB, EPB, SPB = 0x0A0D0D0A, 1, 6, 3


def blocks(data):
    at = 0
    while at < len(data):
        btype, = struct.unpack_from('<I', data, at)
        assert btype != SHB or data[at + 8:at + 12] == b'\x4d\x3c\x2b\x1a', 'little-endian input only'
        _, length = struct.unpack_from('<II', data, at)
        yield btype, data[at + 8:at + length - 4]
        at += length


def block(btype, body, e='<'):
    body += b'\0' * (-len(body) % 4)
    return struct.pack(e + 'II', btype, len(body) + 12) + body + struct.pack(e + 'I', len(body) + 12)


def options(body, at):
    """(code, value) pairs of the options starting at `at`, without opt_endofopt."""
    out = []
    while at + 4 <= len(body):
        code, length = struct.unpack_from('<HH', body, at)
        if code == 0:
            break
        out.append((code, body[at + 4:at + 4 + length]))
        at += 4 + length + (-length % 4)
    return out


def pack_options(opts, e='<'):
    out = b''
    for code, value in opts:
        out += struct.pack(e + 'HH', code, len(value)) + value + b'\0' * (-len(value) % 4)
    return out + struct.pack(e + 'HH', 0, 0) if opts else b''


def swap_option_value(code, value, btype):
    # Integer options change byte order; strings, MACs and single bytes stay as they are.
    if btype == IDB and code == 14 and len(value) == 8:   # if_tsoffset (int64)
        return struct.pack('>q', *struct.unpack('<q', value))
    if btype == IDB and code == 8 and len(value) == 8:    # if_speed (uint64)
        return struct.pack('>Q', *struct.unpack('<Q', value))
    if btype == EPB and code == 2 and len(value) == 4:    # epb_flags (uint32)
        return struct.pack('>I', *struct.unpack('<I', value))
    return value


def big_endian(btype, body):
    if btype == SHB:
        major, minor, length = struct.unpack_from('<HHq', body, 4)
        fixed = struct.pack('>IHHq', 0x1A2B3C4D, major, minor, length)
        rest = options(body, 16)
    elif btype == IDB:
        link, reserved, snap = struct.unpack_from('<HHI', body, 0)
        fixed = struct.pack('>HHI', link, reserved, snap)
        rest = options(body, 8)
    elif btype == EPB:
        iface, high, low, caplen, origlen = struct.unpack_from('<IIIII', body, 0)
        fixed = struct.pack('>IIIII', iface, high, low, caplen, origlen) + body[20:20 + caplen] + b'\0' * (-caplen % 4)
        rest = options(body, 20 + caplen + (-caplen % 4))
    else:  # ISB, DSB and others: the reader skips them; keep them as opaque bodies
        return block(btype, body, '>')
    rest = [(c, swap_option_value(c, v, btype)) for c, v in rest]
    return block(btype, fixed + pack_options(rest, '>'), '>')


def main():
    mode = sys.argv[1]
    if mode == 'tsoffset':
        seconds, src, dst = int(sys.argv[2]), sys.argv[3], sys.argv[4]
    else:
        src, dst = sys.argv[2], sys.argv[3]
    out = b''
    first_epb = True
    for btype, body in blocks(open(src, 'rb').read()):
        if mode == 'tsoffset' and btype == IDB:
            opts = options(body, 8) + [(14, struct.pack('<q', seconds))]
            out += block(IDB, body[:8] + pack_options(opts))
        elif mode == 'big-endian':
            out += big_endian(btype, body)
        elif mode == 'simple' and btype == EPB and not first_epb:
            caplen, origlen = struct.unpack_from('<II', body, 12)
            out += block(SPB, struct.pack('<I', origlen) + body[20:20 + caplen])
        else:
            first_epb = first_epb and btype != EPB
            out += block(btype, body)
    open(dst, 'wb').write(out)


main()
