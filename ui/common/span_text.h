// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// A length of time for a person to read, rounded to its two largest units ("2 days 3 hours",
// "13 hours 40 minutes", "4 minutes 12 seconds", "42 seconds", "1.5 seconds"), translated and
// in the locale's numbers. DurationText writes exact durations the command line accepts; this
// one is for what a gesture or a view spans, which is rarely a whole unit. Stateless.
class SpanText {
    Q_DECLARE_TR_FUNCTIONS(SpanText)
public:
    static QString approximate(qint64 us, const QLocale &locale);
};
