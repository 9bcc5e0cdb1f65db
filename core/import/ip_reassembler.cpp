// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ip_reassembler.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace {

bool isDnsPort(quint16 port)
{
    return port == 53 || port == 5353;
}

} // namespace

IpReassembler::IpReassembler(DropFn onDrop) : m_onDrop(std::move(onDrop))
{}

void IpReassembler::report(Datagram &d, Drop why)
{
    if (d.dnsPort && !d.reported) {
        d.reported = true;
        m_onDrop(why, d.firstPacket);
    }
}

// Frees the datagram's data and drops its later fragments until it is removed.
void IpReassembler::discard(Datagram &d, Drop why)
{
    report(d, why);
    m_bytes -= d.data.size();
    d.discarded = true;
    d.reason = why;
    d.pieces.clear();
    d.data = QByteArray();
    d.covered = 0;
}

void IpReassembler::drop(Entry entry, Drop why)
{
    if (!entry->second.discarded)
        discard(entry->second, why);
    m_datagrams.erase(entry);
}

bool IpReassembler::add(const DecodedPacket &fragment, qint64 tsUs, qint64 packet, quint8 *protocol,
                        QByteArrayView *payload)
{
    Key key;
    key.family = fragment.family;
    key.protocol = fragment.family == 4 ? fragment.fragment.protocol : 0;
    key.id = fragment.fragment.id;
    key.src = fragment.src;
    key.dst = fragment.dst;
    auto entry = m_datagrams.find(key);
    if (entry == m_datagrams.end()) {
        while (m_datagrams.size() >= kMaxDatagrams) {
            const auto oldest =
                std::min_element(m_datagrams.begin(), m_datagrams.end(),
                                 [](const auto &a, const auto &b) { return a.second.firstUs < b.second.firstUs; });
            drop(oldest, Drop::Evicted);
        }
        entry = m_datagrams.emplace(key, Datagram{}).first;
        entry->second.firstUs = tsUs;
        entry->second.firstPacket = packet;
        entry->second.protocol = fragment.fragment.protocol;
        m_oldestUs = m_datagrams.size() == 1 ? tsUs : std::min(m_oldestUs, tsUs);
    }
    Datagram &d = entry->second;
    const QByteArrayView part = fragment.payload;
    const qsizetype from = qsizetype(fragment.fragment.offset), to = from + part.size();
    if (from == 0 && part.size() >= 4) {
        const quint16 src = quint16((quint8(part[0]) << 8) | quint8(part[1]));
        const quint16 dst = quint16((quint8(part[2]) << 8) | quint8(part[3]));
        d.dnsPort = isDnsPort(src) || isDnsPort(dst);
        if (d.discarded)
            report(d, d.reason);
    }
    if (d.discarded)
        return false;
    if (to > kMaxDatagramBytes) {
        discard(d, Drop::TooLarge);
        return false;
    }
    // Where the fragment goes among the pieces; any intersection that is not an exact copy
    // is an overlap.
    const auto at = std::lower_bound(d.pieces.begin(), d.pieces.end(), std::pair(from, to));
    if (at != d.pieces.end() && *at == std::pair(from, to))
        return false; // a duplicate
    const bool overlapsNext = at != d.pieces.end() && at->first < to;
    const bool overlapsPrevious = at != d.pieces.begin() && std::prev(at)->second > from;
    const bool badLength = fragment.fragment.more && (part.isEmpty() || part.size() % 8 != 0);
    const bool badEnd = fragment.fragment.more
        ? (d.end >= 0 && to > d.end)
        : ((d.end >= 0 && d.end != to) || (!d.pieces.empty() && d.pieces.back().second > to));
    if (overlapsNext || overlapsPrevious || badLength || badEnd) {
        discard(d, Drop::Overlap);
        return false;
    }
    if (!fragment.fragment.more)
        d.end = to;
    d.pieces.insert(at, {from, to});
    if (d.data.size() < to) {
        m_bytes += to - d.data.size();
        d.data.resize(to);
    }
    std::memcpy(d.data.data() + from, part.data(), size_t(part.size()));
    d.covered += part.size();
    if (d.end >= 0 && d.covered == d.end) {
        m_completed = std::move(d.data);
        m_bytes -= m_completed.size();
        *protocol = d.protocol;
        m_datagrams.erase(entry);
        *payload = m_completed;
        return true;
    }
    while (m_bytes > kMaxBytes && !m_datagrams.empty()) {
        const auto oldest = std::min_element(m_datagrams.begin(), m_datagrams.end(), [](const auto &a, const auto &b) {
            return a.second.firstUs < b.second.firstUs;
        });
        drop(oldest, Drop::Evicted);
    }
    return false;
}

void IpReassembler::expire(qint64 beforeUs)
{
    if (m_datagrams.empty() || m_oldestUs >= beforeUs)
        return;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (auto it = m_datagrams.begin(); it != m_datagrams.end();) {
        if (it->second.firstUs < beforeUs) {
            const auto next = std::next(it);
            drop(it, Drop::TimedOut);
            it = next;
        } else {
            oldest = std::min(oldest, it->second.firstUs);
            ++it;
        }
    }
    m_oldestUs = oldest;
}

void IpReassembler::finish()
{
    while (!m_datagrams.empty())
        drop(m_datagrams.begin(), Drop::Unfinished);
}

QString IpReassembler::dropText(Drop why)
{
    switch (why) {
    case Drop::Overlap:
        return QStringLiteral("overlapping IP fragments (RFC 5722): the fragmented DNS datagram is discarded");
    case Drop::TimedOut:
        return QStringLiteral("fragmented DNS datagram still incomplete 30 s after its first fragment");
    case Drop::Unfinished:
        return QStringLiteral("fragmented DNS datagram incomplete at the end of the capture");
    case Drop::TooLarge:
        return QStringLiteral("fragmented DNS datagram longer than 65,535 bytes");
    case Drop::Evicted:
        return QStringLiteral("fragmented DNS datagram dropped: too many datagrams (1,024) or fragment bytes (8 MiB) "
                              "waiting for reassembly");
    }
    return {};
}
