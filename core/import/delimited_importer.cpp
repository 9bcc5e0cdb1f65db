// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delimited_importer.h"

#include "column_mapping.h"
#include "csv_tokenizer.h"
#include "dns_names.h"
#include "observation_columns.h"
#include "reject_log.h"
#include "timestamp_parser.h"

#include <span>

namespace {

constexpr qint64 kChunkBytes = 4 << 20;

// Fast paths: most values are already in the stored form, and then need no copy.
bool canonicalName(QByteArrayView v)
{
    if (v.isEmpty() || v.back() == '.')
        return v.isEmpty();
    for (char c : v) {
        if ((c >= 'A' && c <= 'Z') || c == ' ' || c == '\t')
            return false;
    }
    return true;
}

// Upper-case letters and digits, starting with a letter, and not TYPEnn / RCODEnn.
bool canonicalMnemonic(QByteArrayView v)
{
    if (v.isEmpty())
        return true;
    if (v[0] < 'A' || v[0] > 'Z')
        return false;
    if ((v[0] == 'T' && v.startsWith("TYPE")) || (v[0] == 'R' && v.startsWith("RCODE")))
        return false;
    for (char c : v) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

// The per-import state of DelimitedImporter::read.
class DelimitedRead {
public:
    DelimitedRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_options(options), m_sink(sink), m_report(report), m_rejects(report, options.strict, "line"),
          m_times(options.zone, options.epochUnit)
    {}

    // Returns false to stop (strict mode hit a bad row, or the mapping is unusable).
    bool record(qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem)
    {
        if (problem != CsvTokenizer::Problem::None)
            return reject(line, CsvTokenizer::problemText(problem));
        if (!m_mapping) {
            try {
                m_mapping = ColumnMapping::detect(fields, m_options.columnMap, m_times);
            } catch (const Failure &bad) {
                m_report.error = Failure(bad.kind(), QStringLiteral("line %1: %2").arg(line).arg(bad.message()));
                return false;
            }
            if (m_mapping->hasHeader)
                return true;
        }
        const ColumnMapping &map = *m_mapping;
        const int tsColumn = map.column[0];
        if (tsColumn >= qsizetype(fields.size()))
            return reject(line,
                          QStringLiteral("%1 fields, the timestamp is field %2").arg(fields.size()).arg(tsColumn + 1));
        if (fields[size_t(tsColumn)].trimmed().isEmpty())
            return reject(line, QStringLiteral("empty timestamp"));
        const auto ts = m_times.parse(fields[size_t(tsColumn)]);
        if (!ts)
            return reject(
                line,
                QStringLiteral("bad timestamp '%1'")
                    .arg(QString::fromUtf8(fields[size_t(tsColumn)]
                                               .first(std::min<qsizetype>(64, fields[size_t(tsColumn)].size()))
                                               .toByteArray())));
        auto field = [&](int slot) -> QByteArrayView {
            const int c = map.column[size_t(slot)];
            if (c < 0 || c >= qsizetype(fields.size()))
                return {};
            const QByteArrayView v = fields[size_t(c)];
            return !v.isEmpty() && (v.front() <= ' ' || v.back() <= ' ') ? v.trimmed() : v;
        };
        RawLookup lookup;
        lookup.tsUs = *ts;
        lookup.client = field(1);
        lookup.qname = canonicalName(field(2)) ? field(2) : (DnsNames::normalizeQname(field(2), m_qname), m_qname);
        lookup.qtype = canonicalMnemonic(field(3)) ? field(3) : (DnsNames::normalizeQtype(field(3), m_qtype), m_qtype);
        lookup.rcode = canonicalMnemonic(field(4)) ? field(4) : (DnsNames::normalizeRcode(field(4), m_rcode), m_rcode);
        lookup.server = field(5);
        m_sink.add(lookup);
        ++m_report.records;
        return true;
    }

private:
    bool reject(qint64 line, const QString &message) { return m_rejects.reject(line, message); }

    const ImportOptions &m_options;
    RecordSink &m_sink;
    ImportReport &m_report;
    RejectLog m_rejects;
    TimestampParser m_times;
    std::optional<ColumnMapping> m_mapping;
    QByteArray m_qname, m_qtype, m_rcode;
};

bool looksLikeText(QByteArrayView head)
{
    return !head.isEmpty() && !head.contains('\0');
}

} // namespace

QString DelimitedImporter::description() const
{
    if (m_preset)
        return m_preset->description;
    return QStringLiteral("delimited text: CSV, TSV, semicolon or pipe separated");
}

bool DelimitedImporter::sniff(QByteArrayView head) const
{
    if (m_preset)
        return m_preset->sniff && m_preset->sniff(head);
    if (!looksLikeText(head))
        return false;
    const char sep = CsvTokenizer::detectSeparator(head);
    const qsizetype eol = head.indexOf('\n');
    const QByteArrayView first = eol < 0 ? head : head.first(eol);
    return first.contains(sep);
}

ImportReport DelimitedImporter::read(QIODevice &in, const ImportOptions &givenOptions, RecordSink &sink,
                                     const ProgressFn &progress) const
{
    ImportOptions options = givenOptions;
    if (m_preset) {
        options.columnMap = m_preset->columnMap + givenOptions.columnMap;
        if (m_preset->utc)
            options.zone = QTimeZone::utc();
    }
    ImportReport report;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    qint64 got = in.read(buffer.data(), buffer.size());
    if (got < 0) {
        report.error = Failure(Failure::Kind::Io, in.errorString());
        return report;
    }
    CsvTokenizer tokenizer(m_preset ? ',' : CsvTokenizer::detectSeparator(QByteArrayView(buffer.constData(), got)));
    tokenizer.setSkipSpacesBeforeQuote(m_preset && m_preset->skipSpacesBeforeQuote);
    DelimitedRead state(options, sink, report);
    std::optional<ObservationColumns> observations;
    if (yieldsObservations())
        observations.emplace(options, sink, report);
    bool stop = false;
    const CsvTokenizer::RecordFn onRecord = [&](qint64 line, std::span<const QByteArrayView> fields,
                                                CsvTokenizer::Problem problem) {
        if (!stop &&
            !(observations ? observations->record(line, fields, problem) : state.record(line, fields, problem)))
            stop = true;
    };
    while (got > 0 && !stop) {
        tokenizer.feed(QByteArrayView(buffer.constData(), got), onRecord);
        done += got;
        if (progress && !progress({done, 0})) {
            report.cancelled = true;
            return report;
        }
        got = in.read(buffer.data(), buffer.size());
    }
    if (got < 0 && !stop) {
        report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(in.errorString()));
        return report;
    }
    if (!stop)
        tokenizer.finish(onRecord);
    return report;
}
