// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// EventCategories: the categories offered for new events and their default colours.
// Categories are free text stored with each event (any name the analyst types is a category);
// these four are the defaults: convention, press, outage, note. An event's own colour, when
// set, wins over its category's. Stateless; the table is a static constant.
class EventCategories {
public:
    struct Category {
        QString name;
        QString color; // #rrggbb
    };
    static const QList<Category> &defaults();
    // The default colour of category, or the colour of "note" for any other category.
    static QString color(const QString &category);
};
