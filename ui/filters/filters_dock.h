// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QDockWidget>
#include <QList>

class QLineEdit;

// The Filters dock: a glob for each of client, qname, qtype, rcode, server and proto (dns or
// mdns) (`*` any run,
// `?` one character, `[set]`; case-insensitive, whole value); every filled one must match.
// Enter or leaving a field applies; Clear empties them all. It holds no state of its own
// beyond the edits: setFilters shows the controller's. GUI thread only.
class FiltersDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FiltersDock(QWidget *parent = nullptr);

    void setFilters(const QList<FieldFilter> &filters);
    QList<FieldFilter> filters() const;
    QLineEdit *editFor(LookupField field) const;

signals:
    void filtersEdited(const QList<FieldFilter> &filters);

private:
    QList<QLineEdit *> m_edits; // kViewFields order
};
