// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// PcapImporter: DNS lookups from packet captures (pcap, nanosecond pcap, pcapng): DNS over
// UDP and TCP on port 53 and mDNS on port 5353, over IPv4 and IPv6, on the link types
// PacketDecoder knows. Fragmented IPv4 and IPv6 datagrams are reassembled (IpReassembler).
// Queries and responses are paired by DnsFlowTracker; a response gives its query's rcode and
// answers.
//
// Why not libpcap: importers read a QIODevice (the bytes are hashed as they are parsed, and
// may come from a pipe or a decompressor), while libpcap reads a FILE* or a path; bridging
// needs a pipe and a thread or a temporary file, and libpcap would give us only the container
// parsing (about 250 lines here), not the DNS decoding. Our own reader streams straight from
// the device with no per-packet allocation, and leaves core without a libpcap dependency.
//
// What counts as rejected (each reported with its packet number as the line): a DNS message
// whose header or question does not decode; a fragmented datagram to or from a DNS port that
// is not reassembled (overlapping fragments, incomplete after 30 s or at the end, too large,
// or more pending than IpReassembler holds; reported at its first fragment); a frame whose
// IP/UDP/TCP headers do not fit; a packet of an unsupported link type; a TCP gap or a stream that ends inside a
// message; a truncated last packet; a corrupt record header (then the rest is skipped).
// Stateless; read() keeps its state on the stack. Thread-safe. Memory bounded by the queries
// of the last 30 s of capture time and IpReassembler's limits.
class PcapImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("pcap"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
