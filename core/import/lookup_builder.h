// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "reject_log.h"
#include "timestamp_parser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// LookupBuilder: what every importer of text lookups shares once a record is split into values
// (Zeek TSV and JSON, BIND, dnsmasq, Pi-hole FTL, Unbound, CoreDNS, AdGuard, Suricata, Route 53,
// Cloud DNS, Windows DNS): the timestamp parse, the normalisation of names into their stored
// spelling, the hand-over to the sink and the rejected records (RejectLog). ObservationBuilder
// is its counterpart for passive-DNS observations.
//
// Ownership: refers to the caller's options, sink and report; owns the normalisation buffers
//   (the RawLookup views point into them only during RecordSink::add).
// Thread-safety: none; one builder per import.
// Cost: no allocation once the buffers have grown; values already in canonical form (lower-case
//   names, upper-case mnemonics, the common case in Zeek logs) are passed on without a copy.
class LookupBuilder {
public:
    // The values of one record; an empty view means absent (unset, empty or missing).
    // qtype/rcode: the mnemonic if the log has one, else the number.
    struct Values {
        QByteArrayView ts;
        QByteArrayView client;
        QByteArrayView server;
        QByteArrayView query;
        QByteArrayView qtype;
        QByteArrayView rcode;
        QByteArrayView clientPort, serverPort; // id.orig_p, id.resp_p: 5353 on either marks mDNS
        std::span<const RawAnswer> answers;    // passed on as they are
    };

    LookupBuilder(const ImportOptions &options, RecordSink &sink, ImportReport &report);

    // Adds the lookup, or rejects the record for a bad timestamp. Returns false to stop.
    bool add(qint64 line, const Values &values);
    // The same for a time the caller has parsed (µs UTC); values.ts is not read.
    bool addAt(qint64 tsUs, const Values &values);
    // The parser of add(), for callers that need a record's time before they add it.
    TimestampParser &times() { return m_times; }
    // The time parser a builder for options uses, for a thread that reads times ahead of it
    // (ParsedLookups on a parse thread).
    static TimestampParser timesFor(const ImportOptions &options);
    // tsUs from ts as add() reads it, or why add() would reject the record ("no timestamp",
    // "bad timestamp '…'").
    static std::optional<QString> parseTime(TimestampParser &times, QByteArrayView ts, qint64 &tsUs);
    // Counts a rejected record and notes why (the first few). Returns false to stop (strict).
    bool reject(qint64 line, const QString &message);
    // Ends the import with an error (nothing is stored). Always returns false.
    bool fail(qint64 line, const QString &message);

    const ImportOptions &options() const { return m_options; }

private:
    const ImportOptions &m_options;
    RecordSink &m_sink;
    ImportReport &m_report;
    RejectLog m_rejects;
    TimestampParser m_times;
    QByteArray m_qname, m_qtype, m_rcode;
};
