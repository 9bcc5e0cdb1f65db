// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observation_columns.h"

namespace {
constexpr std::array<const char *, 9> kNames = {"time_first", "time_last", "zone_first", "zone_last", "count",
                                                "bailiwick",  "rrname",    "rrtype",     "rdata"};
} // namespace

ObservationColumns::ObservationColumns(const ImportOptions &options, RecordSink &sink, ImportReport &report)
    : m_report(report), m_builder(options, sink, report)
{}

bool ObservationColumns::record(qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem)
{
    if (problem != CsvTokenizer::Problem::None)
        return m_builder.reject(line, CsvTokenizer::problemText(problem));
    if (!m_columns) {
        std::array<int, ColumnCount> columns;
        columns.fill(-1);
        for (size_t f = 0; f < fields.size(); ++f) {
            for (size_t c = 0; c < kNames.size(); ++c) {
                if (fields[f].trimmed() == QByteArrayView(kNames[c]))
                    columns[c] = int(f);
            }
        }
        if (columns[RrName] < 0) {
            m_report.error =
                Failure(Failure::Kind::BadInput, QStringLiteral("line %1: the header has no rrname column").arg(line));
            return false;
        }
        m_columns = columns;
        return true;
    }
    auto field = [&](Column c) -> QByteArrayView {
        const int f = (*m_columns)[c];
        return f < 0 || f >= qsizetype(fields.size()) ? QByteArrayView() : fields[size_t(f)].trimmed();
    };
    const ObservationBuilder::Texts t{.rrname = field(RrName),
                                      .rrtype = field(RrType),
                                      .bailiwick = field(Bailiwick),
                                      .timeFirst = field(TimeFirst),
                                      .timeLast = field(TimeLast),
                                      .zoneFirst = field(ZoneFirst),
                                      .zoneLast = field(ZoneLast),
                                      .count = field(Count)};
    RawObservation o;
    if (!m_builder.build(line, t, &o))
        return !m_builder.stopped();
    o.rdata = field(Rdata);
    m_builder.add(o);
    return true;
}
