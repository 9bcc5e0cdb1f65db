// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record_query.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

class TimelineController;

// What the Records dock lists: a clicked bin (and the series of a stacked segment) or a
// selected range, kept by meaning rather than by index so that it can be asked again when the
// view changes: the series by name ("other": whatever the current table does not list), a bin
// by a time inside it (the bin holding that time after a change of zone). query() turns it into
// a RecordQuery under the controller's current datasets, filters and split, leaving out the
// series the legend hides; a selection made under another split lists every visible series.
// Ranges are µs UTC, half-open. A value type.
class DrillDown {
    Q_DECLARE_TR_FUNCTIONS(DrillDown)

public:
    // range: what was clicked or selected; series: the index of a series of the controller's
    // current table (-1: all).
    DrillDown(const TimeRange &range, int series, const TimelineController &controller);

    // Follows the controller's current table: a bin moves with a change of zone.
    void follow(const TimelineController &controller);
    RecordQuery query(const TimelineController &controller, const QSet<QString> &hidden) const;
    // In words, for the Records dock's summary.
    QString description(const TimelineController &controller, const QSet<QString> &hidden) const;
    TimeRange range() const { return m_range; }

private:
    enum class Pick { All, Named, Other };
    Pick pickUnder(const TimelineController &controller) const;

    TimeRange m_range;
    bool m_isBin = false;
    qint64 m_anchorUs = 0;
    QTimeZone m_zone;
    std::optional<LookupField> m_split;
    Pick m_pick = Pick::All;
    QString m_series;
};
