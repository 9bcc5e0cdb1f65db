// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_builder.h"

#include <QByteArrayView>

#include <array>
#include <cstring>

// The dns.log fields the Zeek importers read: TSV columns by #fields name, JSON members by key;
// how a JSON member name and a record's fields map to them.
namespace ZeekFields {
enum Field {
    Ts,
    Client,
    Server,
    Query,
    QtypeName,
    Qtype,
    RcodeName,
    Rcode,
    ClientPort,
    ServerPort,
    Answers, // vector[string]
    Ttls,    // vector[interval]
    Count
};

template<size_t N>
inline bool named(QByteArrayView key, const char (&name)[N])
{
    return std::memcmp(key.data(), name, N - 1) == 0; // constant size: compiled to a few loads
}

// The field a JSON member name (decoded) fills, or -1; chosen by length first, as most names
// are not ours.
inline int jsonSlot(QByteArrayView key)
{
    switch (key.size()) {
    case 2:
        return named(key, "ts") ? Ts : -1;
    case 4:
        return named(key, "TTLs") ? Ttls : -1;
    case 5:
        return named(key, "query") ? Query : named(key, "qtype") ? Qtype : named(key, "rcode") ? Rcode : -1;
    case 7:
        return named(key, "answers") ? Answers : -1;
    case 9:
        return named(key, "id.orig_h") ? Client
            : named(key, "id.resp_h")  ? Server
            : named(key, "id.orig_p")  ? ClientPort
            : named(key, "id.resp_p")  ? ServerPort
                                       : -1;
    case 10:
        return named(key, "qtype_name") ? QtypeName : named(key, "rcode_name") ? RcodeName : -1;
    default:
        return -1;
    }
}

// One record's values by field (empty: absent), as the JSON importers collect them.
using Record = std::array<QByteArrayView, Count>;

// What LookupBuilder takes of a record: qtype_name before qtype, rcode_name before rcode.
inline LookupBuilder::Values lookupValues(const Record &values)
{
    LookupBuilder::Values v;
    v.ts = values[Ts];
    v.client = values[Client];
    v.server = values[Server];
    v.clientPort = values[ClientPort];
    v.serverPort = values[ServerPort];
    v.query = values[Query];
    v.qtype = values[QtypeName].isEmpty() ? values[Qtype] : values[QtypeName];
    v.rcode = values[RcodeName].isEmpty() ? values[Rcode] : values[RcodeName];
    return v;
}
} // namespace ZeekFields
