// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The headless command line: `dnstimeline SUBCOMMAND …`. The form of every subcommand is a
// contract (README, --help): keep it stable.
namespace Cli {
const QStringList &subcommands();
bool needsGui(const QString &subcommand); // render paints, so it needs a QApplication
int run(const QStringList &arguments);    // arguments[0] is the program, [1] the subcommand
QString overview();                       // the top-level --help text
} // namespace Cli
