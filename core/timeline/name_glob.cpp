// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "name_glob.h"

QRegularExpression NameGlob::pattern(const QString &glob)
{
    QString re = QStringLiteral("\\A(?:");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        const qsizetype close = c == QLatin1Char('[') ? glob.indexOf(QLatin1Char(']'), i + 2) : -1;
        if (c == QLatin1Char('*')) {
            re += QLatin1String(".*");
        } else if (c == QLatin1Char('?')) {
            re += QLatin1Char('.');
        } else if (close > 0) {
            QString set = glob.mid(i + 1, close - i - 1);
            const bool negated = set.startsWith(QLatin1Char('!')) || set.startsWith(QLatin1Char('^'));
            if (negated)
                set.remove(0, 1);
            set.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('['), QLatin1String("\\["));
            re += QLatin1Char('[') + (negated ? QLatin1String("^") : QLatin1String("")) + set + QLatin1Char(']');
            i = close;
        } else {
            // A character outside the BMP is a surrogate pair: escaped as one, since a lone
            // half is not valid UTF-16 and makes the whole expression invalid.
            const qsizetype units = c.isHighSurrogate() && i + 1 < glob.size() && glob[i + 1].isLowSurrogate() ? 2 : 1;
            re += QRegularExpression::escape(glob.mid(i, units));
            i += units - 1;
        }
    }
    return QRegularExpression(re + QLatin1String(")\\z"), QRegularExpression::CaseInsensitiveOption);
}

std::vector<bool> NameGlob::matchingIds(const QString &glob, const std::vector<QString> &names)
{
    const QRegularExpression re = pattern(glob);
    std::vector<bool> pass(names.size(), false);
    for (size_t id = 1; id < names.size(); ++id)
        pass[id] = re.match(names[id]).hasMatch();
    if (!pass.empty())
        pass[0] = glob == QLatin1String("*");
    return pass;
}
