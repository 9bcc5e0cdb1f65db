// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_record.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTimeZone>

// Drill-down records as CSV: header `time,dataset,client,qname,qtype,rcode,server,proto`, one line
// per record; time ISO 8601 with the zone's offset and µs when not whole seconds; dataset by
// name (its id when unnamed); proto `dns` or `mdns`; fields quoted as RFC 4180 wants. Pure functions; thread-safe.
namespace RecordCsv {
QByteArray header();
QByteArray rows(const QList<LookupRecord> &records, const QTimeZone &zone, const QHash<qint64, QString> &datasetNames);
} // namespace RecordCsv
