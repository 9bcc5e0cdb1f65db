// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_coincidence.h"
#include "failure.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QSpinBox;

// The Analysis dock's Coincidence tab: which series (the view's lookups, or the starts of its
// bursts), which events (all or a category), the window W, the number of circular shifts and
// the seed; the result as a plain-language sentence, the null distribution as a histogram with
// the observed share marked, and the peri-event histogram (lead and lag around the events).
// GUI thread only.
class CoincidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit CoincidencePanel(QWidget *parent = nullptr);

    // The event categories to offer besides "All events".
    void setCategories(const QStringList &categories);
    QString events() const; // "all" or a category
    void setEventsChoice(const QString &allOrCategory);
    bool ofBursts() const; // the series: burst starts, else lookups
    // Throws Failure (BadInput) when the window is not a duration.
    EventCoincidence::Params params() const;
    void setResult(const EventCoincidence::Result &result);
    void setMessage(const QString &message);
    QString sentence() const;
    static QString sentenceFor(const EventCoincidence::Result &r, const QLocale &locale);
    const std::optional<EventCoincidence::Result> &result() const { return m_result; }
    QLineEdit *windowEdit() const { return m_window; }

signals:
    void paramsChanged();

private:
    void drawNull(const EventCoincidence::Result &r);
    void drawPeri(const EventCoincidence::Result &r);

    QComboBox *m_series, *m_events;
    QLineEdit *m_window;
    QSpinBox *m_shifts, *m_seed;
    QLabel *m_sentence;
    QCustomPlot *m_null, *m_peri;
    std::optional<EventCoincidence::Result> m_result;
};
