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
// lookup (see AnswerSetTable). The owner fields (client_owner … answer_country) are not stored:
// they are derived when a view is computed from the value of their source field (ownerSource)
// by the store's address book and the view's MaxMind-format databases (see OwnerDirectory);
// the answer_* ones have, like answer, a value per distinct owner of the lookup's answers.
enum class LookupField {
    Dataset,
    Client,
    Qname,
    Qtype,
    Rcode,
    Server,
    Proto,
    Answer,
    ClientOwner,
    ClientAsn,
    ClientOrg,
    ClientCountry,
    ServerOwner,
    ServerAsn,
    ServerOrg,
    ServerCountry,
    AnswerOwner,
    AnswerAsn,
    AnswerOrg,
    AnswerCountry,
};

// What an owner field says about an address or name: the address book's label for it, the
// number of the autonomous system announcing it ("AS64500"), that system's organisation, and
// the ISO 3166 code of its country ("DE").
enum class OwnerAttribute { Owner, Asn, Org, Country };
inline constexpr int kOwnerAttributeCount = 4;
inline constexpr int kOwnerFieldCount = 12; // client_owner … server_country, answer_owner … answer_country
// The fields owner fields are derived from, in the order of their owner fields.
inline constexpr std::array<LookupField, 3> kOwnerSources = {LookupField::Client, LookupField::Server,
                                                             LookupField::Answer};

// The five name-valued fields, in the order of the store's columns and of LookupRow::names.
inline constexpr std::array<LookupField, 5> kNameFields = {LookupField::Client, LookupField::Qname, LookupField::Qtype,
                                                           LookupField::Rcode, LookupField::Server};

// Every field a view can filter or split on besides the dataset, in the order the CLI, the
// Filters dock and the Split selector list them: the stored fields, then the owner fields.
inline constexpr std::array<LookupField, 19> kViewFields = {
    LookupField::Client,    LookupField::Qname,     LookupField::Qtype,         LookupField::Rcode,
    LookupField::Server,    LookupField::Proto,     LookupField::Answer,        LookupField::ClientOwner,
    LookupField::ClientAsn, LookupField::ClientOrg, LookupField::ClientCountry, LookupField::ServerOwner,
    LookupField::ServerAsn, LookupField::ServerOrg, LookupField::ServerCountry, LookupField::AnswerOwner,
    LookupField::AnswerAsn, LookupField::AnswerOrg, LookupField::AnswerCountry};

constexpr bool isOwnerField(LookupField field)
{
    return field >= LookupField::ClientOwner;
}
// The field an owner field is derived from (client for client_owner …); field itself otherwise.
constexpr LookupField ownerSource(LookupField field)
{
    return !isOwnerField(field)                      ? field
        : int(field) < int(LookupField::ServerOwner) ? LookupField::Client
        : int(field) < int(LookupField::AnswerOwner) ? LookupField::Server
                                                     : LookupField::Answer;
}
// What an owner field tells (Owner for client_owner and server_owner, …).
constexpr OwnerAttribute ownerAttribute(LookupField ownerField)
{
    return OwnerAttribute((int(ownerField) - int(LookupField::ClientOwner)) % kOwnerAttributeCount);
}
// The position of an owner field among them (0 for client_owner … 11 for answer_country).
constexpr int ownerFieldIndex(LookupField ownerField)
{
    return int(ownerField) - int(LookupField::ClientOwner);
}
// The owner field of source telling attribute: ownerField(Client, Asn) is client_asn.
constexpr LookupField ownerField(LookupField source, OwnerAttribute attribute)
{
    const int block = source == LookupField::Server ? 1 : source == LookupField::Answer ? 2 : 0;
    return LookupField(int(LookupField::ClientOwner) + block * kOwnerAttributeCount + int(attribute));
}

// Position of a field in kViewFields (-1 for Dataset).
constexpr int viewFieldIndex(LookupField field)
{
    return int(field) - 1;
}
static_assert(
    [] {
        for (size_t i = 0; i < kViewFields.size(); ++i) {
            if (viewFieldIndex(kViewFields[i]) != int(i))
                return false;
        }
        return true;
    }(),
    "kViewFields lists the fields after Dataset in enum order");

// Index of a field into DatasetColumns::names: the five name fields (kNameFields order), then
// proto (kProtoColumn), then answer (kAnswerColumn: answer set ids); -1 for Dataset; for an
// owner field, its source's column (the column a filter or split on it reads).
constexpr int nameFieldIndex(LookupField field)
{
    return int(ownerSource(field)) - 1;
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
