// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "failure.h"
#include "series_look.h"
#include "timeline_event.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// What a chart shows: the bins, the events, a title and a subtitle, in a zone, at a size
// (pixels; PDF and SVG keep it as their page size; PNG and JPG come out size × scale pixels,
// everything drawn scale times larger). range: the time shown (µs UTC, half-open); none shows
// the table's edges. footer: parts joined with " · " and wrapped to the width, in small grey
// type under the chart. The theme is light (print-friendly) unless dark. Series in
// look.hidden are neither drawn nor listed in the legend.
struct ChartSpec {
    BinTable table;
    QList<TimelineEvent> events;
    QString title;
    QString subtitle;
    QStringList footer;
    QTimeZone zone = QTimeZone::utc();
    QSize size{1600, 900};
    double scale = 1;
    bool legend = true;
    bool dark = false;
    SeriesLook look;
    std::optional<TimeRange> range;
};

// Draws a ChartSpec to an image or a file through an offscreen TimelinePlot, so the command
// line and the window's export give the same picture for the same view. Needs a
// QApplication (any platform, offscreen included); call it on the GUI thread. Cost: about
// 0.1–0.2 s for a couple of thousand bars at 1600×900.
class ChartRenderer {
public:
    // Writes PNG, JPG/JPEG, PDF or SVG, chosen by filePath's extension (case-insensitive).
    // Throws Failure naming the file (BadInput: an unknown format or no size; Io: not written).
    static void render(const ChartSpec &spec, const QString &filePath);
    // The bytes of the file render() writes for format ("png", "svg", …), through a temporary
    // file: an EvidenceBundle::ChartDrawer. Throws Failure like render().
    static QByteArray renderFile(const ChartSpec &spec, const QString &format);
    // The chart as an image of size × scale pixels (what PNG and JPG files hold).
    static QImage renderImage(const ChartSpec &spec);
    // The footer parts as lines no wider than width pixels in font (words kept whole).
    static QString wrapFooter(const QStringList &parts, const QFont &font, int width);
};
