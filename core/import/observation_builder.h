// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "reject_log.h"
#include "timestamp_parser.h"

#include <QByteArray>
#include <QByteArrayView>

// ObservationBuilder: what the passive-DNS importers (COF JSON lines, the dnsdbq CSV preset)
// share once a record is split into texts: the checks, the normalisation (rrname and
// bailiwick lower-cased without the trailing dot, rrtype as a mnemonic), the time parse (epoch
// numbers by ImportOptions::epochUnit, ISO text in ImportOptions::zone when without offset),
// and the bookkeeping of rejected records in the report.
//
// Ownership: refers to the caller's options, sink and report; owns the normalisation buffers
//   (a built RawObservation's views point into them until the next build()).
// Thread-safety: none; one builder per import. Cost: no allocation once the buffers have grown.
class ObservationBuilder {
public:
    // The texts of one record; an empty view means absent.
    struct Texts {
        QByteArrayView rrname, rrtype, bailiwick;
        QByteArrayView timeFirst, timeLast; // a sensor's times
        QByteArrayView zoneFirst, zoneLast; // zone-file times, used when the record has no sensor times
        QByteArrayView count;
    };

    ObservationBuilder(const ImportOptions &options, RecordSink &sink, ImportReport &report);

    // Fills *out (all but rdata) from texts, or rejects the record: false, with the reason in the
    // report (and then stopped() if strict mode ends the import).
    bool build(qint64 line, const Texts &texts, RawObservation *out);
    // Hands a built observation, its rdata set, to the sink.
    void add(const RawObservation &observation);
    // Counts a rejected record and notes why (the first few). Returns false to stop (strict).
    bool reject(qint64 line, const QString &message);
    bool stopped() const { return m_report.error.has_value(); }

private:
    bool refuse(qint64 line, const QString &message); // reject(), then false whatever it said

    const ImportOptions &m_options;
    RecordSink &m_sink;
    ImportReport &m_report;
    RejectLog m_rejects;
    TimestampParser m_times;
    QByteArray m_rrname, m_rrtype, m_bailiwick;
};
