// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

// ZeekAnswers: the `answers` and `TTLs` columns of one Zeek dns.log record as RawAnswers, for
// the TSV and JSON importers. Zeek logs each answer's data but not its type, so the type is
// taken from the text where the text shows it: an IPv4 address is A, an IPv6 address AAAA
// (written as RFC 5952 text), "TXT <length> <bytes>…" (Zeek's form of each TXT or SPF string)
// is TXT (SPF) with its strings quoted as in a zone file; Zeek's summaries of DNSSEC and other
// records, "RRSIG <type covered> <signer>", "DNSKEY <algorithm>", "NSEC …", "NSEC3", "DS …",
// "SSHFP: <hex>", "LOC: …", take the type they name and keep the rest as Zeek wrote it (Zeek
// logs no more of them); a name is CNAME in answers to A and AAAA queries (nothing else answers
// those with a name) and left untyped otherwise. Names are lower-cased, without the trailing
// dot. TTLs (`TTLs`, seconds with a fraction) are matched to the answers
// in order; a missing, unset or negative one leaves that answer's TTL unknown.
//
// Ownership: owns the text; the views of answers() are valid until the next clear().
// Thread-safety: none; one object per import.
// Cost: linear in the record's answers; no allocation once the buffers have grown.
class ZeekAnswers {
public:
    void clear();
    // One element of `answers`, its escapes already undone.
    void addAnswer(QByteArrayView text);
    // One element of `TTLs`, in the same order.
    void addTtl(QByteArrayView text);
    // The answers so far; qtype is the record's query type (mnemonic or number), for the CNAME rule.
    std::span<const RawAnswer> answers(QByteArrayView qtype);

private:
    void appendStrings(QByteArrayView text, qsizetype prefixLength);

    struct Entry {
        const char *type;
        qsizetype from, to; // of the rdata in m_text
        bool name;
    };
    QByteArray m_text;
    std::vector<Entry> m_entries;
    std::vector<qint64> m_ttls;
    std::vector<RawAnswer> m_answers;
};
