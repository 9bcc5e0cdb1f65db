// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

// JsonTextLines: where things are in the text of a JSON document, for messages that name a
// line (QJsonDocument reports byte offsets and nothing else). 1-based lines.
// Pure functions; thread-safe. Cost: one pass over the text.
namespace JsonTextLines {
// The line holding byte offset (clamped to the text).
qint64 lineAt(QByteArrayView data, qsizetype offset);
// The line on which each element of the top-level array starts (none if the text is not an array).
QList<qint64> elementLines(QByteArrayView data);
} // namespace JsonTextLines
