// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The Analysis dock's Overlays tab: what the timeline shows besides the counts: the coverage
// lane (with its gap threshold), one derived series (NXDOMAIN or SERVFAIL share, distinct or
// first-seen names per bin) on a second axis or over the counts, and the seasonal baseline
// band. Holds the choices only; the dock computes and the AnalysisOverlay draws. GUI thread.
class SeriesPanel : public QWidget {
    Q_OBJECT
public:
    enum class Derived { None, NxdomainShare, ServfailShare, UniqueNames, FirstSeenNames };

    explicit SeriesPanel(QWidget *parent = nullptr);

    bool coverage() const;
    std::optional<qint64> gapUs() const; // none: not a duration
    Derived derived() const;
    void setDerived(Derived derived);
    bool secondAxis() const;
    bool baseline() const;
    void setBaseline(bool on);
    void setCoverageText(const QString &text);
    void setBaselineText(const QString &text);
    QString baselineText() const;

signals:
    void coverageChanged();
    void derivedChanged();
    void baselineChanged();

private:
    QCheckBox *m_coverage, *m_baseline;
    QLineEdit *m_gap;
    QComboBox *m_derived, *m_axis;
    QLabel *m_coverageText, *m_baselineText;
};
