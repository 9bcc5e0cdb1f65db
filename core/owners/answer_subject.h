// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// AnswerSubject: what an answer record's data points at, for the answer owner fields
// (answer_owner …): an address (A, AAAA: the data itself), or a host name: the whole data when
// it is one name (CNAME, DNAME, NS, PTR), the name after a number (MX "10 mx.example.com",
// KX, AFSDB), after three numbers (SRV "0 5 5060 sip.example.com"), or after the priority of
// SVCB/HTTPS ("1 cdn.example.com alpn=h2"; the target "." is the owner's own name: none).
// Anything else (TXT's quoted strings, SOA, a key) has no subject. It is read from the data's
// text alone, not its type, so that every store (ClickHouse keeps an answer's data without its
// type) labels an answer alike. A name is a token of letters, digits, '-', '_', '.' and '*'
// with at least one letter.
// Stateless; thread-safe. Cost: linear in the data, one allocation for a subject.
namespace AnswerSubject {
// The address or host name of an answer's data (presentation text); empty for none.
QString of(const QString &rdata);
} // namespace AnswerSubject
