// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

// The fields of a lookup that can split or filter a timeline.
// Name-valued fields (client … server) are ids into the store's names dictionary; proto is
// the lookup's protocol ("dns" or "mdns") or dnstap role ("resolver", …), kept as flags (see
// LookupFlags); answer is the rdata of the lookup's answers, a field with several values per
// lookup (see AnswerSetTable).
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
// multicast group 224.0.0.251 / ff02::fb); bits 1-3 = the role of a lookup logged by a DNS
// server that records several kinds (dnstap): 0 a client's lookup (or a source that does not
// say), else one of kResolver … kUpdate (a resolver's upstream query, a forwarder's, an
// authoritative server's incoming query, a stub's, a tool's, a dynamic update). Other bits
// are reserved, 0. A lookup's proto is its role when it has one, else dns or mdns.
namespace LookupFlags {
inline constexpr quint8 kMdns = 1;
inline constexpr quint8 kRoleMask = 0x0e;
inline constexpr quint8 kResolver = 1 << 1, kForwarder = 2 << 1, kAuth = 3 << 1, kStub = 4 << 1, kTool = 5 << 1,
                        kUpdate = 6 << 1;
// The value id of a lookup's proto in DatasetColumns::names[kProtoColumn]: an index into
// protoValues() (1 "dns", 2 "mdns", 3 "resolver" … 8 "update", 9 for the reserved role 7;
// 0 unused, like the names dictionary's id 0).
constexpr quint32 protoId(quint8 flags)
{
    const quint32 role = quint32(flags & kRoleMask) >> 1;
    return role ? 2 + role : 1 + (flags & kMdns);
}
const std::vector<QString> &protoValues();
QString protoName(quint8 flags); // "dns", "mdns", "resolver", "forwarder", "auth", "stub", "tool", "update"
} // namespace LookupFlags

// The text of the values of a DatasetColumns column: protoValues() for kProtoColumn, else
// the store's names.
inline const std::vector<QString> &columnValues(int column, const std::vector<QString> &names)
{
    return column == kProtoColumn ? LookupFlags::protoValues() : names;
}

QString lookupFieldName(LookupField field);                       // "client", "qname", …
std::optional<LookupField> parseLookupField(const QString &text); // accepts the names above
