// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QSize>
#include <QString>
#include <QStringList>

// What an export shows and how: the same things `dnstimeline render` takes on its command
// line, so that a window export can be written down as a command (RenderCommand) and redone.
// query.range, when set, is the time shown (µs UTC, half-open); query.width, when set, a
// concrete bin width. size is in pixels before scale (PNG/JPG come out size × scale pixels;
// PDF and SVG keep size as their page). A plain value.
struct ExportView {
    BinQuery query;
    QString title;
    QString subtitle;
    bool events = true;       // draw the store's events
    bool legend = true;       // the legend of a split
    bool dark = false;        // the dark theme; exports are light (print-friendly) by default
    bool redact = false;      // client and server addresses as pseudonyms (AddressPseudonymizer)
    bool redactNames = false; // query names too
    // How series are drawn: "bars" (stacked), "lines" or "steps"; a logarithmic count axis;
    // a centred moving average over `average` bins (0 or 1: none).
    QString style = QStringLiteral("bars");
    bool logScale = false;
    int average = 0;
    // What the window hides, left out of the chart too: series by the name their legend entry
    // shows ("lookups" for an unsplit view; a pseudonym or the original name when redacted),
    // and events by category (lower case; "note" for events without one).
    QStringList hiddenSeries;
    QStringList hiddenCategories;
    // "Hide automated traffic": the beacon score from which a pair is left out (none: off) and
    // the pairs that rule left out, with their scores; query.excludedPairs holds the same pairs.
    std::optional<double> hideAutomatedAt;
    QList<AutomatedPair> automatedPairs;
    QSize size{1600, 900};
    double scale = 1;
};

// A chart's default title: a store file's base name, or a ClickHouse URL's database.
QString defaultChartTitle(const QString &storeLocation);
