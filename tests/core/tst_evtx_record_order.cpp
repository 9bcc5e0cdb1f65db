// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The order the EVTX importer reads records in: every record once, each record libevtx's
// record cache drops is the one read just before (still in the CPU's caches), and a block never
// spans more chunks than libevtx's chunk cache holds — checked against a model of both caches
// (slot = index % 64 for records, chunk number % 16 for chunks) on files of small, large,
// mixed and mis-guessed record sizes.
#include "evtx_record_order.h"

#include <QTest>

#include <random>
#include <vector>

namespace {

// Record offsets as an EVTX file lays them out: 4 KiB file header, 64 KiB chunks with a
// 512-byte header, records never crossing a chunk.
std::vector<qint64> layout(const std::vector<int> &sizes)
{
    std::vector<qint64> offsets;
    qint64 chunk = 0, used = 512;
    for (int size : sizes) {
        if (used + size > EvtxRecordOrder::kChunkBytes) {
            ++chunk;
            used = 512;
        }
        offsets.push_back(4096 + chunk * EvtxRecordOrder::kChunkBytes + used);
        used += size;
    }
    return offsets;
}

struct Walk {
    std::vector<int> order;
    int coldFrees = 0;  // records dropped from libevtx's cache more than one read after being read
    int chunkReads = 0; // chunks read into libevtx's chunk cache
    int chunks = 0;     // distinct chunks of the range
};

// Runs the order over [first, end) of a file, modelling libevtx's two caches.
Walk walk(const std::vector<qint64> &offsets, int first, int end, qint64 guessBytes)
{
    Walk w;
    EvtxRecordOrder order(first, end, guessBytes);
    std::vector<int> recordSlot(EvtxRecordOrder::kRecordsCache, -1), readAt(EvtxRecordOrder::kRecordsCache, -1);
    std::vector<qint64> chunkSlot(EvtxRecordOrder::kChunksCache, -1);
    int reads = 0;
    for (int i = order.next(); i >= 0; i = order.next()) {
        w.order.push_back(i);
        const qint64 chunk = (offsets[size_t(i)] - 4096) / EvtxRecordOrder::kChunkBytes;
        qint64 &cached = chunkSlot[size_t(chunk % EvtxRecordOrder::kChunksCache)];
        if (cached != chunk) {
            cached = chunk;
            ++w.chunkReads;
        }
        const size_t slot = size_t(i % EvtxRecordOrder::kRecordsCache);
        if (recordSlot[slot] >= 0 && readAt[slot] < reads - 1)
            ++w.coldFrees;
        recordSlot[slot] = i;
        readAt[slot] = reads++;
        order.readAt(offsets[size_t(i)]);
    }
    if (end > first) {
        w.chunks = int((offsets[size_t(end - 1)] - offsets[size_t(first)]) / EvtxRecordOrder::kChunkBytes) + 1;
    }
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

std::vector<int> sizes(int n, int low, int high, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> size(low, high);
    std::vector<int> out;
    for (int i = 0; i < n; ++i)
        out.push_back(size(random));
    return out;
}

} // namespace

class TestEvtxRecordOrder : public QObject {
    Q_OBJECT

private slots:
    void everyRecordIsReadOnceWhateverTheSizes_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<qint64>("guess");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("end");
        QTest::newRow("small records, a whole batch") << 600 << 800 << qint64(700) << 0 << 2048;
        QTest::newRow("small records, a short last batch") << 600 << 800 << qint64(700) << 2048 << 3001;
        QTest::newRow("a range not on a block boundary") << 600 << 800 << qint64(700) << 5 << 1500;
        QTest::newRow("fewer records than a cache") << 600 << 800 << qint64(700) << 10 << 40;
        QTest::newRow("an empty range") << 600 << 800 << qint64(700) << 7 << 7;
        QTest::newRow("large records") << 15000 << 20000 << qint64(17000) << 0 << 2048;
        QTest::newRow("mixed sizes") << 200 << 9000 << qint64(4600) << 0 << 3001;
        QTest::newRow("the first guess far too small") << 6000 << 9000 << qint64(300) << 0 << 3001;
    }

    void everyRecordIsReadOnceWhateverTheSizes()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(qint64, guess);
        QFETCH(int, first);
        QFETCH(int, end);
        const std::vector<qint64> offsets = layout(sizes(4000, low, high, 7));
        const Walk w = walk(offsets, first, end, guess);
        requireEachIndexOnce(w, first, end);
        QCOMPARE(int(w.order.size()), end - first);
    }

    void eachRecordLibevtxDropsIsTheOneReadJustBefore()
    {
        const std::vector<qint64> offsets = layout(sizes(4096, 600, 800, 1));
        const Walk strided = walk(offsets, 0, 4096, 700);
        // One cold free per stride of 16 once the cache is full, instead of every one.
        QVERIFY2(strided.coldFrees <= 4096 / 16, qPrintable(QString::number(strided.coldFrees)));
        QVERIFY(strided.coldFrees > 0);
        std::vector<int> inFileOrder(4096);
        for (int i = 0; i < 4096; ++i)
            inFileOrder[size_t(i)] = i;
        QVERIFY(strided.order != inFileOrder);
    }

    void noChunkIsReadTwice_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<qint64>("guess");
        QTest::newRow("small records") << 600 << 800 << qint64(700);
        QTest::newRow("Sysmon-sized records") << 1200 << 1800 << qint64(1500);
        QTest::newRow("mixed sizes") << 200 << 3000 << qint64(1600);
    }

    void noChunkIsReadTwice()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(qint64, guess);
        const std::vector<qint64> offsets = layout(sizes(6000, low, high, 3));
        const Walk w = walk(offsets, 0, 6000, guess);
        requireEachIndexOnce(w, 0, 6000);
        QCOMPARE(w.chunkReads, w.chunks); // each chunk read once, as in file order
    }

    void aBlockLargerThanItsGuessIsFinishedInFileOrder()
    {
        // The file's average says 300 bytes, the records are 6-9 KB: the first block's sweep
        // spans far more than 16 chunks, so the rest of it is read in file order, and the
        // next blocks are sized from what was seen.
        const std::vector<qint64> offsets = layout(sizes(3000, 6000, 9000, 5));
        const Walk w = walk(offsets, 0, 3000, 300);
        requireEachIndexOnce(w, 0, 3000);
        QVERIFY2(w.chunkReads <= w.chunks + 2 * EvtxRecordOrder::kMaxStride,
                 qPrintable(QStringLiteral("%1 chunk reads for %2 chunks").arg(w.chunkReads).arg(w.chunks)));
    }

    void largeRecordsAreReadInFileOrder()
    {
        const std::vector<qint64> offsets = layout(sizes(500, 15000, 20000, 2));
        const Walk w = walk(offsets, 0, 500, 17000);
        for (int i = 0; i < 500; ++i)
            QCOMPARE(w.order[size_t(i)], i);
    }
};

QTEST_APPLESS_MAIN(TestEvtxRecordOrder)
#include "tst_evtx_record_order.moc"
