// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_tokenizer.h"
#include "observation_builder.h"

#include <array>
#include <optional>
#include <span>

// ObservationColumns: the rows of a passive-DNS CSV export (dnsdbq -p csv) as observations.
// The first row is the header; the columns time_first, time_last, zone_first, zone_last,
// count, bailiwick, rrname, rrtype and rdata are found by name (any order; a missing one is
// absent in every row, except rrname, without which the import fails). An empty field is
// absent. Each row is one observation (ObservationBuilder's checks and normalisation).
//
// Ownership: refers to the caller's options, sink and report. Thread-safety: none; one per
// import. Cost: one ObservationBuilder::build per row, no allocation once its buffers have grown.
class ObservationColumns {
public:
    ObservationColumns(const ImportOptions &options, RecordSink &sink, ImportReport &report);

    // One CSV record; false to stop (strict mode, or a header without rrname).
    bool record(qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem);

private:
    enum Column { TimeFirst, TimeLast, ZoneFirst, ZoneLast, Count, Bailiwick, RrName, RrType, Rdata, ColumnCount };

    ImportReport &m_report;
    ObservationBuilder m_builder;
    std::optional<std::array<int, ColumnCount>> m_columns; // index of each column, -1 absent
};
