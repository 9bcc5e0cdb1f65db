// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// AddressBookFile: address books as files, to import into a store and export from it.
//   CSV   header `pattern,label,note,source_url` (pattern and label required, columns in any
//         order, others ignored), RFC 4180 quoting, UTF-8.
//   JSON  an array of objects {"pattern": …, "label": …, "note": …, "source_url": …}.
// Reading is all or nothing: a row without a pattern or label, a pattern AddressPattern
// rejects, the same pattern twice, broken quoting or JSON fail the whole file with a Failure
// (BadInput) whose message names the file and the line of each problem (up to 10), e.g.
// "bank.csv:4: '192.0.2.7/24': has bits set after the prefix: 192.0.2.0/24?". Patterns come
// back in their canonical spelling; ids are 0.
// Stateless; thread-safe. Cost: the file is read whole (at most kMaxFileBytes).
namespace AddressBookFile {
enum class Format { Csv, Json };
inline constexpr qint64 kMaxFileBytes = qint64(64) << 20;

std::optional<Format> fromName(const QString &name);      // csv, json
std::optional<Format> fromExtension(const QString &path); // .csv, .json
Format sniff(QByteArrayView head);                        // '[' first: JSON, else CSV

// fileName names the source in messages.
QList<AddressBookEntry> read(QByteArrayView data, Format format, const QString &fileName);
// Reads path in format (none: by extension, else by content).
QList<AddressBookEntry> readFile(const QString &path, std::optional<Format> format = std::nullopt);
QByteArray write(const QList<AddressBookEntry> &entries, Format format);
} // namespace AddressBookFile
