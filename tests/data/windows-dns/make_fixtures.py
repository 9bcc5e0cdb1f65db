#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Windows DNS Server debug log fixtures of tst_windows_dns_importer (one behaviour per
file), in the layout the DNS server writes: its header, CRLF line ends, PACKET lines padded to the
server's column widths, and for details.log the sections the "Details" option adds. Run from this
folder: python3 make_fixtures.py. Standard library only; deterministic."""

HEADER = """DNS Server log file creation at {created}
Log file wrap at {created}

Message logging key (for packets - other items use a subset of these fields):
\tField #  Information         Values
\t-------  -----------         ------
\t   1     Date
\t   2     Time
\t   3     Thread ID
\t   4     Context
\t   5     Internal packet identifier
\t   6     UDP/TCP indicator
\t   7     Send/Receive indicator
\t   8     Remote IP
\t   9     Xid (hex)
\t  10     Query/Response      R = Response
\t                             blank = Query
\t  11     Opcode              Q = Standard Query
\t                             N = Notify
\t                             U = Update
\t                             ? = Unknown
\t  12     [ Flags (hex)
\t  13     Flags (char codes)  A = Authoritative Answer
\t                             T = Truncated Response
\t                             D = Recursion Desired
\t                             R = Recursion Available
\t  14     ResponseCode ]
\t  15     Question Type
\t  16     Question Name

