// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

// Answers the modal dialogs a GUI test runs into. A dialog opened with exec() (a message box,
// an input dialog, a file dialog) blocks the test's own call until someone closes it, so a
// timer looks for the active modal widget every few milliseconds, also inside those nested
// event loops: the answer the test armed with expect() gets it; any other dialog is recorded
// as unexpected (its title and text) and rejected. GUI thread only.
class ModalDialogHandler : public QObject {
    Q_OBJECT
public:
    using Answer = std::function<void(QWidget *dialog)>;

    explicit ModalDialogHandler(QObject *parent = nullptr);

    // The next modal dialog gets answer (once). expected: the dialog class it must be.
    void expect(const char *expected, Answer answer);
    // Whether the armed answer has been used (false: the dialog never came).
    bool answered() const { return !m_answer; }
    void disarm() { m_answer = nullptr; }
    // Dialogs nobody expected, as "Title: text"; they were rejected.
    const QStringList &unexpected() const { return m_unexpected; }

private:
    void poll();

    QTimer m_timer;
    const char *m_expected = nullptr;
    Answer m_answer;
    QStringList m_unexpected;
    bool m_inAnswer = false;
};
