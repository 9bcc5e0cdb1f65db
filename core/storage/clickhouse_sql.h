// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Building ClickHouse SQL from user-supplied values. ClickHouse 18.16 has no bound parameters,
// so every value that reaches SQL text passes through quote() (strings) or is a number
// formatted here; identifiers (database, cluster) must pass isIdentifier() first.
// Pure functions; thread-safe. Cost: linear in the input.
namespace ClickHouseSql {
// A single-quoted string literal holding exactly the UTF-8 bytes of text: backslash, quote,
// NUL, control characters and DEL are escaped; everything else (%, _, *, ;, non-ASCII) is
// literal, which is safe since no value is ever used with LIKE.
QByteArray quote(const QString &text);
QByteArray quote(QByteArrayView utf8);
// [A-Za-z_][A-Za-z0-9_]* — the only identifiers put into SQL unquoted.
bool isIdentifier(const QString &name);
// A comma-separated list of integers, "(1, 2)" form without the parentheses.
QByteArray numberList(const QList<qint64> &values);
// [quote(a), quote(b), …]
QByteArray stringArray(const QStringList &values);
// How the store keeps a name (layout 2): sipHash64 of its UTF-8 bytes, 0 for the absent
// (empty) name.
quint64 nameHash(QByteArrayView utf8);
quint64 nameHash(const QString &text);
// " AND (client_h, qname_h) NOT IN ((h1, h2), …)" for BinQuery/RecordQuery::excludedPairs, or
// "" when there are none. Pairs with an empty text are left out: no stored lookup carries them.
QByteArray excludedPairsCondition(const QList<ClientQnamePair> &pairs);
// The RE2 pattern (for match()) of a NameGlob: the same language, whole-value and
// case-insensitive, where `.` never matches a newline as in NameGlob's PCRE pattern.
QByteArray globRegex(const QString &glob);
// The RE2 pattern of an answer set's stored text (AnswerSetText, names of kind 7) in which one
// record's rdata matches the glob: multi-line, each line "TYPE<TAB>OFFSET<TAB>RDATA".
QByteArray answerSetRegex(const QString &glob);
// A boolean SQL condition on column `column` (a String, '' when absent) true exactly where
// NameGlob accepts the value: an absent value matches only the glob "*".
QByteArray globCondition(const QByteArray &column, const QString &glob);
// The hash column of a name-valued field ("client_h" …); "dataset" for Dataset; for proto, an
// expression over the flags column giving nameHash("dns") or nameHash("mdns"); for answer,
// arrayJoin over answerValues(): one row per distinct answer of the lookup (layout 3).
QByteArray column(LookupField field);
// A lookup's distinct answer values as rdata hashes, [0] for a lookup without answers.
QByteArray answerValues();
// "[1, 2]": an array literal of unsigned integers (name hashes).
QByteArray hashArray(const QList<quint64> &values);
} // namespace ClickHouseSql
