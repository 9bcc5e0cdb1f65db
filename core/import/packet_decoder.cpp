// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "packet_decoder.h"

#include <algorithm>
#include <cstring>

namespace {

enum LinkType : quint32 {
    kNull = 0,
    kEthernet = 1,
    kFddi = 10,
    kRaw12 = 12,
    kRaw14 = 14,
    kRaw = 101,
    kLoop = 108,
    kSll = 113,
    kIpv4 = 228,
    kIpv6 = 229,
    kSll2 = 276,
};
enum EtherType : quint16 {
    kEtherIpv4 = 0x0800,
    kEtherIpv6 = 0x86DD,
    kEtherPppoe = 0x8864,
    kEtherMpls = 0x8847,
};

quint16 be16(QByteArrayView w, qsizetype at)
{
    return quint16((quint8(w[at]) << 8) | quint8(w[at + 1]));
}

quint32 be32(QByteArrayView w, qsizetype at)
{
    return (quint32(be16(w, at)) << 16) | be16(w, at + 2);
}

bool isDnsPort(quint16 port)
{
    return port == 53 || port == 5353;
}

bool isVlanTag(quint16 type)
{
    return type == 0x8100 || type == 0x88A8 || type == 0x9100 || type == 0x9200;
}

// An 802.2 LLC header with SNAP (AA AA 03, OUI, EtherType): returns the EtherType, or 0.
quint16 snapEtherType(QByteArrayView frame, qsizetype at)
{
    if (at + 8 > frame.size() || quint8(frame[at]) != 0xAA || quint8(frame[at + 1]) != 0xAA || frame[at + 2] != 3)
        return 0;
    return be16(frame, at + 6);
}

} // namespace

bool PacketDecoder::supportsLinkType(quint32 linkType)
{
    switch (linkType) {
    case kNull:
    case kEthernet:
    case kFddi:
    case kRaw12:
    case kRaw14:
    case kRaw:
    case kLoop:
    case kSll:
    case kIpv4:
    case kIpv6:
    case kSll2:
        return true;
    default:
        return false;
    }
}

PacketDecoder::Result PacketDecoder::decode(quint32 linkType, QByteArrayView frame, DecodedPacket &out)
{
    quint16 etherType = 0;
    qsizetype at = 0;
    switch (linkType) {
    case kEthernet: {
        if (frame.size() < 14)
            return Result::Malformed;
        etherType = be16(frame, 12);
        at = 14;
        for (int tags = 0; isVlanTag(etherType) && tags < 8; ++tags, at += 4) {
            if (at + 4 > frame.size())
                return Result::Malformed;
            etherType = be16(frame, at + 2);
        }
        if (etherType < 0x0600) { // an 802.3 length: 802.2 LLC follows
            etherType = snapEtherType(frame, at);
            at += 8;
        }
        break;
    }
    case kFddi: // frame control, two addresses, then 802.2 LLC
        etherType = snapEtherType(frame, 13);
        at = 21;
        break;
    case kSll:
        if (frame.size() < 16)
            return Result::Malformed;
        etherType = be16(frame, 14);
        at = 16;
        break;
    case kSll2:
        if (frame.size() < 20)
            return Result::Malformed;
        etherType = be16(frame, 0);
        at = 20;
        break;
    case kNull:
    case kLoop: { // the sender's AF_ value, in host (NULL) or network (LOOP) byte order
        if (frame.size() < 4)
            return Result::Malformed;
        quint32 family = be32(frame, 0);
        if (family > 0xFFFF)
            family = (family >> 24) | ((family >> 8) & 0xFF00);
        if (family != 2 && family != 10 && family != 24 && family != 28 && family != 30)
            return Result::NotDns;
        return decodeIp(frame.sliced(4), out);
    }
    case kRaw12:
    case kRaw14:
    case kRaw:
    case kIpv4:
    case kIpv6:
        return decodeIp(frame, out);
    default:
        return Result::UnsupportedLink;
    }
    if (etherType == kEtherPppoe) { // PPPoE session header, then the PPP protocol
        if (at + 8 > frame.size())
            return Result::Malformed;
        const quint16 ppp = be16(frame, at + 6);
        etherType = ppp == 0x0021 ? kEtherIpv4 : ppp == 0x0057 ? kEtherIpv6 : 0;
        at += 8;
    } else if (etherType == kEtherMpls) { // labels up to the bottom of the stack, then IP
        do {
            if (at + 4 > frame.size())
                return Result::Malformed;
            at += 4;
        } while (!(quint8(frame[at - 2]) & 1));
        return decodeIp(frame.sliced(at), out);
    }
    if (etherType != kEtherIpv4 && etherType != kEtherIpv6)
        return Result::NotDns;
    if (at > frame.size())
        return Result::Malformed;
    return decodeIp(frame.sliced(at), out);
}

PacketDecoder::Result PacketDecoder::decodeIp(QByteArrayView ip, DecodedPacket &out)
{
    if (ip.isEmpty())
        return Result::Malformed;
    switch (quint8(ip[0]) >> 4) {
    case 4:
        return decodeIpv4(ip, out);
    case 6:
        return decodeIpv6(ip, out);
    default:
        return Result::NotDns;
    }
}

