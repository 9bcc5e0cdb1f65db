// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTimer;

// What the window tells the user once something finished: an import's count, an export's
// path, a file the store already holds. A pale bar over the chart, the window's width, with
// the text and action buttons ("Open folder", "Import again"), shown until the next notice, a
// click on an action or the close button, or timeoutMs (0: until replaced); unlike
// QStatusBar::showMessage it is neither cut short nor wiped by a menu's tooltips. GUI thread
// only; owned by the window (Qt parent).
class StatusNotice : public QWidget {
    Q_OBJECT
public:
    struct Action {
        QString text;
        std::function<void()> run;
    };

    explicit StatusNotice(QWidget *parent = nullptr);

    void post(const QString &text, const QList<Action> &actions = {}, int timeoutMs = 60'000);
    void dismiss();
    QString text() const; // empty when nothing is shown
    // The action buttons shown now, in order (for tests and keyboard users).
    QList<QPushButton *> actionButtons() const { return m_buttons; }
    // "Open folder": shows path's folder in the desktop's file manager.
    static Action openFolder(const QString &path);

private:
    void clearButtons();

    QLabel *m_label;
    QHBoxLayout *m_actions;
    QList<QPushButton *> m_buttons;
    QTimer *m_timeout;
};
