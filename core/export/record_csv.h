// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_record.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTimeZone>

// Drill-down records as CSV: header `time,dataset,client,qname,qtype,rcode,server,proto,answers`,
// then with RowId::Include `row_id` (the store's row id: the Records dock's copy), then the
// twelve owner fields `client_owner … server_country, answer_owner … answer_country` (empty
// where nothing labels the lookup; an answer owner field lists its answers' owners by "; "),
// the columns of the Records dock in its order; one line per record; time ISO 8601 with the
// zone's offset and µs when not whole seconds; dataset by name (its id when unnamed); proto
// `dns` or `mdns`; fields escaped by CsvField (RFC 4180).
// Pure functions; thread-safe.
namespace RecordCsv {
enum class RowId { Omit, Include };
QByteArray header(RowId rowId = RowId::Omit);
QByteArray rows(const QList<LookupRecord> &records, const QTimeZone &zone, const QHash<qint64, QString> &datasetNames,
                RowId rowId = RowId::Omit);
} // namespace RecordCsv
