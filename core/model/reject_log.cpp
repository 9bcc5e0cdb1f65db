// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reject_log.h"

bool RejectLog::reject(qint64 record, const QString &message)
{
    tolerate(record, message, true);
    if (m_strict && !m_report.error)
        m_report.error =
            Failure(Failure::Kind::BadInput,
                    QStringLiteral("%1 %2: %3 (--strict)").arg(QLatin1String(m_unit)).arg(record).arg(message));
    return !m_strict;
}

void RejectLog::tolerate(qint64 record, const QString &message, bool keepIssue)
{
    ++m_report.rejected;
    if (keepIssue && m_report.firstIssues.size() < ImportReport::kMaxIssues)
        m_report.firstIssues.append({record, message});
}
