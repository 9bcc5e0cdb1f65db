// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacy_text.h"

#include <cstring>

namespace {

// Code points of Windows-1252's bytes 0x80-0x9F (0: undefined); the rest is Latin-1.
constexpr char16_t kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isAscii(QByteArrayView text)
{
    qsizetype i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word;
        memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; i < text.size(); ++i) {
        if (quint8(text[i]) & 0x80)
            return false;
    }
    return true;
}

} // namespace

bool LegacyText::isUtf8(QByteArrayView text)
{
    if (isAscii(text))
        return true;
    const auto *p = reinterpret_cast<const quint8 *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const quint8 c = *p++;
        if (c < 0x80)
            continue;
        int more;
        quint32 cp;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1, cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2, cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < more)
            return false;
        for (int k = 0; k < more; ++k) {
            if ((p[k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3f);
        }
        p += more;
        if ((more == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
            (more == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
    }
    return true;
}

void LegacyText::windows1252ToUtf8(QByteArrayView text, QByteArray &out)
{
    out.resize(0);
    out.reserve(text.size() * 2);
    for (char ch : text) {
        const quint8 c = quint8(ch);
        if (c < 0x80) {
            out.append(ch);
            continue;
        }
        char16_t cp = c >= 0xa0 ? char16_t(c) : kHigh[c - 0x80];
        if (!cp)
            cp = 0xfffd;
        if (cp < 0x800) {
            out.append(char(0xc0 | (cp >> 6)));
        } else {
            out.append(char(0xe0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        }
        out.append(char(0x80 | (cp & 0x3f)));
    }
}
