// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_field.h"

#include <QCoreApplication>
#include <QString>

// The fields of a lookup as the window names them, in its language: labels and column
// headers. The field names of the command line and of filter chips (client, qname, …) are
// syntax and stay as they are. Stateless.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    static QString of(LookupField field);
    // A column of the import preview (ImportPreview::headers: time, client, …, rrname, count)
    // or a slot of the column mapping (ColumnMapping::slotNames: timestamp, client, …).
    static QString ofColumn(const QString &key);
};
