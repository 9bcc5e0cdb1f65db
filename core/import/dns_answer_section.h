// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_text_cache.h"
#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

// DnsAnswerSection: the answer section of a DNS wire-format response (RFC 1035 section 4.1.3)
// as RawAnswer records, in order: the type's mnemonic, the rdata as presentation text and
// the TTL in seconds. Presentation: A and AAAA addresses (RFC 5952), names lower-cased
// without the trailing dot ("." for the root) for NS, CNAME, PTR, DNAME; "10 mx.example.com"
// for MX; SOA as its seven fields; SRV as priority, weight, port, target; TXT and SPF as
// quoted strings (`"` and `\` escaped, other bytes outside printable ASCII as \DDD); SVCB and
// HTTPS as priority, target and their parameters (RFC 9460: mandatory, alpn, no-default-alpn,
// port, ipv4hint, ech, ipv6hint, keyNNNNN); other types, and rdata that does not fit its
// type, as RFC 3597 generic text (`\# 4 C0000201`).
// A problem in the section (a name or rdata past the end of the message) ends it: the
// records before it are kept.
//
// Ownership: owns the text; the views in answers() stay valid until the next decode().
// Thread-safety: none; one object per import.
// Cost: O(message length); no allocation once the buffers have grown (addresses are formatted
// once per address seen recently: AddressTextCache).
class DnsAnswerSection {
public:
    // True when the whole answer section was read; false when the message ends or breaks
    // before or inside it (answers() then holds the records before the break).
    bool decode(QByteArrayView wire);
    std::span<const RawAnswer> answers() const { return m_answers; }

private:
    bool decodeRecord(QByteArrayView wire, qsizetype &at);
    void appendRdata(QByteArrayView wire, int type, qsizetype at, qsizetype length);
    bool appendName(QByteArrayView wire, qsizetype at, qsizetype *next);
    void appendGeneric(QByteArrayView rdata);
    void appendCharacterString(QByteArrayView text);
    bool appendSvcParams(QByteArrayView wire, qsizetype at, qsizetype end);

    struct Span {
        QByteArrayView type;
        qsizetype from = 0, to = 0;
        qint64 ttl = -1;
    };
    QByteArray m_text;
    QByteArray m_name;
    AddressTextCache m_addresses; // A and AAAA rdata as text
    std::vector<Span> m_spans;
    std::vector<RawAnswer> m_answers;
};
