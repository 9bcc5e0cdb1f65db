// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

// The fields of a lookup that can split or filter a timeline.
// Name-valued fields (client … server) are ids into the store's names dictionary.
enum class LookupField { Dataset, Client, Qname, Qtype, Rcode, Server };

// The five name-valued fields, in the order of the store's columns and of LookupRow::names.
inline constexpr std::array<LookupField, 5> kNameFields = {
    LookupField::Client, LookupField::Qname, LookupField::Qtype, LookupField::Rcode, LookupField::Server};

// Index of a name-valued field into kNameFields; -1 for Dataset.
constexpr int nameFieldIndex(LookupField field) { return int(field) - 1; }

QString lookupFieldName(LookupField field);                      // "client", "qname", …
std::optional<LookupField> parseLookupField(const QString &text); // accepts the names above
