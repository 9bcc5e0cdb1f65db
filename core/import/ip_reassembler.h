// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packet_decoder.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <vector>

// IpReassembler: puts the fragments of IPv4 and IPv6 datagrams back together for the pcap
// importer, as a receiving host does (RFC 791; RFC 8200 section 4.5), so that a large EDNS
// or DNSSEC response keeps its rcode and answers.
// - A datagram is known by its family, addresses, identification and (IPv4) protocol. It is
//   complete when its fragments cover it from offset 0 to the end that the fragment without
//   the more flag gives; it then takes the time of the fragment that completed it.
// - A fragment that overlaps another fragment of its datagram without being an exact copy of
//   it discards the datagram, and every later fragment of it, as RFC 5722 requires for IPv6
//   (Linux does the same for IPv4); an exact copy (a duplicate in the capture) is ignored. So
//   is a datagram whose fragments contradict its end, or with a non-last fragment whose length
//   is not a multiple of 8 bytes.
// - A datagram not complete kTimeoutUs of capture time after its first fragment (Linux's
//   ipfrag_time), or larger than 65,535 bytes, is dropped.
// - Memory is bounded: at most kMaxDatagrams datagrams and kMaxBytes of fragment data are
//   held; past that the datagram that began first is dropped.
// A datagram dropped unfinished is reported once if its first fragment showed a DNS port (when
// that fragment comes after the drop, as it comes); others are dropped silently: they may not
// be DNS at all.
//
// Ownership: copies fragment data; the view of a completed datagram is valid until the next
//   call. Thread-safety: none; one per import. Cost: O(fragments of the datagram) per
//   fragment, O(datagrams held) per expire() that finds work; nothing for unfragmented packets.
class IpReassembler {
public:
    static constexpr qint64 kTimeoutUs = 30'000'000;
    static constexpr size_t kMaxDatagrams = 1024;
    static constexpr qsizetype kMaxBytes = 8 << 20;
    static constexpr qsizetype kMaxDatagramBytes = 65535;

    enum class Drop { Overlap, TimedOut, Unfinished, TooLarge, Evicted };
    // firstPacket: the packet number add() was given with the datagram's first fragment seen.
    using DropFn = std::function<void(Drop why, qint64 firstPacket)>;
    static QString dropText(Drop why);

    explicit IpReassembler(DropFn onDrop);

    // A fragment (PacketDecoder::Result::Fragment) seen at capture time tsUs. When it completes
    // its datagram, returns true and sets *protocol and *payload (the datagram after the IP
    // header, or for IPv6 after the fragment header); fragment's addresses are the datagram's.
    bool add(const DecodedPacket &fragment, qint64 tsUs, qint64 packet, quint8 *protocol, QByteArrayView *payload);
    // Drops the datagrams whose first fragment came before beforeUs.
    void expire(qint64 beforeUs);
    // Drops every datagram still unfinished (at the end of the capture: Drop::Unfinished).
    void finish();
    size_t pending() const { return m_datagrams.size(); }

private:
    struct Key {
        quint8 family = 0, protocol = 0;
        quint32 id = 0;
        std::array<quint8, 16> src{}, dst{};
        auto operator<=>(const Key &) const = default;
    };
    struct Datagram {
        qint64 firstUs = 0;
        qint64 firstPacket = 0;
        quint8 protocol = 0;
        bool dnsPort = false;   // the fragment at offset 0 has a DNS port on either side
        bool discarded = false; // an overlap: later fragments are dropped until it times out
        bool reported = false;
        Drop reason = Drop::Overlap; // why it was discarded
        qsizetype end = -1;          // the datagram's length, once the last fragment is in
        qsizetype covered = 0;
        std::vector<std::pair<qsizetype, qsizetype>> pieces; // [from, to), sorted, disjoint
        QByteArray data;
    };
    using Entry = std::map<Key, Datagram>::iterator;
    void drop(Entry entry, Drop why);
    void discard(Datagram &d, Drop why);
    void report(Datagram &d, Drop why);

    DropFn m_onDrop;
    std::map<Key, Datagram> m_datagrams;
    qsizetype m_bytes = 0;
    qint64 m_oldestUs = 0; // no datagram began before this (a lower bound)
    QByteArray m_completed;
};
