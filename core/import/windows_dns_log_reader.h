// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "lookup_builder.h"
#include "pending_lookups.h"
#include "timestamp_parser.h"
#include "windows_date_format.h"
#include "windows_dns_details.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>
#include <vector>

// WindowsDnsLogReader: the state of one WindowsDnsImporter::read — the date format being
// detected (and the lines held until it is), the queries waiting for their responses, the
// details of the last packet, and the counts the report's notes give. Fed line by line
// (feedLines), then finish(). See WindowsDnsImporter for what becomes a lookup.
//
// Ownership: refers to the caller's options, sink and report; owns the held lines and the
//   waiting queries (at most kMaxWaiting).
// Thread-safety: none; one reader per import.
// Cost: per PACKET line a scan of its fields, one hash lookup and, for a query, a few small
//   copies; a dated line with the same stamp as the line before reuses its time.
class WindowsDnsLogReader {
public:
    WindowsDnsLogReader(const ImportOptions &options, RecordSink &sink, ImportReport &report,
                        std::optional<WindowsDateFormat> givenFormat, QString encodingNote);

    bool line(qint64 number, QByteArrayView text);
    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }
    // The end of the input: held lines are read, waiting queries go out, the notes are written.
    void finish();
    // The notes on the date pattern, zone and encoding alone (when the read was cancelled).
    void noteAssumptions();

private:
    bool handle(qint64 number, QByteArrayView text);
    bool packet(qint64 number, qint64 tsUs, QByteArrayView afterStamp);
    // The time of a stamp (µs UTC; the last one's again when repeated); throws Failure (BadInput).
    qint64 timeOf(QByteArrayView stamp, const WindowsDateFormat::Fields &fields);
    void decide();
    bool replayHeld();
    void endDetails();
    bool drain(qint64 nowUs, bool all);
    bool hand(const PendingLookups::Lookup &lookup);

    const ImportOptions &m_options;
    ImportReport &m_report;
    LookupBuilder m_builder;
    TimestampParser m_times;
    std::optional<WindowsDateFormat> m_format;
    bool m_formatGiven = false;
    WindowsDateFormat::Detector m_detector;
    std::vector<std::pair<qint64, QByteArray>> m_held;
    qsizetype m_heldBytes = 0;
    QString m_encodingNote;
    qint64 m_ansiNames = 0;
    QByteArray m_utf8;

    QByteArray m_lastStamp;
    std::optional<qint64> m_lastTs;
    std::array<char, 24> m_lastIso{};

    PendingLookups m_pending;
    qint64 m_detailsSeq = -1; // the waiting lookup the details lines fill
    WindowsDnsDetails m_details;
    QByteArray m_name, m_qtype;
    std::vector<RawAnswer> m_rawAnswers;

    qint64 m_upstream = 0, m_otherOpcodes = 0, m_responsesAlone = 0;
};