"""

def name(dotted):
    return ''.join('(%d)%s' % (len(l), l) for l in dotted.split('.') if l) + '(0)'

def flag_chars(chars):
    # The server writes the flag letters in four fixed places: A(uthoritative) T(runcated)
    # D (recursion desired) R (recursion available), a space for each one not set.
    return ''.join(c if c in chars else ' ' for c in 'ATDR')

def packet(stamp, thread, direction, remote, xid, response, flags, chars, rcode, qtype, qname,
           proto='UDP', opcode='Q', context='00000000033397A0'):
    return '%s %s PACKET  %s %s %s %-15s %4s %s %s [%s %s  %s] %-6s %s' % (
        stamp, thread, context, proto, direction, remote, xid, 'R' if response else ' ', opcode,
        flags, flag_chars(chars), rcode, qtype, name(qname))

def write(path, lines, created, encoding='utf-8', bom=False):
    text = HEADER.format(created=created) + '\n'.join(lines) + '\n'
    data = text.replace('\n', '\r\n').encode(encoding)
    if bom:
        data = b'\xff\xfe' + data
    with open(path, 'wb') as f:
        f.write(data)

def exchange(stamp, stamp2, client, xid, qname, qtype='A', rcode='NOERROR', flags='8081', chars='DR'):
    return [packet(stamp, '0E70', 'Rcv', client, xid, False, '0001', 'D', 'NOERROR', qtype, qname),
            packet(stamp2, '0E70', 'Snd', client, xid, True, flags, chars, rcode, qtype, qname)]

# en-US: 12-hour clock, month first. A second number over 12 (6/13) tells the order.
en = []
en += exchange('6/5/2013 10:20:33 AM', '6/5/2013 10:20:33 AM', '10.161.60.71', '5b47', 'WWW.Example.com')
en += [packet('6/5/2013 10:20:34 AM', '0E70', 'Snd', '8.8.8.8', '3434', False, '1001', 'D', 'NOERROR', 'A', 'cdn.example.net'),
       packet('6/5/2013 10:20:34 AM', '0E70', 'Rcv', '8.8.8.8', '3434', True, '8081', 'DR', 'NOERROR', 'A', 'cdn.example.net')]
en += exchange('6/5/2013 10:20:34 AM', '6/5/2013 10:20:35 AM', '10.161.60.72', '1a2b', 'cdn.example.net')
en += exchange('6/5/2013 1:05:09 PM', '6/5/2013 1:05:09 PM', 'fe80::1c2d:3e4f:5a6b:7c8d', '00ff', 'nothere.example.com',
               'AAAA', 'NXDOMAIN', '8183', 'DR')
en += ['6/5/2013 1:05:10 PM 0E70 EVENT   The DNS server has finished the background loading of zones.']
en += [packet('6/5/2013 1:05:11 PM', '0A10', 'Rcv', '10.161.60.9', 'beef', False, '2800', '', 'NOERROR', 'SOA', 'example.com',
              opcode='N')]
en += [packet('6/5/2013 11:59:59 PM', '0E70', 'Rcv', '10.161.60.73', '7777', False, '0001', 'D', 'NOERROR', 'MX', 'lost.example.org', proto='TCP')]
en += [packet('6/13/2013 12:00:01 AM', '0E70', 'Snd', '10.161.60.74', '8888', True, '8081', 'DR', 'SERVFAIL', 'A', 'alone.example.org')]
write('en_us.log', en, '6/5/2013 10:00:31 AM')

# de-DE: day first with dots, 24-hour clock; 13.06. tells the order.
de = exchange('05.06.2013 10:20:33', '05.06.2013 10:20:33', '192.168.1.20', '00a1', 'mail.example.de', 'MX')
de += exchange('13.06.2013 22:15:00', '13.06.2013 22:15:01', '192.168.1.21', '00a2', 'www.example.de')
write('de_de.log', de, '05.06.2013 10:00:31')

# sv-SE: year first, ISO-like.
sv = exchange('2013-06-05 10:20:33', '2013-06-05 10:20:33', '192.168.2.20', 'c001', 'www.example.se')
sv += exchange('2013-06-05 23:59:59', '2013-06-06 00:00:00', '192.168.2.21', 'c002', 'ftp.example.se', 'AAAA', 'REFUSED', '8085', 'ADR')
write('sv_se.log', sv, '2013-06-05 10:00:31')

# Dates that never tell day and month apart: the order is guessed (month first with AM/PM and '/').
amb = exchange('6/5/2013 10:20:33 AM', '6/5/2013 10:20:33 AM', '10.0.0.1', '0001', 'a.example')
write('ambiguous_dates.log', amb, '6/5/2013 10:00:31 AM')
amb24 = exchange('06/05/2013 10:20:33', '06/05/2013 10:20:33', '10.0.0.1', '0001', 'a.example')
write('ambiguous_dates_24h.log', amb24, '06/05/2013 10:00:31')

# UTF-16 LE with BOM (as saved by Notepad or PowerShell 5's Out-File): the en-US lines.
write('utf16.log', en, '6/5/2013 10:00:31 AM', 'utf-16-le', bom=True)

# ANSI (Windows-1252): a label with e-acute and one with the euro sign, bytes 0xE9 and 0x80.
ansi = exchange('6/5/2013 10:20:33 AM', '6/5/2013 10:20:33 AM', '10.0.0.2', '0002', 'caf\u00e9.example')
ansi += exchange('6/15/2013 10:20:34 AM', '6/15/2013 10:20:34 AM', '10.0.0.3', '0003', '\u20ac.example')
write('ansi.log', ansi, '6/5/2013 10:00:31 AM', 'cp1252')

# The "Details" option: the sections under each packet; answers of the response.
def details(kind, context, remote, port, xid, flags_word, rcode_num, rcode, qname, qtype, qtype_num, answers):
    out = ['%s info at %s' % (kind, context), '  Socket = 336', '  Remote addr %s, port %d' % (remote, port),
           '  Time Query=321854, Queued=0, Expire=0', '  Buf length = 0x0200 (512)', '  Msg length = 0x0050 (80)',
           '  Message:', '    XID       0x%s' % xid, '    Flags     0x%s' % flags_word,
           '      QR        %s' % ('1 (RESPONSE)' if answers is not None else '0 (QUESTION)'),
           '      OPCODE    0 (QUERY)', '      AA        0', '      TC        0', '      RD        1',
           '      RA        %d' % (1 if answers is not None else 0), '      Z         0', '      CD        0',
           '      AD        0', '      RCODE     %d (%s)' % (rcode_num, rcode), '    QCOUNT    1',
           '    ACOUNT    %d' % len(answers or []), '    NSCOUNT   0', '    ARCOUNT   0',
           '    QUESTION SECTION:', '    Offset = 0x000c, RR count = 0',
           '    Name      "%s"' % name(qname), '      QTYPE   %s (%d)' % (qtype, qtype_num), '      QCLASS  1',
           '    ANSWER SECTION:']
    if not answers:
        out.append('      empty')
    for i, (atype, anum, ttl, data) in enumerate(answers or []):
        out += ['    Offset = 0x%04x, RR count = %d' % (0x1e + 16 * i, i), '    Name      "[C00C]%s"' % name(qname),
                '      TYPE   %s  (%d)' % (atype, anum), '      CLASS  1', '      TTL    %d' % ttl,
                '      DLEN   4', '      DATA   %s' % data]
    out += ['    AUTHORITY SECTION:', '      empty', '    ADDITIONAL SECTION:', '      empty', '']
    return out

det = [packet('7/15/2015 11:59:58 PM', '11A0', 'Rcv', '10.28.2.140', 'eba7', False, '0001', 'D', 'NOERROR', 'A', 'www.example.com')]
det += details('UDP question info', '0000000003AF57F0', '10.28.2.140', 49495, 'eba7', '0100', 0, 'NOERROR', 'www.example.com', 'A', 1, None)
det += [packet('7/15/2015 11:59:59 PM', '11A0', 'Snd', '10.28.2.140', 'eba7', True, '8081', 'DR', 'NOERROR', 'A', 'www.example.com')]
det += details('UDP response info', '0000000003AF57F0', '10.28.2.140', 49495, 'eba7', '8180', 0, 'NOERROR', 'www.example.com', 'A', 1,
               [('CNAME', 5, 3600, '(4)edge(7)example(3)net(0)'), ('A', 1, 60, '93.184.216.34'), ('A', 1, 60, '93.184.216.35')])
det += [packet('7/15/2015 11:59:59 PM', '11A0', 'Rcv', '10.28.2.141', 'eba8', False, '0001', 'D', 'NOERROR', 'MX', 'example.com')]
det += [packet('7/16/2015 12:00:00 AM', '11A0', 'Snd', '10.28.2.141', 'eba8', True, '8081', 'DR', 'NOERROR', 'MX', 'example.com')]
det += details('UDP response info', '0000000003AF5800', '10.28.2.141', 49496, 'eba8', '8180', 0, 'NOERROR', 'example.com', 'MX', 15,
               [('MX', 15, 300, '10 (2)mx(7)example(3)com(0)')])
write('details.log', det, '7/15/2015 11:00:00 PM')

# One malformed case per line, between two good exchanges (the report lists each by line).
bad = exchange('6/15/2013 10:20:33 AM', '6/15/2013 10:20:33 AM', '10.0.0.1', '0001', 'good.example')
bad += ['6/31/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0002   Q [0001   D   NOERROR] A      (4)june(7)example(0)',
        '6/5/2013 10:20:34 XM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0003   Q [0001   D   NOERROR] A      (2)xm(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 SCTP Rcv 10.0.0.1       0004   Q [0001   D   NOERROR] A      (4)sctp(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Got 10.0.0.1        0005   Q [0001   D   NOERROR] A      (3)got(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        zzzz   Q [0001   D   NOERROR] A      (3)xid(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0007   Q  0001   D   NOERROR  A      (7)bracket(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0008   Q [0001   D   NOERROR]',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0009   Q [0001   D   NOERROR] A      (9)short(7)example(0)',
        '13/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        000a   Q [0001   D   NOERROR] A      (5)order(7)example(0)',
        '6/5/2013 10:20:34 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        000b']
bad += exchange('6/5/2013 10:20:35 AM', '6/5/2013 10:20:35 AM', '10.0.0.1', '000c', 'good2.example')
write('malformed.log', bad, '6/5/2013 10:00:31 AM')

# Only a header: nothing to import.
write('header_only.log', [], '6/5/2013 10:00:31 AM')
