// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// DnsMessage: the few facts of one DNS wire-format message (RFC 1035 section 4) that a
// lookup needs: id, QR bit, rcode (extended by an EDNS OPT record when there is one), and the
// first question's name and type. A response without a question (mDNS announcements) takes
// the name and type of its first answer record. Nothing else is decoded.
//
// Ownership: a value type; parse() fills an existing object so its qname buffer is reused.
// Thread-safety: none needed (no shared state); distinct objects may be used concurrently.
// Cost: O(message length); no allocation once qname has grown to the longest name seen.
class DnsMessage {
public:
    enum class Problem {
        None,
        TooShort,          // fewer than 12 bytes of header
        NameTruncated,     // a name runs past the end of the message
        BadPointer,        // a compression pointer outside the message
        PointerLoop,       // a pointer back to where one already led, or over kMaxJumps
        BadLabelType,      // a length byte starting with binary 01 or 10 (a label > 63)
        NameTooLong,       // more than 255 bytes in wire form
        QuestionTruncated, // the message ends inside the question's type or class
    };
    static constexpr int kMaxJumps = 64;
    static constexpr int kMaxNameLength = 255;

    // Decodes the name at offset into out as lower-case dotted text without the trailing dot
    // ("." for the root); *next is set to the offset just past the name in the message.
    // Label bytes are kept as they are (a dot inside a label is not escaped).
    static Problem decodeName(QByteArrayView wire, qsizetype offset, QByteArray &out, qsizetype *next);
    // The same checks and *next without the text: for names that are only stepped over.
    static Problem checkName(QByteArrayView wire, qsizetype offset, qsizetype *next);
    static const char *problemText(Problem problem);

    // Decodes the header and question; a problem after the question (in the records searched
    // for an OPT) is not one: the header rcode then stands.
    Problem parse(QByteArrayView wire);

    quint16 id = 0;
    bool response = false;
    int opcode = 0;
    int rcode = 0;  // 0..4095 with EDNS, else 0..15
    int qtype = -1; // -1: no question and no answer record
    QByteArray qname;

private:
    static bool skipName(QByteArrayView wire, qsizetype &offset);
    void findExtendedRcode(QByteArrayView wire, qsizetype offset, int records);
};
