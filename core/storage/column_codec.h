// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_row.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>

// The compact column encoding of lookup_blocks, the store's time index.
// Times: the first value as 8 bytes little-endian, then each non-negative delta as a LEB128
// varint (a block's times are sorted). Name ids: one byte w (0–4), then every id as w bytes
// little-endian; w = 0 means every id is 0 (absent).
// Flags (schema v3): an empty blob when every row's flags are 0, the usual all-DNS block, so
// it costs nothing; else a tag byte then either (tag 1) runs, each a LEB128 length >= 1 and
// the value byte, or (tag 2) one byte per row, whichever is shorter.
// Answers (schema v5): an empty blob when no row has answers (every block of a source without
// them); else a tag byte 1, a LEB128 length, and that many bytes deflated with zlib: a width
// byte and every row's answer set id (LookupRow::answers) as in a name column, then the base
// TTL (LookupRow::answerTtl) of each row with answers as a LEB128 varint. Answer sets repeat
// heavily, so the deflated ids and TTLs of the Zeek corpus take about one byte per lookup.
// Decoding validates sizes and returns false on a damaged blob instead of reading past it.
// Stateless; safe from any thread. Cost: linear in the rows, no allocation beyond the output.
namespace ColumnCodec {
QByteArray encodeTimes(std::span<const LookupRow> rows);
QByteArray encodeNames(std::span<const LookupRow> rows, int nameIndex);
bool decodeTimes(QByteArrayView blob, qint64 *out, qsizetype count);
bool decodeNames(QByteArrayView blob, quint32 *out, qsizetype count);
QByteArray encodeFlags(std::span<const LookupRow> rows);
// Writes each row's flags byte as a quint32.
bool decodeFlags(QByteArrayView blob, quint32 *out, qsizetype count);
QByteArray encodeAnswers(std::span<const LookupRow> rows);
// Writes each row's answer set id to ids and, when ttls is not null, its base TTL (0 without answers).
bool decodeAnswers(QByteArrayView blob, quint32 *ids, quint32 *ttls, qsizetype count);
// LEB128 varints, shared with the rollups' encoding (RollupCodec).
void appendVarint(QByteArray &out, quint64 value);
// The value at *p (advanced past it); false if it runs past end or overflows.
bool readVarint(const quint8 *&p, const quint8 *end, quint64 *value);
} // namespace ColumnCodec
