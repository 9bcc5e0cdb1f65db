// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "burst_detector.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The Analysis dock's Bursts tab: Kleinberg's s and γ (and the number of states), the bursts
// found in the view as a table, and buttons that accept the selected (or every) suggestion as
// a range event. The bursts are drawn on the timeline by the AnalysisOverlay. GUI thread.
class BurstPanel : public QWidget {
    Q_OBJECT
public:
    explicit BurstPanel(QWidget *parent = nullptr);

    BurstDetector::Params params() const;
    bool showOnTimeline() const;
    void setResult(const QList<BurstDetector::Burst> &bursts, const QTimeZone &zone);
    const QList<BurstDetector::Burst> &bursts() const { return m_bursts; }
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    // Why bursts cannot become events (none: they can): the accept buttons are then off, and
    // their tooltips say why.
    void setReadOnlyReason(const std::optional<QString> &reason);

signals:
    void paramsChanged();
    void acceptRequested(const QList<BurstDetector::Burst> &bursts);

private:
    QDoubleSpinBox *m_s, *m_gamma;
    QSpinBox *m_levels;
    QCheckBox *m_show;
    QTableWidget *m_table;
    QPushButton *m_accept, *m_acceptAll;
    QLabel *m_summary;
    QList<BurstDetector::Burst> m_bursts;
    std::optional<QString> m_readOnlyReason;
};
