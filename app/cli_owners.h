// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `dnstimeline owners STORE list|import FILE|export FILE|label VALUE... [--format csv|json]
// [--replace] [--mmdb FILE]`: the store's address book (CIDR or name glob → label) as JSON on
// stdout (list), read from a CSV or JSON file in one transaction, all of it or nothing
// (import; --replace drops the rows the file does not have), written to a file or stdout
// (export), or what the book and the --mmdb databases say about values (label, JSON lines).
// args[0] is "dnstimeline owners". Returns the exit code (2: usage error, 1: failure).
int runOwnersCommand(const QStringList &args);
