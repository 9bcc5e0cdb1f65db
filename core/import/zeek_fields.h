// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dns.log fields the Zeek importers read: TSV columns by #fields name, JSON members by key.
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
} // namespace ZeekFields
