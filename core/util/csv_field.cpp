// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_field.h"

QByteArray CsvField::encode(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') ||
        utf8 != utf8.trimmed();
    if (!quote)
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}
