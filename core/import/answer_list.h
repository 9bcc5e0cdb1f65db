// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

// AnswerList: the answer records of one lookup as a text log writes them (Suricata, Route 53,
// Cloud DNS), in the spelling DnsAnswerSection gives wire-format answers, so that the same
// answer reads the same whatever the source: the type as its mnemonic (`cname` -> `CNAME`,
// `TYPE28` -> `AAAA`), names in the rdata of NS, CNAME, PTR, DNAME lower-cased without the
// trailing dot, and the exchange of MX and target of SRV likewise; TXT text not yet in
// quotes quoted (DnsCharacterString: `"` and `\` escaped, other bytes outside printable ASCII
// as \DDD); other rdata as written.
//
// Ownership: owns the text; the views of answers() stay valid until the next clear() or add().
// Thread-safety: none; one list per import.
// Cost: one append per record into a buffer that keeps its capacity; no allocation once the
//   buffers have grown.
class AnswerList {
public:
    void clear();
    // Adds one record; an empty type or rdata is left out. ttl in seconds, -1 unknown.
    void add(QByteArrayView type, QByteArrayView rdata, qint64 ttl = -1);
    std::span<const RawAnswer> answers() const;
    bool isEmpty() const { return m_spans.empty(); }

private:
    struct Span {
        qsizetype typeFrom, typeTo, rdataFrom, rdataTo;
        qint64 ttl;
    };
    QByteArray m_text;
    QByteArray m_scratch;
    std::vector<Span> m_spans;
    mutable std::vector<RawAnswer> m_answers;
};
