// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automated_traffic.h"
#include "periodicity_scorer.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

// The Analysis dock's Periodicity tab: the busiest client → query name pairs of the view with
// their beacon score, median gap and dominant period, each marked automated-looking or
// human-looking, and the toggle "Hide automated traffic" that asks the window to leave every
// automated pair (not only the listed ones) out of the timeline. GUI thread only.
class PeriodicityPanel : public QWidget {
    Q_OBJECT
public:
    // A result with the names resolved to text (on the worker).
    struct Named {
        PeriodicityScorer::Result result;
        QStringList clients, qnames;      // of result.top
        QList<ClientQnamePair> automated; // every automated pair
        QList<AutomatedPair> scored;      // the same with their scores
    };

    explicit PeriodicityPanel(QWidget *parent = nullptr);

    PeriodicityScorer::Params params() const;
    bool hideAutomated() const;
    void setHideAutomated(bool hide);
    // The beacon score from which a pair looks automated (0.5 … 1, default 0.8).
    void setAutomatedAt(double score);
    // Both, and the result cleared, without signals: a view restored for another store.
    void restore(bool hide, double automatedAt);
    void setResult(const Named &named);
    const QList<ClientQnamePair> &automated() const { return m_named.automated; }
    const QList<AutomatedPair> &automatedScored() const { return m_named.scored; }
    QTableWidget *table() const { return m_table; }

signals:
    void paramsChanged();
    void hideAutomatedToggled(bool hide);

private:
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_hide;
    QTableWidget *m_table;
    QLabel *m_summary;
    Named m_named;
};
