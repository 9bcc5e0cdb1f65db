// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modal_dialog_handler.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QWidget>

ModalDialogHandler::ModalDialogHandler(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &ModalDialogHandler::poll);
    m_timer.start();
}

void ModalDialogHandler::expect(const char *expected, Answer answer)
{
    m_expected = expected;
    m_answer = std::move(answer);
}

void ModalDialogHandler::poll()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || m_inAnswer || !modal->isVisible())
        return;
    m_inAnswer = true;
    if (m_answer && modal->inherits(m_expected)) {
        const Answer answer = std::exchange(m_answer, nullptr);
        answer(modal);
    } else {
        QString text = modal->windowTitle();
        if (const auto *box = qobject_cast<QMessageBox *>(modal))
            text += QStringLiteral(": ") + box->text();
        m_unexpected.append(QStringLiteral("%1 (%2)").arg(text, QString::fromLatin1(modal->metaObject()->className())));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
    m_inAnswer = false;
}
