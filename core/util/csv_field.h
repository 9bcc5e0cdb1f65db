// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writing one CSV field (RFC 4180), the one way every CSV the project writes escapes its text
// (bins, drill-down records, the Records dock's copy, events): the text as UTF-8, as is, or
// in double quotes with each quote doubled when it holds a comma, a quote, a CR or LF, or
// leading or trailing white space (which readers, ours included, would trim).
// The inverse is CsvTokenizer. Pure; thread-safe. Cost: O(length).
namespace CsvField {
QByteArray encode(const QString &text);
} // namespace CsvField
