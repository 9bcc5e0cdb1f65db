// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pending_lookups.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// WindowsDnsDetails: the answer section of a packet as the "Details" option of a Windows DNS
// Server debug log writes it, in the lines under the PACKET line:
//   UDP response info at 0000000003AF57F0
//     ...
//     ANSWER SECTION:
//     Offset = 0x002a, RR count = 0
//     Name      "[C00C](3)140(1)2(2)28(2)10(7)in-addr(4)arpa(0)"
//       TYPE   PTR  (12)
//       CLASS  1
//       TTL    3600
//       DLEN   26
//       DATA   (8)perforce(2)tw(8)trendnet(3)org(0)
//     AUTHORITY SECTION:
// Each DATA line of the answer section ends one record: its TYPE mnemonic, its TTL (seconds)
// and its DATA as presentation text, with a name in the log's (n)label form decoded to its
// dotted form ("10 (2)mx(7)example(3)com(0)" -> "10 mx.example.com"); addresses as written.
// Lines of the other sections and the header are read past.
//
// Ownership: owns the records. Thread-safety: none; one per import.
// Cost: a few comparisons per line; allocation only for the records kept.
class WindowsDnsDetails {
public:
    using Answer = PendingLookups::Answer;

    // A new packet's details begin (the previous packet's answers are dropped).
    void reset();
    // One line under the PACKET line.
    void line(QByteArrayView text);
    const std::vector<Answer> &answers() const { return m_answers; }
    std::vector<Answer> takeAnswers();

private:
    enum class Section { Other, Answer };
    Section m_section = Section::Other;
    Answer m_current;
    QByteArray m_name;
    std::vector<Answer> m_answers;
};
