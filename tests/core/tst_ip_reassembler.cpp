// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// IpReassembler's bounds, which the captures of tst_pcap_importer do not reach: how many
// datagrams and bytes it holds, datagrams past 65,535 bytes, and which drops it reports.
#include "ip_reassembler.h"

#include <QTest>

#include <vector>

namespace {

// A fragment of datagram `id` from 192.0.2.1 to 192.0.2.2 at offset with `data` (a UDP header
// with source port `port` when at offset 0).
struct Fragment {
    DecodedPacket packet;
    QByteArray bytes;
    Fragment(quint32 id, quint32 offset, qsizetype size, bool more, quint16 port = 53)
    {
        bytes = QByteArray(size, 'x');
        if (offset == 0 && size >= 4) {
            bytes[0] = char(port >> 8);
            bytes[1] = char(port & 0xff);
            bytes[2] = char(0x9c); // 40000
            bytes[3] = char(0x40);
        }
        packet.family = 4;
        packet.src = {192, 0, 2, 1};
        packet.dst = {192, 0, 2, 2};
        packet.payload = bytes;
        packet.fragment = {id, offset, more, 17};
    }
};

} // namespace

class TstIpReassembler : public QObject {
    Q_OBJECT

private slots:
    void holdsAtMostItsDatagramLimit()
    {
        std::vector<IpReassembler::Drop> drops;
        IpReassembler r([&](IpReassembler::Drop why, qint64) { drops.push_back(why); });
        quint8 protocol = 0;
        QByteArrayView payload;
        const int n = int(IpReassembler::kMaxDatagrams) + 100;
        for (int id = 0; id < n; ++id) // first fragments only: none completes
            QVERIFY(!r.add(Fragment(quint32(id), 0, 64, true).packet, id, id + 1, &protocol, &payload));
        QCOMPARE(r.pending(), IpReassembler::kMaxDatagrams);
        QCOMPARE(drops.size(), size_t(100)); // the oldest, each a DNS datagram
        QVERIFY(drops.front() == IpReassembler::Drop::Evicted);
        // The newest still completes.
        QVERIFY(r.add(Fragment(quint32(n - 1), 64, 10, false).packet, n, n + 1, &protocol, &payload));
        QCOMPARE(payload.size(), 74);
        QCOMPARE(protocol, quint8(17));
    }

    void holdsAtMostItsByteLimit()
    {
        int evicted = 0;
        IpReassembler r([&](IpReassembler::Drop why, qint64) { evicted += why == IpReassembler::Drop::Evicted; });
        quint8 protocol = 0;
        QByteArrayView payload;
        // 200 datagrams of 60,000 bytes each, never completed: 12 MB offered, 8 MiB held.
        for (int id = 0; id < 200; ++id)
            r.add(Fragment(quint32(id), 0, 60'000, true).packet, id, id, &protocol, &payload);
        QVERIFY(r.pending() * 60'000 <= size_t(IpReassembler::kMaxBytes));
        QCOMPARE(evicted, 200 - int(r.pending()));
    }

    void dropsDatagramsPast65535BytesAndReportsOnlyDnsOnes()
    {
        std::vector<std::pair<IpReassembler::Drop, qint64>> drops;
        IpReassembler r([&](IpReassembler::Drop why, qint64 packet) { drops.emplace_back(why, packet); });
        quint8 protocol = 0;
        QByteArrayView payload;
        r.add(Fragment(1, 0, 1000, true).packet, 0, 7, &protocol, &payload);
        QVERIFY(!r.add(Fragment(1, 65'000, 1000, false).packet, 1, 8, &protocol, &payload));
        QCOMPARE(drops.size(), size_t(1));
        QVERIFY(drops[0].first == IpReassembler::Drop::TooLarge);
        QCOMPARE(drops[0].second, 7); // reported at the first fragment
        // A datagram that is not DNS (port 80) is dropped without a word.
        r.add(Fragment(2, 0, 1000, true, 80).packet, 2, 9, &protocol, &payload);
        r.finish();
        QCOMPARE(drops.size(), size_t(1));
        QCOMPARE(r.pending(), size_t(0));
    }

    void overlapIsReportedWhenTheFirstFragmentComesLater()
    {
        std::vector<IpReassembler::Drop> drops;
        IpReassembler r([&](IpReassembler::Drop why, qint64) { drops.push_back(why); });
        quint8 protocol = 0;
        QByteArrayView payload;
        QVERIFY(!r.add(Fragment(3, 1000, 800, true).packet, 0, 1, &protocol, &payload));
        QVERIFY(!r.add(Fragment(3, 1600, 800, true).packet, 0, 2, &protocol, &payload)); // overlaps
        QVERIFY(drops.empty());                                                          // not yet known to be DNS
        QVERIFY(!r.add(Fragment(3, 0, 1000, true).packet, 0, 3, &protocol, &payload));
        QCOMPARE(drops.size(), size_t(1));
        QVERIFY(drops[0] == IpReassembler::Drop::Overlap);
        // Later fragments of the discarded datagram complete nothing.
        QVERIFY(!r.add(Fragment(3, 2400, 100, false).packet, 0, 4, &protocol, &payload));
        r.expire(IpReassembler::kTimeoutUs + 1);
        QCOMPARE(drops.size(), size_t(1));
        QCOMPARE(r.pending(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TstIpReassembler)
#include "tst_ip_reassembler.moc"
