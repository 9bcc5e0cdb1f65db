// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>

// One captured frame, decoded down to its UDP or TCP payload.
struct DecodedPacket {
    enum class Transport : quint8 { Udp = 17, Tcp = 6 };
    Transport transport = Transport::Udp;
    quint8 family = 4; // 4 or 6; IPv4 addresses use the first 4 bytes
    std::array<quint8, 16> src{}, dst{};
    quint16 srcPort = 0, dstPort = 0;
    quint32 tcpSeq = 0;
    quint8 tcpFlags = 0;    // FIN 0x01, SYN 0x02, RST 0x04
    QByteArrayView payload; // points into the frame
};

// PacketDecoder: link layer, IPv4/IPv6 and UDP/TCP header decoding of captured frames, for
// DNS (port 53) and mDNS (port 5353) traffic. Link types (pcap LINKTYPE_ numbers): NULL (0)
// and LOOP (108) loopback, Ethernet (1) with 802.1Q/802.1ad/QinQ tags and 802.2 SNAP, FDDI
// (10), raw IP (12, 14, 101), IPv4 (228), IPv6 (229), Linux cooked SLL (113) and SLL2 (276).
// IPv6 hop-by-hop, routing, destination-options and AH headers are skipped; fragments
// (IPv4 or IPv6) are not reassembled: the caller counts them.
//
// Ownership: stateless; the payload view points into the caller's frame.
// Thread-safety: reentrant. Cost: O(header bytes), no allocation.
class PacketDecoder {
public:
    enum class Result {
        Dns,             // out is filled: UDP or TCP with port 53 or 5353 at either end
        NotDns,          // another protocol or port: ignore
        DnsFragment,     // the first fragment of a fragmented datagram to or from a DNS port
        Fragment,        // a later fragment: its ports are unknown
        Malformed,       // a header that does not fit the frame or has impossible fields
        UnsupportedLink, // a link type this decoder does not know
    };
    static bool supportsLinkType(quint32 linkType);
    static Result decode(quint32 linkType, QByteArrayView frame, DecodedPacket &out);

private:
    static Result decodeIp(QByteArrayView ip, DecodedPacket &out);
    static Result decodeIpv4(QByteArrayView ip, DecodedPacket &out);
    static Result decodeIpv6(QByteArrayView ip, DecodedPacket &out);
    static Result decodeTransport(quint8 protocol, QByteArrayView segment, bool firstFragment, DecodedPacket &out);
};
