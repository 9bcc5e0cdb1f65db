// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

// RejectLog: the bookkeeping of rejected records in an ImportReport: counts each, keeps the
// first ImportReport::kMaxIssues with their record number, and in strict mode sets the
// report's error at the first ("packet 12: …" for unit "packet").
//
// Ownership: writes to the caller's report, which must outlive it.
// Thread-safety: none; one per import. Cost: O(1) per reject.
class RejectLog {
public:
    RejectLog(ImportReport &report, bool strict, const char *unit) : m_report(report), m_strict(strict), m_unit(unit) {}
    void reject(qint64 record, const QString &message);
    // The import must stop: strict mode met a reject.
    bool failed() const { return m_report.error.has_value(); }

private:
    ImportReport &m_report;
    bool m_strict;
    const char *m_unit;
};
