// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_text_lines.h"

#include <algorithm>

qint64 JsonTextLines::lineAt(QByteArrayView data, qsizetype offset)
{
    return 1 + data.first(std::clamp<qsizetype>(offset, 0, data.size())).count('\n');
}

QList<qint64> JsonTextLines::elementLines(QByteArrayView data)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false, escaped = false, expect = false;
    for (char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            inString = escaped || c != '"';
            escaped = !escaped && c == '\\';
            continue;
        }
        if (expect && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']') {
            lines.append(line);
            expect = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            expect = ++depth == 1;
        else if (c == ']' || c == '}')
            --depth;
        else if (c == ',' && depth == 1)
            expect = true;
    }
    return lines;
}
