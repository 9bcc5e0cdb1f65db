// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer_subject.h"

#include "ip_address.h"

#include <QList>
#include <QStringView>

#include <algorithm>

namespace {

bool isNumber(QStringView token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
}

bool isName(QStringView token)
{
    bool letter = false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        letter = letter || alpha;
        if (!alpha && !(u >= '0' && u <= '9') && u != '-' && u != '_' && u != '.' && u != '*')
            return false;
    }
    return letter;
}

} // namespace

QString AnswerSubject::of(const QString &rdata)
{
    const QStringView text = QStringView(rdata).trimmed();
    if (IpAddress::parse(text))
        return text.toString();
    const QList<QStringView> tokens = text.split(u' ', Qt::SkipEmptyParts);
    if (tokens.size() == 1)
        return isName(tokens[0]) ? tokens[0].toString() : QString();
    if (tokens.size() == 4 && isNumber(tokens[0]) && isNumber(tokens[1]) && isNumber(tokens[2]) && isName(tokens[3]))
        return tokens[3].toString(); // SRV
    if (tokens.size() >= 2 && isNumber(tokens[0]) && isName(tokens[1]) &&
        std::all_of(tokens.begin() + 2, tokens.end(), [](QStringView t) { return t.contains(u'='); }))
        return tokens[1].toString(); // MX, KX, AFSDB; SVCB and HTTPS with their parameters
    return {};
}
