// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns_answer_section.h"
#include "import_types.h"
#include "lookup_builder.h"
#include "pending_lookups.h"
#include "windows_event.h"

#include <QByteArray>
#include <QMap>

#include <vector>

// WindowsDnsEvents: which Windows events are DNS lookups, and what each field becomes.
//
// Sysmon (provider Microsoft-Windows-Sysmon), event 22 DnsQuery — one lookup per event:
//   time    UtcTime (UTC, ms), else the record's written time
//   client  "COMPUTER/Image" (the host and the program that asked, e.g. "WS-7/C:\Windows\System32\svchost.exe":
//           Sysmon records no address); ProcessId is not kept (processes come and go)
//   qname   QueryName; qtype empty (Sysmon does not record it)
//   rcode   QueryStatus, a Windows status code: 0 and 9501 (no records) NOERROR, 9001 FORMERR,
//           9002 SERVFAIL, 9003 NXDOMAIN, 9004 NOTIMP, 9005 REFUSED, 9006–9010 YXDOMAIN, YXRRSET,
//           NXRRSET, NOTAUTH, NOTZONE, 1460 TIMEOUT; others "STATUS<n>"
//   server  empty
//   answers QueryResults: "type:  5 NAME" is a CNAME (or the mnemonic of that type), an address an
//           A ("::ffff:192.0.2.1" is 192.0.2.1) or AAAA; no TTLs (Sysmon has none)
// DNS Server analytic channel (provider Microsoft-Windows-DNSServer):
//   256 QUERY_RECEIVED is a lookup: client Source, server InterfaceIP, qname QNAME, qtype QTYPE
//   (number -> mnemonic), time the record's written time; 257 RESPONSE_SUCCESS and 258
//   RESPONSE_FAILURE to the same Destination, XID, TCP and QNAME within 30 s give its rcode
//   (RCODE number -> mnemonic) and its answers (with TTLs) from PacketData, the response message
//   in hex (DnsAnswerSection); a response without its query is a lookup by itself. A PacketData
//   that is not a whole message leaves the answers out (counted in a note).
//   259 (IGNORED_QUERY: its query is already the 256's lookup) and the server's own recursion,
//   260 RECURSE_QUERY_OUT, 261 RECURSE_RESPONSE_IN and later ids, are skipped and counted.
// Every other event is skipped and counted by provider and id in the report's notes.
//
// Rejected (counted, the first 20 reported by record number): a Sysmon 22 or 256/257/258
// without its name (QueryName/QNAME), or a 256-258 without its address (Source/Destination).
//
// Ownership: refers to the caller's options, sink and report. Thread-safety: none; one per
// import. Cost: a dozen name comparisons per DNS event; skipped events cost a map update.
class WindowsDnsEvents {
public:
    WindowsDnsEvents(const ImportOptions &options, RecordSink &sink, ImportReport &report);

    // Whether events of this provider and id are read for lookups (their values are needed).
    static bool wanted(QByteArrayView provider, quint32 eventId);
    // One event, in file order. False to stop (strict mode, or the sink's rejection).
    bool add(const WindowsEvent &event);
    bool reject(qint64 record, const QString &message) { return m_builder.reject(record, message); }
    // The end of the input: the waiting queries go out, the notes are written.
    void finish();

private:
    bool sysmonQuery(const WindowsEvent &e);
    bool serverQuery(const WindowsEvent &e);
    bool serverResponse(const WindowsEvent &e);
    // A DNS Server event's lookup: its time, client, InterfaceIP, name and QTYPE.
    PendingLookups::Lookup serverLookup(const WindowsEvent &e, QByteArrayView client, QByteArrayView name) const;
    bool hand(const PendingLookups::Lookup &lookup);
    QByteArray isoOf(qint64 us) const;
    void skip(const WindowsEvent &e);

    LookupBuilder m_builder;
    ImportReport &m_report;
    PendingLookups m_pending;
    std::vector<RawAnswer> m_rawAnswers;
    QByteArray m_name;
    QMap<QByteArray, qint64> m_skippedByKind; // "provider id" -> count
    qint64 m_responsesAlone = 0, m_undecodedPackets = 0;
    DnsAnswerSection m_answerSection; // PacketData decoded, reused between events
};
