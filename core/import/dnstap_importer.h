// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// DnstapImporter: DNS lookups from dnstap logs: Frame Streams files (FrameStreamReader, over
// libfstrm) of `protobuf:dnstap.Dnstap` messages (DnstapDecoder, over libprotobuf-c), as
// BIND, Unbound, Knot, PowerDNS, CoreDNS, dnsdist and `kdig -E` write them. Queries and
// responses are paired into lookups by DnstapExchangeTracker: CLIENT_* messages are plain
// (proto dns) lookups; RESOLVER_*, FORWARDER_*, AUTH_*, STUB_*, TOOL_* and UPDATE_* messages
// are lookups of their own proto, never counted as a client's.
//
// What counts as rejected (each reported with its data frame number as the line): a frame
// that is not a dnstap protobuf message, or of an unknown message type, or with an address
// that does not fit its socket family, a port over 65535 or a time out of range; a message
// without a DNS payload or time, or whose DNS header or question does not decode; a frame
// cut short by the end of the file; a frame claiming over 1 MiB (then the rest of the file is
// skipped). A file that is not Frame Streams, or of another content type, fails.
// Stateless; read() keeps its state on the stack. Thread-safe. Memory bounded by the queries
// of the last 30 s of log time and the largest frame.
class DnstapImporter : public Importer {
public:
    static constexpr const char *kContentType = "protobuf:dnstap.Dnstap";

    QString formatId() const override { return QStringLiteral("dnstap"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
