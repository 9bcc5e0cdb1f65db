// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_list.h"
#include "json_document_parser.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// SuricataDnsEvent: the facts of one Suricata EVE `"event_type":"dns"` record that a lookup
// needs, read from the parsed record in any of the three EVE DNS versions:
// - version 1 (Suricata 2-6, `version: 1`): a query record per question (`type: query`,
//   `rrname`, `rrtype`, `tx_id`) and an answer record per answer RR (`type: answer`, `rcode`,
//   the RR as `rrname`, `rrtype`, `ttl`, `rdata`), or one answer record with only `rcode` and
//   the query name for a failed query;
// - version 2 (Suricata 5-7): the query alike; one answer record per response with the
//   question as `rrname`/`rrtype`, `rcode`, and its answers `detailed` (`answers`: rrname,
//   rrtype, ttl, rdata) and/or `grouped` (`grouped`: type -> list of rdata, no TTL);
// - version 3 (Suricata 8): `type: request` / `response`, the question in `queries[0]`,
//   answers as in version 2.
// Only `timestamp` and `dns.type` are required; a record without `event_type` is not EVE.
//
// Ownership: the views point into the parsed record (valid until the next parse) or into
//   the event's answer list. Thread-safety: none; one reader per import.
// Cost: a walk over the record's members; no allocation once the buffers have grown.
struct SuricataDnsEvent {
    enum class Kind { Query, Answer };
    Kind kind = Kind::Query;
    int version = 1;
    QByteArrayView timestamp;
    QByteArrayView srcIp, destIp, proto;
    qint64 srcPort = -1, destPort = -1;
    std::optional<quint64> flowId;
    qint64 dnsId = -1;
    qint64 txId = -1;                     // the transaction within the flow, -1 when the record has none
    QByteArrayView rrname, rrtype, rcode; // the question (v1 answers: the answer RR's owner)
    AnswerList answers;

    // Reads record. Returns std::nullopt when it is a DNS event, an empty string when it is
    // another kind of EVE event (to be skipped), or what is wrong with it.
    std::optional<QString> read(JsonDocumentParser::Object record);

private:
    QByteArray m_scratch;
};
