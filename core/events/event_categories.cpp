// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_categories.h"

const QList<EventCategories::Category> &EventCategories::defaults()
{
    static const QList<Category> all = {
        {QStringLiteral("convention"), QStringLiteral("#1f77b4")},
        {QStringLiteral("press"), QStringLiteral("#d62728")},
        {QStringLiteral("outage"), QStringLiteral("#ff7f0e")},
        {QStringLiteral("note"), QStringLiteral("#7f7f7f")},
    };
    return all;
}

QString EventCategories::color(const QString &category)
{
    for (const Category &c : defaults())
        if (c.name.compare(category, Qt::CaseInsensitive) == 0)
            return c.color;
    return defaults().last().color;
}
