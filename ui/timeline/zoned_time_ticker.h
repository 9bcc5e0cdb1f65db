// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QPointer>
#include <QTimeZone>

// Ticks for a time axis whose coordinates are seconds since the epoch (QCustomPlot's
// convention; µs / 1e6). Picks a nice step (1 s … 1 y) so that labels fit the axis' pixel
// length, puts ticks on wall-clock boundaries in a time zone (days at local midnight, so a
// DST day is 23 or 25 hours) and labels them for the step: "18:00" with the date below on
// the first tick of each day, "Jul 18", "Jul" with the year below, "2016" — in the plot's
// locale ("18 июл."), English for exports.
// Owned by the axis through QSharedPointer; reads the axis (font, pixel length) it is given,
// which must outlive it or be null. GUI thread only. Cost: one QDateTime conversion per tick.
class ZonedTimeTicker : public QCPAxisTicker {
public:
    enum class Unit { Second, Minute, Hour, Day, Week, Month, Year };
    struct Step {
        Unit unit = Unit::Hour;
        int count = 1;
        bool operator==(const Step &) const = default;
    };

    explicit ZonedTimeTicker(QCPAxis *axis = nullptr, const QTimeZone &zone = QTimeZone::utc());

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    // The step chosen for a range (s) on an axis of axisPixels, with labels in font.
    Step stepFor(const QCPRange &range, double axisPixels, const QFont &font) const;
    // Tick positions (s) inside range, on wall-clock boundaries of step in the zone.
    QVector<double> ticksFor(const Step &step, const QCPRange &range) const;
    // Labels for ticks made with step; a tick's date or year is shown when it differs from
    // the previous tick's (always on the first).
    QVector<QString> labelsFor(const Step &step, const QVector<double> &ticks) const;

    static const QList<Step> &niceSteps();
    // The shortest real duration of a step in seconds (a month 28 days, a day 23 hours).
    static double minimumSeconds(const Step &step);
    // The widest label line a step can produce in font, plus the gap labels keep.
    static double labelSlotWidth(const Step &step, const QFont &font);

protected:
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    QPointer<QCPAxis> m_axis;
    QLocale m_locale = QLocale::c(); // the labels' (the plot's), as of the last generate()
    QTimeZone m_zone;
};
