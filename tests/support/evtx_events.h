// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evtx_writer.h"

#include <QList>
#include <QPair>
#include <QStringList>

// The events of the EVTX tests and benchmark, shaped as Windows writes them (TEST CODE ONLY,
// see EvtxWriter): Sysmon's event 22 (DnsQuery) and 1 (process creation), and the DNS server's
// analytic events 256 (QUERY_RECEIVED), 257 (RESPONSE_SUCCESS), 258 (RESPONSE_FAILURE), 260
// (RECURSE_QUERY_OUT) and 261 (RECURSE_RESPONSE_IN) with their EventData names. Times are µs
// since the epoch, UTC.
namespace EvtxEvents {
EvtxWriter::Event sysmonDns(qint64 us, const QString &computer, const QString &image, quint32 pid,
                            const QString &queryName, int queryStatus, const QString &queryResults);
EvtxWriter::Event sysmonProcessCreate(qint64 us, const QString &computer, const QString &image);
EvtxWriter::Event dnsQueryReceived(qint64 us, const QString &computer, const QString &client,
                                   const QString &interfaceIp, const QString &qname, int qtype, quint16 xid);
// 257 when rcode is 0, else 258; PacketData is the response with an A record per address.
EvtxWriter::Event dnsResponse(qint64 us, const QString &computer, const QString &client, const QString &interfaceIp,
                              const QString &qname, int qtype, quint16 xid, int rcode, const QStringList &addresses);
// 260 (the server's query to another server) and 261 (its response).
EvtxWriter::Event dnsRecursion(qint64 us, const QString &computer, bool response, const QString &upstream,
                               const QString &qname, int qtype, quint16 xid);
// The mixed log of the tests, from 2024-03-01T00:00:00Z: two Sysmon 22 (one NXDOMAIN), a Sysmon
// 1, a DNS Server 256/257 pair with the server's recursion (260/261) between, a 256 without
// response and a 258 without query: 9 records, 5 lookups, 4 skipped.
inline constexpr qint64 kMixedLogStartUs = qint64(1709251200) * 1000000;
QByteArray mixedLog();
// evtx with the template offset of its record number `record` (1-based) pointed outside the
// chunk, so libevtx cannot read that record.
QByteArray withDamagedRecord(QByteArray evtx, int record);
// Sysmon 22 queries, one a millisecond from kMixedLogStartUs (record n asks for h<n-1>.example),
// filling one chunk per slack: chunk c ends slacks[c] bytes after its last record (the last
// query's Image padded to fit), whose number goes to lastOfChunks. libevtx leaves out the last
// record of a chunk whose slack is under 4.
QByteArray chunkEndsLog(const QList<qint64> &slacks, QList<qint64> *lastOfChunks = nullptr);
// The committed fixtures of tests/data/evtx (file name, bytes): mixed.evtx, the mixed log;
// damaged_record.evtx, its record 4 damaged; truncated.evtx, its first 2,000 bytes;
// no_dns_events.evtx, one Sysmon 1 event; chunk_ends.evtx, chunkEndsLog({0, 2}).
QList<QPair<const char *, QByteArray>> fixtures();
// A DNS response message with one question and an A record (TTL 300) per address.
QByteArray dnsResponseMessage(quint16 xid, const QString &qname, int qtype, int rcode, const QStringList &addresses);
} // namespace EvtxEvents
