// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

// The fields of a lookup that can split or filter a timeline.
// Name-valued fields (client … server) are ids into the store's names dictionary; proto is
// the lookup's protocol ("dns" or "mdns"), kept as flags (see LookupFlags); answer is the rdata
// of the lookup's answers, a field with several values per lookup (see AnswerSetTable).
enum class LookupField { Dataset, Client, Qname, Qtype, Rcode, Server, Proto, Answer };

// The five name-valued fields, in the order of the store's columns and of LookupRow::names.
inline constexpr std::array<LookupField, 5> kNameFields = {LookupField::Client, LookupField::Qname, LookupField::Qtype,
                                                           LookupField::Rcode, LookupField::Server};

// Every field a view can filter or split on besides the dataset, in the order the CLI, the
// Filters dock and the Split selector list them.
inline constexpr std::array<LookupField, 7> kViewFields = {LookupField::Client, LookupField::Qname,  LookupField::Qtype,
                                                           LookupField::Rcode,  LookupField::Server, LookupField::Proto,
                                                           LookupField::Answer};

// Index of a field into DatasetColumns::names: the five name fields (kNameFields order), then
// proto (kProtoColumn), then answer (kAnswerColumn: answer set ids); -1 for Dataset.
constexpr int nameFieldIndex(LookupField field)
{
    return int(field) - 1;
}
inline constexpr int kProtoColumn = 5;
inline constexpr int kAnswerColumn = 6;
inline constexpr int kColumnCount = 7;

// Per-lookup flags (the store's `flags` column): bit 0 set = mDNS (UDP port 5353, or the
// multicast group 224.0.0.251 / ff02::fb); 0 = plain DNS. Other bits are reserved, 0.
namespace LookupFlags {
inline constexpr quint8 kMdns = 1;
// The value id of a lookup's proto in DatasetColumns::names[kProtoColumn]: an index into
// protoValues() (1 "dns", 2 "mdns"; 0 unused, like the names dictionary's id 0).
constexpr quint32 protoId(quint8 flags)
{
    return 1u + (flags & kMdns);
}
const std::vector<QString> &protoValues();
QString protoName(quint8 flags); // "dns" or "mdns"
} // namespace LookupFlags

// The text of the values of a DatasetColumns column: protoValues() for kProtoColumn, else
// the store's names.
inline const std::vector<QString> &columnValues(int column, const std::vector<QString> &names)
{
    return column == kProtoColumn ? LookupFlags::protoValues() : names;
}

QString lookupFieldName(LookupField field);                       // "client", "qname", …
std::optional<LookupField> parseLookupField(const QString &text); // accepts the names above
