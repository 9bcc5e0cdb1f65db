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
    QByteArrayView payload; // points into the frame; for a fragment, its part of the datagram
    // For PacketDecoder::Result::Fragment: which datagram the fragment belongs to and where.
    struct Fragment {
        quint32 id = 0;      // IPv4: the 16-bit identification; IPv6: the fragment header's
        quint32 offset = 0;  // in bytes from the start of the fragmentable part
        bool more = false;   // the M / MF flag: more fragments follow
        quint8 protocol = 0; // IPv4: the protocol field; IPv6: the fragment header's next header
    } fragment;
};

// PacketDecoder: link layer, IPv4/IPv6 and UDP/TCP header decoding of captured frames, for
// DNS (port 53) and mDNS (port 5353) traffic. Link types (pcap LINKTYPE_ numbers): NULL (0)
// and LOOP (108) loopback, Ethernet (1) with 802.1Q/802.1ad/QinQ tags and 802.2 SNAP, FDDI
// (10), raw IP (12, 14, 101), IPv4 (228), IPv6 (229), Linux cooked SLL (113) and SLL2 (276).
// IPv6 hop-by-hop, routing, destination-options and AH headers are skipped. Fragments (IPv4,
// or IPv6 with a fragment header) of UDP and TCP datagrams are handed back as such for the
// caller's IpReassembler, whose datagrams come back through decodeDatagram().
//
// Ownership: stateless; the payload view points into the caller's frame.
// Thread-safety: reentrant. Cost: O(header bytes), no allocation.
class PacketDecoder {
public:
    enum class Result {
        Dns,             // out is filled: UDP or TCP with port 53 or 5353 at either end
        NotDns,          // another protocol or port: ignore
        Fragment,        // a fragment of a UDP or TCP datagram: addresses, payload and fragment filled
        Malformed,       // a header that does not fit the frame or has impossible fields
        UnsupportedLink, // a link type this decoder does not know
    };
    static bool supportsLinkType(quint32 linkType);
    static Result decode(quint32 linkType, QByteArrayView frame, DecodedPacket &out);
    // A reassembled datagram: its protocol (for IPv6 the next header after the fragment
    // header: further extension headers are skipped) and payload; out keeps its addresses.
    static Result decodeDatagram(quint8 protocol, QByteArrayView payload, DecodedPacket &out);

private:
    static Result decodeIp(QByteArrayView ip, DecodedPacket &out);
    static Result decodeIpv4(QByteArrayView ip, DecodedPacket &out);
    static Result decodeIpv6(QByteArrayView ip, DecodedPacket &out);
    static Result decodeIpv6Headers(quint8 next, QByteArrayView ip, qsizetype at, DecodedPacket &out);
    static Result decodeTransport(quint8 protocol, QByteArrayView segment, DecodedPacket &out);
};
