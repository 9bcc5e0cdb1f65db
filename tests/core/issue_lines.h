// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The line numbers of a report's first issues, in order: what the importer and event-file
// tests compare against the lines they broke.
#pragma once

#include "import_types.h"

#include <QList>

inline QList<qint64> issueLines(const ImportReport &report)
{
    QList<qint64> lines;
    for (const ImportIssue &issue : report.firstIssues)
        lines.append(issue.line);
    return lines;
}