PacketDecoder::Result PacketDecoder::decodeIpv4(QByteArrayView ip, DecodedPacket &out)
{
    if (ip.size() < 20)
        return Result::Malformed;
    const qsizetype headerBytes = (quint8(ip[0]) & 0x0F) * 4;
    const qsizetype totalBytes = be16(ip, 2);
    if (headerBytes < 20 || headerBytes > ip.size() || totalBytes < headerBytes)
        return Result::Malformed;
    if (totalBytes < ip.size())
        ip.truncate(totalBytes); // link-layer padding
    out.family = 4;
    // The other 12 bytes are zero: keys compare all 16, and an IPv6 packet before may have set them.
    out.src.fill(0);
    out.dst.fill(0);
    std::memcpy(out.src.data(), ip.data() + 12, 4);
    std::memcpy(out.dst.data(), ip.data() + 16, 4);
    const quint16 fragment = be16(ip, 6);
    const quint8 protocol = quint8(ip[9]);
    if (fragment & 0x3FFF) { // MF set or an offset: a fragment
        if (protocol != quint8(DecodedPacket::Transport::Udp) && protocol != quint8(DecodedPacket::Transport::Tcp))
            return Result::NotDns;
        out.fragment = {be16(ip, 4), quint32(fragment & 0x1FFF) * 8, bool(fragment & 0x2000), protocol};
        out.payload = ip.sliced(headerBytes);
        return Result::Fragment;
    }
    return decodeTransport(protocol, ip.sliced(headerBytes), out);
}

PacketDecoder::Result PacketDecoder::decodeIpv6(QByteArrayView ip, DecodedPacket &out)
{
    if (ip.size() < 40)
        return Result::Malformed;
    const qsizetype payloadBytes = be16(ip, 4);
    if (payloadBytes && 40 + payloadBytes < ip.size())
        ip.truncate(40 + payloadBytes);
    out.family = 6;
    std::memcpy(out.src.data(), ip.data() + 8, 16);
    std::memcpy(out.dst.data(), ip.data() + 24, 16);
    return decodeIpv6Headers(quint8(ip[6]), ip, 40, out);
}

// The extension headers from at on (hop-by-hop 0, routing 43, destination options 60, AH 51,
// fragment 44), then the transport.
PacketDecoder::Result PacketDecoder::decodeIpv6Headers(quint8 next, QByteArrayView ip, qsizetype at, DecodedPacket &out)
{
    for (int headers = 0; headers < 16; ++headers) {
        if (next != 0 && next != 43 && next != 60 && next != 51 && next != 44)
            return decodeTransport(next, ip.sliced(at), out);
        if (at + 8 > ip.size())
            return Result::Malformed;
        const quint8 following = quint8(ip[at]);
        if (next == 44) { // fragment header: the rest is part of a datagram
            const quint16 offset = be16(ip, at + 2);
            if ((offset & 0xFFF9) == 0) // an atomic fragment (RFC 6946): offset 0, M clear
                return decodeIpv6Headers(following, ip, at + 8, out);
            out.fragment = {be32(ip, at + 4), quint32(offset & 0xFFF8), bool(offset & 1), following};
            out.payload = ip.sliced(at + 8);
            return Result::Fragment;
        }
        at += next == 51 ? (quint8(ip[at + 1]) + 2) * 4 : (quint8(ip[at + 1]) + 1) * 8;
        next = following;
        if (at > ip.size())
            return Result::Malformed;
    }
    return Result::Malformed;
}

PacketDecoder::Result PacketDecoder::decodeDatagram(quint8 protocol, QByteArrayView payload, DecodedPacket &out)
{
    return out.family == 6 ? decodeIpv6Headers(protocol, payload, 0, out) : decodeTransport(protocol, payload, out);
}

PacketDecoder::Result PacketDecoder::decodeTransport(quint8 protocol, QByteArrayView segment, DecodedPacket &out)
{
    if (protocol != quint8(DecodedPacket::Transport::Udp) && protocol != quint8(DecodedPacket::Transport::Tcp))
        return Result::NotDns;
    if (segment.size() < 4)
        return Result::Malformed;
    out.srcPort = be16(segment, 0);
    out.dstPort = be16(segment, 2);
    if (!isDnsPort(out.srcPort) && !isDnsPort(out.dstPort))
        return Result::NotDns;
    out.transport = DecodedPacket::Transport(protocol);
    if (out.transport == DecodedPacket::Transport::Udp) {
        if (segment.size() < 8)
            return Result::Malformed;
        const qsizetype length = be16(segment, 4);
        if (length < 8)
            return Result::Malformed;
        out.payload = segment.sliced(8, std::min(length, segment.size()) - 8);
        return Result::Dns;
    }
    if (segment.size() < 20)
        return Result::Malformed;
    const qsizetype headerBytes = (quint8(segment[12]) >> 4) * 4;
    if (headerBytes < 20 || headerBytes > segment.size())
        return Result::Malformed;
    out.tcpSeq = be32(segment, 4);
    out.tcpFlags = quint8(segment[13]);
    out.payload = segment.sliced(headerBytes);
    return Result::Dns;
}
