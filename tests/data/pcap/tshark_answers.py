#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes expected_answers.tsv: the answers of every lookup in the corpus captures as tshark
decodes them (the independent reader for tst_pcap_importer). Usage:
    tshark_answers.py CORPUS/zeek-pcaps > expected_answers.tsv
DNS over UDP only (tshark's fields of several messages in one TCP segment cannot be told
apart). Lookups are formed by the importer's rule: every query; the first response with the
same id on the reversed 5-tuple within 30 s gives its answers; a response without such a query
is a lookup of its own. Each row: file, time (µs), client, server, qname, then per answer
record TYPE-NUMBER TTL RDATA joined by '; ' (RDATA compared for A, AAAA, CNAME, PTR, NS and
MX, '*' for other types; names lower-cased without the trailing dot)."""
import os
import subprocess
import sys

FIELDS = ['frame.time_epoch', 'ip.src', 'ipv6.src', 'ip.dst', 'ipv6.dst', 'udp.srcport', 'udp.dstport', 'dns.id',
          'dns.flags.response', 'dns.qry.name', 'dns.count.answers', 'dns.resp.type', 'dns.resp.ttl', 'dns.a',
          'dns.aaaa', 'dns.cname', 'dns.ptr.domain_name', 'dns.ns', 'dns.mx.preference', 'dns.mx.mail_exchange']
NAME_TYPES = {5: 'dns.cname', 12: 'dns.ptr.domain_name', 2: 'dns.ns'}


def name(text):
    text = text.lower()
    return text[:-1] if len(text) > 1 and text.endswith('.') else text


def answers(f):
    count = int(f['dns.count.answers'] or 0)
    types = [int(t) for t in f['dns.resp.type'].split('|') if t]
    ttls = [t for t in f['dns.resp.ttl'].split('|') if t]
    lists = {k: [v for v in f[k].split('|') if v] for k in FIELDS[13:]}
    used = {k: 0 for k in lists}
    out = []
    for i in range(min(count, len(types))):
        t = types[i]
        rdata = '*'
        if t in (1, 28) or t in NAME_TYPES:
            key = 'dns.a' if t == 1 else 'dns.aaaa' if t == 28 else NAME_TYPES[t]
            value = lists[key][used[key]]
            used[key] += 1
            rdata = value if t in (1, 28) else name(value)
        elif t == 15:
            rdata = lists['dns.mx.preference'][used['dns.mx.preference']] + ' ' + \
                name(lists['dns.mx.mail_exchange'][used['dns.mx.mail_exchange']])
            used['dns.mx.preference'] += 1
            used['dns.mx.mail_exchange'] += 1
        out.append('%d %s %s' % (t, ttls[i] if i < len(ttls) else '-', rdata))
    return '; '.join(out)


def rows(path):
    text = subprocess.run(['tshark', '-r', path, '-Y', 'dns && udp && !icmp && !icmpv6', '-T', 'fields',
                           '-E', 'aggregator=|', '-E', 'occurrence=a'] + sum((['-e', k] for k in FIELDS), []),
                          capture_output=True, text=True, check=True).stdout
    pending = {}
    for line in text.splitlines():
        f = dict(zip(FIELDS, line.split('\t')))
        us = int(round(float(f['frame.time_epoch']) * 1e6))
        src, dst = f['ip.src'] or f['ipv6.src'], f['ip.dst'] or f['ipv6.dst']
        sport, dport, qid = f['udp.srcport'], f['udp.dstport'], f['dns.id']
        qname = name(f['dns.qry.name'].split('|')[0]) if f['dns.qry.name'] else ''
        if f['dns.flags.response'] in ('0', 'False'):
            pending[(qid, src, sport, dst, dport)] = [us, qname, False]
            continue
        q = pending.get((qid, dst, dport, src, sport))
        if q and us - q[0] <= 30_000_000:
            if not q[2]:
                q[2] = True
                yield q[0], dst, src, q[1], answers(f)
            continue
        yield us, dst, src, qname, answers(f)


def main():
    folder = sys.argv[1]
    print('# SPDX-FileCopyrightText: 2026 DNS Timeline contributors')
    print('# SPDX-License-Identifier: GPL-3.0-or-later')
    print('# Written by tshark_answers.py from tshark %s; see there.' %
          subprocess.run(['tshark', '--version'], capture_output=True, text=True).stdout.split()[2])
    for file in sorted(os.listdir(folder)):
        if not file.endswith('.pcap'):
            continue
        for us, client, server, qname, ans in rows(os.path.join(folder, file)):
            if ans:
                print('\t'.join([file, str(us), client, server, qname, ans]))


main()
