// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// LegacyText: text from Windows tools that write the system's "ANSI" code page instead of
// UTF-8. A line that is valid UTF-8 is kept as it is; any other is read as Windows-1252 (the
// ANSI code page of Western European and US Windows) and converted.
//
// Thread-safety: reentrant functions. Cost: one pass; ASCII is checked 8 bytes at a time.
namespace LegacyText {
// Whether text is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool isUtf8(QByteArrayView text);
// text (Windows-1252) as UTF-8 into out; the five bytes 1252 leaves undefined become U+FFFD.
void windows1252ToUtf8(QByteArrayView text, QByteArray &out);
} // namespace LegacyText
