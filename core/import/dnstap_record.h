// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// DnstapRecord: one dnstap message (a data frame of a `protobuf:dnstap.Dnstap` Frame Streams
// file) as DnstapDecoder gives it: only the fields a lookup needs; the views point into the
// decoder and are valid until its next decode().
struct DnstapRecord {
    // dnstap's Message.Type: AUTH_QUERY = 1, AUTH_RESPONSE, RESOLVER_QUERY, RESOLVER_RESPONSE,
    // CLIENT_QUERY, CLIENT_RESPONSE, FORWARDER_QUERY, FORWARDER_RESPONSE, STUB_QUERY,
    // STUB_RESPONSE, TOOL_QUERY, TOOL_RESPONSE, UPDATE_QUERY, UPDATE_RESPONSE = 14: odd types
    // are queries, even ones responses, in pairs.
    int type = 0;
    quint8 family = 0;                            // 4, 6, or 0 when no address says
    quint8 protocol = 0;                          // SocketProtocol: 1 UDP, 2 TCP, 3 DoT, 4 DoH; 0 not given
    QByteArrayView queryAddress, responseAddress; // 4 or 16 bytes, or empty when absent
    quint16 queryPort = 0, responsePort = 0;
    qint64 queryTimeUs = -1, responseTimeUs = -1; // µs since the epoch, UTC; -1 when absent
    QByteArrayView queryMessage, responseMessage; // DNS wire format; empty when absent

    bool isQuery() const { return type % 2 == 1; }
    int role() const { return (type - 1) / 2; } // 0 AUTH, 1 RESOLVER, 2 CLIENT, … 6 UPDATE
};
