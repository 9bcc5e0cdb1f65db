// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `dnstimeline` (DNSTL_BINARY) as a user would, for the command-line tests.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace cli_test {

struct Run {
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline Run dnstimeline(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(DNSTL_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace cli_test
