// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <span>

class TimestampParser;

// Which column of a delimited file holds which field of a lookup.
// Slots: 0 timestamp, 1 client, 2 qname, 3 qtype, 4 rcode, 5 server; -1 when absent.
// A value type built once per import from the first row; pure functions.
struct ColumnMapping {
    bool hasHeader = false;
    std::array<int, 6> column = {-1, -1, -1, -1, -1, -1};

    // Decides from the first row whether it is a header (it names a known column and its
    // timestamp column does not parse as a time), then maps by header names or, without a
    // header, by position; overrides ("field=NAME", "field=N" with N 1-based, or "field=" for
    // none) win, later ones over earlier ones. Throws Failure (BadInput) when no timestamp
    // column can be found or an override is bad.
    static ColumnMapping detect(std::span<const QByteArrayView> firstRow, const QStringList &overrides,
                                TimestampParser &times);
    static const std::array<const char *, 6> &slotNames();
};
