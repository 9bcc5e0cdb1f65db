// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// A long task's progress in the status bar: a label, a bar (busy when no fraction is known)
// and a Cancel button that emits cancelRequested. Hidden when no task runs. GUI thread only.
class TaskProgress : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgress(QWidget *parent = nullptr);

    // permille < 0: busy without a known fraction.
    void showProgress(const QString &text, int permille, bool cancellable);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
