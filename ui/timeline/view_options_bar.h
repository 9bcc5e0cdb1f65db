// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_width.h"
#include "lookup_field.h"
#include "series_look.h"

#include <QTimeZone>
#include <QToolBar>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class TimeZoneBox;

// The toolbar of view settings: split (none, dataset, client, qname, qtype, rcode, server, proto),
// top K, style (stacked bars, lines, steps), log counts, moving average (bins), bin width
// (auto or fixed) and display zone. It only reports what the user picks; the set* functions
// show a state without emitting. GUI thread only.
class ViewOptionsBar : public QToolBar {
    Q_OBJECT
public:
    explicit ViewOptionsBar(QWidget *parent = nullptr);

    void setSplit(const std::optional<LookupField> &split, int topK);
    void setLook(const SeriesLook &look);
    void setBinWidth(const std::optional<BinWidth> &width);
    void setZone(const QTimeZone &zone);

    QComboBox *splitBox() const { return m_split; }
    QComboBox *styleBox() const { return m_style; }
    QSpinBox *topKBox() const { return m_topK; }
    TimeZoneBox *zoneBox() const { return m_zone; }

signals:
    void splitChosen(const std::optional<LookupField> &split);
    void topKChosen(int topK);
    void styleChosen(SeriesStyle style);
    void logScaleChosen(bool on);
    void movingAverageChosen(int bins);
    void binWidthChosen(const std::optional<BinWidth> &width);
    void zoneChosen(const QTimeZone &zone);

private:
    QComboBox *m_split;
    QSpinBox *m_topK;
    QComboBox *m_style;
    QCheckBox *m_log;
    QSpinBox *m_average;
    QComboBox *m_width;
    TimeZoneBox *m_zone;
};
