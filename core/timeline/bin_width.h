// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The width of a timeline bin: a fixed duration (1s … 12h) or a calendar unit (day, week
// starting Monday, month) whose bins begin at local midnight in a time zone, so a day bin in
// America/New_York is 23 or 25 hours long across a DST change.
// Fixed bins are exact durations laid from the local wall-clock boundary at or before the
// range's start (an hourly grid stays on local hours in a +05:30 zone).
// A value type; all functions are pure and thread-safe. Edges cost O(bins) for fixed widths
// and one QDateTime conversion per bin for calendar widths.
class BinWidth {
public:
    enum class Unit { Fixed, Day, Week, Month };

    BinWidth() = default;
    static BinWidth fixed(qint64 us) { return BinWidth(Unit::Fixed, us); }
    static BinWidth calendar(Unit unit) { return BinWidth(unit, 0); }
    // "1s" "5s" "10s" "30s" "1m" "5m" "10m" "15m" "30m" "1h" "3h" "6h" "12h" "1d" "1w" "1mo".
    static std::optional<BinWidth> parse(const QString &text);
    // The finest nice width giving at most kAutoMaxBins bins over the range (widened to whole
    // bins in zone).
    static BinWidth automatic(const TimeRange &range, const QTimeZone &zone = QTimeZone::utc());
    // The finest nice width giving at most maxBins bins over the range (the coarsest if none does).
    static BinWidth finestFitting(const TimeRange &range, qsizetype maxBins, const QTimeZone &zone = QTimeZone::utc());
    static const QList<BinWidth> &niceWidths();
    static constexpr int kAutoMaxBins = 200;
    // The most bins one table holds: edges() gives none beyond (the command line refuses such
    // a view, naming both numbers).
    static constexpr qsizetype kMaxBins = 5'000'000;

    Unit unit() const { return m_unit; }
    qint64 fixedUs() const { return m_us; }
    // Typical length in µs (a day 24 h, a month 30 days): for choosing, not for edges.
    qint64 nominalUs() const;
    QString name() const; // as parse() accepts
    bool operator==(const BinWidth &) const = default;

    // The bin boundary at or before t, in zone.
    qint64 floor(qint64 tUs, const QTimeZone &zone) const;
    // The boundary after boundary b (b must be a boundary).
    qint64 next(qint64 bUs, const QTimeZone &zone) const;
    // Edges e0 < e1 < … < en with e0 = floor(range.from) and en ≥ range.to (en the first
    // boundary at or after range.to); bins are [e_i, e_i+1). Empty if more than maxBins.
    QList<qint64> edges(const TimeRange &range, const QTimeZone &zone, qsizetype maxBins = kMaxBins) const;
    // How many bins edges() gives over range, without making them (calendar widths: by their
    // nominal length, within one bin per month or so of the real count).
    qint64 binCount(const TimeRange &range, const QTimeZone &zone) const;

private:
    BinWidth(Unit unit, qint64 us) : m_unit(unit), m_us(us) {}
    Unit m_unit = Unit::Fixed;
    qint64 m_us = 3'600'000'000;
};
