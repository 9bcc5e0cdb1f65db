// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QWidget>

class QHBoxLayout;

// A row above the timeline with a chip per active filter ("qname = mail1*  ✕"): clicking a
// chip drops that filter, "Clear" drops them all. Hidden when nothing is filtered, so the
// active filter is visible at a glance. GUI thread only.
class FilterChipBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    void setFilters(const QList<FieldFilter> &filters);
    QList<FieldFilter> filters() const { return m_filters; }
    // The chips' texts, in order (for tests).
    QStringList chipTexts() const;

signals:
    void filtersEdited(const QList<FieldFilter> &filters);

private:
    QList<FieldFilter> m_filters;
    QHBoxLayout *m_chips;
};
