// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The order the EVTX importer reads records in: every record once, each record libevtx's
// record cache drops is the one read just before (still in the CPU's caches), and no chunk is
// read into libevtx's chunk cache twice — checked against a model of both caches (slot = index
// % 64 for records, chunk number % 16 for chunks) on files of small, large and mixed records.
#include "evtx_record_order.h"

#include <QTest>

#include <random>
#include <vector>

namespace {

// The chunk of each record as an EVTX file lays them out: 64 KiB chunks with a 512-byte
// header, records never crossing a chunk.
std::vector<int> chunksOf(const std::vector<int> &sizes)
{
    std::vector<int> chunks;
    int chunk = 0, used = 512;
    for (int size : sizes) {
        if (used + size > 65536) {
            ++chunk;
            used = 512;
        }
        chunks.push_back(chunk);
        used += size;
    }
    return chunks;
}

// Where each chunk's records start (EvtxChunkCensus::chunkStarts).
std::vector<int> startsOf(const std::vector<int> &chunks)
{
    std::vector<int> starts;
    for (int i = 0; i < int(chunks.size()); ++i) {
        while (int(starts.size()) <= chunks[size_t(i)])
            starts.push_back(i);
    }
    return starts;
}

std::vector<int> sizes(int n, int low, int high, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> size(low, high);
    std::vector<int> out;
    for (int i = 0; i < n; ++i)
        out.push_back(size(random));
    return out;
}

struct Walk {
    std::vector<int> order;
    int coldFrees = 0;  // records dropped from libevtx's cache more than one read after being read
    int chunkReads = 0; // chunks read into libevtx's chunk cache
    int chunks = 0;     // distinct chunks of the range
};

// Runs the order over [first, end), modelling libevtx's two caches; chunks[i] is record i's
// real chunk, starts the table the order plans with.
Walk walk(const std::vector<int> &chunks, const std::vector<int> &starts, int first, int end)
{
    Walk w;
    EvtxRecordOrder order(first, end, starts);
    std::vector<int> readAt(EvtxRecordOrder::kRecordsCache, -1);
    std::vector<int> chunkSlot(EvtxRecordOrder::kChunksCache, -1);
    int reads = 0;
    for (int i = order.next(); i >= 0; i = order.next()) {
        w.order.push_back(i);
        const int chunk = chunks[size_t(i)];
        int &cached = chunkSlot[size_t(chunk % EvtxRecordOrder::kChunksCache)];
        if (cached != chunk) {
            cached = chunk;
            ++w.chunkReads;
        }
        int &slot = readAt[size_t(i % EvtxRecordOrder::kRecordsCache)];
        if (slot >= 0 && slot < reads - 1)
            ++w.coldFrees;
        slot = reads++;
    }
    if (end > first)
        w.chunks = chunks[size_t(end - 1)] - chunks[size_t(first)] + 1;
    return w;
}

void requireEachIndexOnce(const Walk &w, int first, int end)
{
    std::vector<int> seen(size_t(std::max(0, end - first)), 0);
    for (int i : w.order) {
        QVERIFY2(i >= first && i < end,
                 qPrintable(QStringLiteral("index %1 outside [%2, %3)").arg(i).arg(first).arg(end)));
        ++seen[size_t(i - first)];
    }
    for (size_t i = 0; i < seen.size(); ++i)
        QVERIFY2(seen[i] == 1, qPrintable(QStringLiteral("record %1 read %2 times").arg(first + int(i)).arg(seen[i])));
}

} // namespace

class TestEvtxRecordOrder : public QObject {
    Q_OBJECT

private slots:
    void everyRecordIsReadOnceAndNoChunkTwice_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("end");
        QTest::newRow("small records, a whole batch") << 600 << 800 << 0 << 2048;
        QTest::newRow("small records, a short last batch") << 600 << 800 << 2048 << 3001;
        QTest::newRow("a range not on a block boundary") << 600 << 800 << 5 << 1500;
        QTest::newRow("fewer records than libevtx caches") << 600 << 800 << 10 << 40;
        QTest::newRow("an empty range") << 600 << 800 << 7 << 7;
        QTest::newRow("Sysmon-sized records") << 1200 << 1800 << 0 << 6000;
        QTest::newRow("mixed sizes") << 200 << 9000 << 0 << 3001;
        QTest::newRow("large records") << 15000 << 20000 << 0 << 2048;
    }

    void everyRecordIsReadOnceAndNoChunkTwice()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(int, first);
        QFETCH(int, end);
        const std::vector<int> chunks = chunksOf(sizes(6000, low, high, 7));
        const Walk w = walk(chunks, startsOf(chunks), first, end);
        requireEachIndexOnce(w, first, end);
        QCOMPARE(int(w.order.size()), end - first);
        QCOMPARE(w.chunkReads, w.chunks); // as few as in file order
    }

    void eachRecordLibevtxDropsIsTheOneReadJustBefore()
    {
        const std::vector<int> chunks = chunksOf(sizes(4096, 600, 800, 1));
        const Walk w = walk(chunks, startsOf(chunks), 0, 4096);
        // Blocks of 16 × 64: the first record of each slot's 16 in a block drops one of the
        // block before; in file order every record after the 64th drops a cold one.
        QCOMPARE(w.coldFrees, 3 * 64);
        std::vector<int> noTable;
        QCOMPARE(walk(chunks, noTable, 0, 4096).coldFrees, 4096 - 64);
    }

    void aTableThatCountsRecordsLibevtxDoesNotListStillReadsEachChunkOnce()
    {
        // libevtx leaves out a record here and there that the chunk headers count: the table
        // runs a few records ahead of the real chunks.
        std::vector<int> chunks = chunksOf(sizes(6000, 600, 800, 4));
        std::vector<int> starts = startsOf(chunks);
        for (size_t c = 0; c < starts.size(); ++c)
            starts[c] += int(c / 8); // one more record every 8 chunks
        const Walk w = walk(chunks, starts, 0, 6000);
        requireEachIndexOnce(w, 0, 6000);
        QCOMPARE(w.chunkReads, w.chunks);
    }

    void withoutATableOrWithLargeRecordsTheOrderIsFileOrder()
    {
        const std::vector<int> large = chunksOf(sizes(500, 15000, 20000, 2));
        const std::vector<int> small = chunksOf(sizes(500, 600, 800, 2));
        const std::vector<int> noTable;
        for (const Walk &w : {walk(large, startsOf(large), 0, 500), walk(small, noTable, 0, 500)}) {
            for (int i = 0; i < 500; ++i)
                QCOMPARE(w.order[size_t(i)], i);
        }
    }
};

QTEST_APPLESS_MAIN(TestEvtxRecordOrder)
#include "tst_evtx_record_order.moc"
