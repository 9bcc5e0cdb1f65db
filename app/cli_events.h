// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `dnstimeline events STORE list|import FILE|export FILE [--format csv|json|ics]`: the store's
// events as JSON on stdout (list), read from a CSV, JSON or iCalendar file in one transaction
// (import), or written to a file or stdout (export). args[0] is "dnstimeline events".
// Returns the exit code (2: usage error, 1: failure).
int runEventsCommand(const QStringList &args);
