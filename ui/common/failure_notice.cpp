// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failure_notice.h"

#include <QCoreApplication>
#include <QMessageBox>

QString FailureNotice::headline(Failure::Kind kind)
{
    switch (kind) {
    case Failure::Kind::BadInput:
        return QCoreApplication::translate("FailureNotice", "Not readable");
    case Failure::Kind::NotFound:
        return QCoreApplication::translate("FailureNotice", "Not found");
    case Failure::Kind::Refused:
        return QCoreApplication::translate("FailureNotice", "Not allowed");
    case Failure::Kind::Unreachable:
        return QCoreApplication::translate("FailureNotice", "Cannot reach the server");
    case Failure::Kind::TimedOut:
        return QCoreApplication::translate("FailureNotice", "No answer in time (busy?)");
    case Failure::Kind::Corrupt:
        return QCoreApplication::translate("FailureNotice", "Damaged or not a store");
    case Failure::Kind::NewerVersion:
        return QCoreApplication::translate("FailureNotice", "Made by a newer release");
    case Failure::Kind::Cancelled:
        return QCoreApplication::translate("FailureNotice", "Cancelled");
    case Failure::Kind::Io:
        return QCoreApplication::translate("FailureNotice", "Reading or writing failed");
    }
    return {};
}

QString FailureNotice::line(const Failure &failure)
{
    return headline(failure.kind()) + QStringLiteral(": ") + failure.message();
}

void FailureNotice::warn(QWidget *parent, const QString &title, const Failure &failure)
{
    if (isQuiet(failure))
        return;
    QMessageBox::warning(parent, title, headline(failure.kind()) + QStringLiteral(".\n\n") + failure.message());
}
