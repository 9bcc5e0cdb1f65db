// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcap_importer.h"

#include "capture_reader.h"
#include "dns_flow_tracker.h"
#include "ip_reassembler.h"
#include "packet_decoder.h"
#include "reject_log.h"

#include <set>

namespace {

constexpr qint64 kProgressBytes = 4 << 20;

} // namespace

QString PcapImporter::description() const
{
    return QStringLiteral("packet capture: pcap or pcapng with DNS over UDP/TCP port 53 or mDNS port 5353");
}

bool PcapImporter::sniff(QByteArrayView head) const
{
    return CaptureReader::sniff(head);
}

ImportReport PcapImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                const ProgressFn &progress) const
{
    ImportReport report;
    RejectLog log(report, options.strict, "packet");
    CaptureReader reader(in);
    if (reader.open() != CaptureReader::Status::Packet) {
        report.error = Failure(Failure::Kind::BadInput, reader.problem());
        return report;
    }
    qint64 packetNumber = 0;
    DnsFlowTracker tracker(sink, [&](const QString &problem) { log.reject(packetNumber, problem); });
    IpReassembler fragments(
        [&](IpReassembler::Drop why, qint64 firstPacket) { log.reject(firstPacket, IpReassembler::dropText(why)); });
    std::set<quint32> unsupportedLinks;
    CapturedPacket captured;
    DecodedPacket decoded;
    qint64 nextProgress = kProgressBytes;
    for (;;) {
        const CaptureReader::Status status = reader.next(captured);
        if (status == CaptureReader::Status::End)
            break;
        if (status == CaptureReader::Status::Error) {
            report.error = Failure(Failure::Kind::BadInput, reader.problem());
            return report;
        }
        if (status != CaptureReader::Status::Packet) {
            const bool skipped = status == CaptureReader::Status::Skipped;
            log.reject(reader.packetsSeen() + (skipped ? 0 : 1), reader.problem());
            if (skipped && !log.failed())
                continue;
            break;
        }
        packetNumber = captured.number;
        fragments.expire(captured.tsUs - IpReassembler::kTimeoutUs);
        PacketDecoder::Result result = PacketDecoder::decode(captured.linkType, captured.data, decoded);
        if (result == PacketDecoder::Result::Fragment) {
            quint8 protocol = 0;
            QByteArrayView datagram;
            result = fragments.add(decoded, captured.tsUs, packetNumber, &protocol, &datagram)
                ? PacketDecoder::decodeDatagram(protocol, datagram, decoded)
                : PacketDecoder::Result::NotDns;
        }
        switch (result) {
        case PacketDecoder::Result::Dns:
            tracker.packet(decoded, captured.tsUs);
            break;
        case PacketDecoder::Result::NotDns:
        case PacketDecoder::Result::Fragment:
            break;
        case PacketDecoder::Result::Malformed:
            log.reject(packetNumber, QStringLiteral("IP, UDP or TCP header truncated or invalid"));
            break;
        case PacketDecoder::Result::UnsupportedLink:
            log.tolerate(
                packetNumber,
                QStringLiteral("link type %1 is not supported; its packets are skipped").arg(captured.linkType),
                unsupportedLinks.insert(captured.linkType).second);
            break;
        }
        if (log.failed())
            return report;
        if (reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + kProgressBytes;
            if (progress && !progress({reader.bytesRead(), 0})) {
                report.cancelled = true;
                return report;
            }
        }
    }
    fragments.finish();
    tracker.finish();
    report.records = tracker.lookups();
    if (progress && !progress({reader.bytesRead(), 0}))
        report.cancelled = true;
    return report;
}
