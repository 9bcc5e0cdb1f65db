// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

// RejectLog: the one bookkeeping of rejected records in an ImportReport, for every importer and
// the events readers: counts each, keeps the first ImportReport::kMaxIssues with their record
// number, and in strict mode sets the report's error at the first ("packet 12: … (--strict)"
// for unit "packet").
//
// Ownership: writes to the caller's report, which must outlive it.
// Thread-safety: none; one per import. Cost: O(1) per reject.
class RejectLog {
public:
    RejectLog(ImportReport &report, bool strict, const char *unit) : m_report(report), m_strict(strict), m_unit(unit) {}
    // Returns whether the import may go on (false: strict mode met this reject).
    bool reject(qint64 record, const QString &message);
    // A reject that strict mode tolerates (e.g. packets of an unsupported link type): counted,
    // its issue kept only when keepIssue (the first of its kind).
    void tolerate(qint64 record, const QString &message, bool keepIssue);
    // The import must stop: strict mode met a reject.
    bool failed() const { return m_report.error.has_value(); }

private:
    ImportReport &m_report;
    bool m_strict;
    const char *m_unit;
};
