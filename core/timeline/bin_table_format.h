// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QByteArray>

// The text forms of a BinTable shared by `dnstimeline bins` and the window's data export.
// CSV: header `bin_start,series,count`, one line per bin and series (zeros included), bins in
// time order and series in table order within a bin; bin_start is ISO 8601 with the zone's
// offset (2016-07-18T00:00:00-04:00); series is empty without a split. Fields are escaped by
// CsvField (RFC 4180).
// JSON: {"bin_width": "1h", "time_zone": "…", "bins": [{"start": "…", "end": "…"}…],
//        "series": [{"name": "…", "other": false, "total": n, "counts": […]}…]}.
// Pure functions; thread-safe.
namespace BinTableFormat {
QByteArray toCsv(const BinTable &table);
QByteArray toJson(const BinTable &table);
QByteArray isoTime(qint64 us, const QTimeZone &zone);
} // namespace BinTableFormat
