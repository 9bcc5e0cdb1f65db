// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `dnstimeline stats STORE ANALYSIS [view options] [analysis options]`: runs one of the
// core/analysis analyses headless and prints its result as one JSON object on stdout.
// args[0] is "dnstimeline stats". Returns the exit code (2: usage error, 1: failure).
int runStatsCommand(const QStringList &args);
