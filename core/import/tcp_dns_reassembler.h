// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packet_decoder.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>
#include <unordered_map>

// TcpDnsReassembler: cuts the byte streams of DNS over TCP (RFC 1035 4.2.2, RFC 7766) into
// messages: each one is preceded by its length as two big-endian bytes, a segment may hold
// several messages and a message may span segments. Segments are expected in order; a
// retransmitted (already seen) part is dropped, and a gap (a segment missing from the
// capture) discards the partial message and is reported. A stream whose SYN is not in the
// capture starts at its first segment with data.
//
// Ownership: owns one small state per direction of each open connection (at most one
// unfinished message, < 64 KiB); FIN or RST or sweep() of idle ones frees it.
// Thread-safety: none; one instance per import.
// Cost: a hash lookup per segment; messages wholly inside one segment are not copied.
class TcpDnsReassembler {
public:
    using MessageFn = std::function<void(QByteArrayView message)>;
    using ProblemFn = std::function<void(const QString &problem)>;

    // Feeds one TCP segment; calls onMessage for each message it completes.
    void feed(const DecodedPacket &segment, qint64 tsUs, const MessageFn &onMessage, const ProblemFn &onProblem);
    // Drops the streams idle since before idleBeforeUs (all of them for INT64_MAX), reporting
    // those that end inside a message.
    void sweep(qint64 idleBeforeUs, const ProblemFn &onProblem);
    qsizetype openStreams() const { return qsizetype(m_streams.size()); }

private:
    struct Stream {
        quint32 nextSeq = 0;
        qint64 lastUs = 0;
        QByteArray pending; // the start of an unfinished message, its length prefix included
    };
    static qsizetype cutMessages(QByteArrayView data, const MessageFn &onMessage);

    std::unordered_map<std::string, Stream> m_streams; // key: family, addresses, ports
};
