// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "lookup_record.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <span>

// AnswerSetText: the stored form of a lookup's answer section, shared by every store (SQLite's
// answer_sets.answers, ClickHouse's names of kind 6) so that both intern the same sets.
// One line per answer record, in order, lines joined by '\n': "TYPE<TAB>OFFSET<TAB>RDATA".
// - TYPE is the mnemonic ("A", "TYPE65"), empty when the source does not say (Zeek);
// - OFFSET is the record's TTL minus the lookup's base TTL, in seconds, signed decimal, empty
//   when the source gave no TTL for it. The base TTL is the first known TTL of the lookup's
//   answers and is kept with each lookup (0 when none is known), so that responses which differ
//   only in how long a cache has held them (TTLs counting down together) share one set;
// - RDATA is presentation text; control characters (tab, newline, …) are written as \DDD, as
//   DNS presentation text writes them, so that tabs and newlines only ever separate.
// A lookup without answers has no set (id or hash 0). TTLs are 0 … 2^32-1 s as on the wire;
// negative ones count as not given, larger ones are cut to 2^32-1.
// Stateless functions; thread-safe. Cost: linear in the text.
namespace AnswerSetText {
// Appends the stored form of answers to out and returns the base TTL.
quint32 append(QByteArray &out, std::span<const RawAnswer> answers);

struct Line {
    QByteArrayView type;
    std::optional<qint64> offset; // none: no TTL given
    QByteArrayView rdata;
};
// Calls fn(const Line &) for each line of a stored set, in order; a line without two tabs is
// skipped (no valid set has one). No allocation.
template<typename Fn>
void forEachLine(QByteArrayView text, Fn fn);
// The same, as a list.
QList<Line> lines(QByteArrayView text);
// The records of a stored set with their TTLs made absolute from the lookup's base TTL.
QList<LookupAnswer> answers(QByteArrayView text, quint32 baseTtl);
// How the drill-down (Records dock, CSV) writes answers: "TYPE TTL RDATA" per record, "-" for
// a type or TTL the source did not give, records joined by "; ".
QString display(const QList<LookupAnswer> &answers);
QString display(std::span<const RawAnswer> answers); // the same for an importer's answers
} // namespace AnswerSetText

template<typename Fn>
void AnswerSetText::forEachLine(QByteArrayView text, Fn fn)
{
    while (!text.isEmpty()) {
        const qsizetype end = text.indexOf('\n');
        const QByteArrayView line = end < 0 ? text : text.first(end);
        text = end < 0 ? QByteArrayView() : text.sliced(end + 1);
        const qsizetype tab1 = line.indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        if (tab2 < 0)
            continue;
        Line l;
        l.type = line.first(tab1);
        bool ok = false;
        const qint64 offset = line.sliced(tab1 + 1, tab2 - tab1 - 1).toLongLong(&ok);
        if (ok)
            l.offset = offset;
        l.rdata = line.sliced(tab2 + 1);
        fn(l);
    }
}
