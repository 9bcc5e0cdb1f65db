// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PendingQueries: the flat table of DnsFlowTracker, checked against a std::map model through
// growth of its entry ring, its name ring (with names that would wrap) and its index, and
// through removals that shift probe runs.
#include "pending_queries.h"

#include <QTest>

#include <deque>
#include <map>
#include <random>

namespace {
using Key = PendingQueries::Key;

Key keyOf(quint32 n)
{
    Key key;
    key.family = 4;
    key.transport = 17;
    key.client[0] = quint8(n >> 24);
    key.client[1] = quint8(n >> 16);
    key.client[2] = quint8(n >> 8);
    key.client[3] = quint8(n);
    key.clientPort = quint16(1024 + n % 7);
    key.id = quint16(n * 7919);
    return key;
}

QByteArray nameOf(quint32 n, std::mt19937 &random)
{
    const int length = int(random() % 120) + (n % 50 == 0 ? 130 : 1);
    QByteArray name = QByteArray::number(n) + '.';
    while (name.size() < length)
        name.append(char('a' + random() % 26));
    return name;
}

struct ModelEntry {
    qint64 tsUs;
    QByteArray name;
};
} // namespace

class TestPendingQueries : public QObject {
    Q_OBJECT

private slots:
    void findsWhatWasPushedAndNothingElse()
    {
        PendingQueries table;
        table.push(keyOf(1), 10, 1, "one.example");
        table.push(keyOf(2), 20, 28, "two.example");
        PendingQueries::Entry *one = table.find(keyOf(1));
        QVERIFY(one);
        QCOMPARE(one->tsUs, 10);
        QCOMPARE(one->qtype, 1);
        QCOMPARE(table.name(*one), QByteArrayView("one.example"));
        QVERIFY(!table.find(keyOf(3)));
        table.remove(*one);
        QVERIFY(!table.find(keyOf(1)));
        QCOMPARE(table.name(*table.find(keyOf(2))), QByteArrayView("two.example"));
        // The removed entry stays in the ring until popped, in arrival order.
        QCOMPARE(table.front().tsUs, 10);
        QVERIFY(!table.front().indexed);
        table.popFront();
        QCOMPARE(table.front().tsUs, 20);
        table.popFront();
        QVERIFY(table.empty());
        QVERIFY(!table.find(keyOf(2)));
    }

    void matchesAModelThroughGrowthAndWrap() { runModel(200000, 40000, 500); }

    // Few queries at a time in a small index: many probe runs cross the end of the index, where
    // backward-shift deletion has to wrap around.
    void matchesAModelInASmallBusyIndex() { runModel(400000, 3500, 3500); }

private:
    // Random queries, responses and expiry against a std::map model: the live queries first
    // approach liveFirst, then (after half the steps) liveSecond.
    void runModel(int steps, int liveFirst, int liveSecond)
    {
        PendingQueries table;
        std::map<quint32, ModelEntry> live;           // key number -> newest pending query
        std::deque<std::pair<quint32, qint64>> order; // arrival order: key number, time
        std::mt19937 random(7);
        qint64 now = 0;
        quint32 nextKey = 0;
        for (int step = 0; step < steps; ++step) {
            ++now;
            const int liveTarget = step < steps / 2 ? liveFirst : liveSecond;
            const unsigned op = random() % 10;
            if (op < 5 || order.empty()) { // a new query, sometimes a retransmission
                const quint32 n = (op == 0 && nextKey) ? quint32(random() % nextKey) : nextKey++;
                if (PendingQueries::Entry *previous = table.find(keyOf(n))) {
                    QVERIFY(live.count(n));
                    QCOMPARE(previous->tsUs, live[n].tsUs);
                    table.remove(*previous);
                } else {
                    QVERIFY(!live.count(n));
                }
                const QByteArray name = nameOf(n, random);
                table.push(keyOf(n), now, int(n % 300), name);
                live[n] = {now, name};
                order.emplace_back(n, now);
            } else if (op < 8) { // a response: find one at random
                const quint32 n = quint32(random() % std::max<quint32>(1, nextKey));
                PendingQueries::Entry *entry = table.find(keyOf(n));
                QCOMPARE(entry != nullptr, live.count(n) == 1);
                if (entry) {
                    QCOMPARE(entry->tsUs, live[n].tsUs);
                    QCOMPARE(entry->qtype, int(n % 300));
                    QCOMPARE(table.name(*entry), QByteArrayView(live[n].name));
                    if (op == 7) {
                        table.remove(*entry);
                        live.erase(n);
                    }
                }
            }
            while (order.size() > size_t(liveTarget)) { // expiry, oldest first
                QVERIFY(!table.empty());
                PendingQueries::Entry &oldest = table.front();
                QCOMPARE(oldest.tsUs, order.front().second);
                const auto it = live.find(order.front().first);
                const bool newest = it != live.end() && it->second.tsUs == oldest.tsUs;
                QCOMPARE(oldest.indexed, newest);
                if (newest) {
                    QCOMPARE(table.name(oldest), QByteArrayView(it->second.name));
                    live.erase(it);
                }
                table.popFront();
                order.pop_front();
            }
        }
        for (const auto &[n, entry] : live)
            QCOMPARE(table.name(*table.find(keyOf(n))), QByteArrayView(entry.name));
    }
};

QTEST_GUILESS_MAIN(TestPendingQueries)
#include "tst_pending_queries.moc"
