// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_owner_columns.h"

#include "clickhouse_sql.h"
#include "name_glob.h"

QByteArray ClickHouseOwnerColumns::column(LookupField field) const
{
    if (!isOwnerField(field))
        return ClickHouseSql::column(field);
    if (ownerSource(field) == LookupField::Answer)
        return "arrayJoin(" + values(field) + ")";
    const auto found = expressions.find(field);
    return found != expressions.end() ? found->second : QByteArray("toUInt64(0)");
}

QByteArray ClickHouseOwnerColumns::values(LookupField field) const
{
    const auto found = expressions.find(field);
    if (found == expressions.end())
        return "[toUInt64(0)]";
    return "if(empty(" + found->second + "), [toUInt64(0)], " + found->second + ")";
}

QByteArray ClickHouseOwnerColumns::condition(LookupField field, const QString &glob) const
{
    if (glob == QLatin1String("*"))
        return "1";
    const QRegularExpression re = NameGlob::pattern(glob);
    QList<quint64> matching;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (it.key() != 0 && re.match(it.value()).hasMatch())
            matching.append(it.key());
    }
    if (matching.isEmpty())
        return "0";
    if (ownerSource(field) == LookupField::Answer)
        return "hasAny(" + ClickHouseSql::hashArray(matching) + ", " + values(field) + ")";
    return "has(" + ClickHouseSql::hashArray(matching) + ", " + column(field) + ")";
}
