// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_duel.h"

#include "bench_child.h"
#include "importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

// Counts the records and folds every field into a hash, so that both importers must give the
// same records, not only as many.
class HashingSink : public RecordSink {
public:
    void add(const RawLookup &l) override
    {
        ++records;
        mixValue(l.tsUs);
        for (QByteArrayView v : {l.client, l.qname, l.qtype, l.rcode, l.server})
            mix(v);
        for (const RawAnswer &a : l.answers) {
            mix(a.type);
            mix(a.rdata);
            mixValue(a.ttl);
        }
    }
    void addObservation(const RawObservation &o) override
    {
        ++records;
        for (QByteArrayView v : {o.rrname, o.rrtype, o.rdata, o.bailiwick})
            mix(v);
        for (qint64 v : {o.timeFirstUs, o.timeLastUs, o.count, qint64(o.zoneTimes)})
            mixValue(v);
    }
    qint64 records = 0;
    quint64 hash = 1469598103934665603ULL;

private:
    void mix(QByteArrayView v) // FNV-1a, with the length so that fields cannot run together
    {
        for (char c : v)
            hash = (hash ^ quint8(c)) * 1099511628211ULL;
        hash = (hash ^ quint64(v.size())) * 1099511628211ULL;
    }
    void mixValue(qint64 v) { mix(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v)); }
};

struct Reading {
    qint64 records = 0, rejected = 0;
    quint64 hash = 0;
    double seconds = 0;
    ChildRun child;
};

Reading readInChild(const char *readCommand, const QString &importer, const QString &file, const QString &dir)
{
    const QString out = dir + QStringLiteral("/duel-read.out");
    Reading r;
    r.child =
        runChild({QCoreApplication::applicationFilePath(), QString::fromLatin1(readCommand), importer, file}, out);
    QFile f(out);
    if (r.child.status != 0 || !f.open(QIODevice::ReadOnly))
        qFatal("%s %s %s failed", readCommand, qPrintable(importer), qPrintable(file));
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    if (fields.size() != 4)
        qFatal("%s gave no figures", readCommand);
    r.records = fields[0].toLongLong();
    r.rejected = fields[1].toLongLong();
    r.hash = fields[2].toULongLong();
    r.seconds = fields[3].toDouble();
    return r;
}

} // namespace

void duelMeasure(const char *readCommand, const DuelSide (&sides)[2], const char *what, const QString &file,
                 const QString &dir, int runs)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    qint64 lines = 0;
    while (!f.atEnd())
        lines += f.read(1 << 22).count('\n');
    const double mb = double(f.size()) / 1e6;
    std::vector<double> seconds[2];
    long rss[2] = {0, 0};
    Reading first[2];
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < 2; ++i) {
            const Reading r = readInChild(readCommand, QString::fromLatin1(sides[i].name), file, dir);
            seconds[i].push_back(r.seconds);
            rss[i] = std::max(rss[i], r.child.maxRssKb);
            if (run == 0)
                first[i] = r;
        }
    }
    if (first[0].records != first[1].records || first[0].rejected != first[1].rejected ||
        first[0].hash != first[1].hash)
        qFatal("the importers differ on %s: %lld/%lld records, %lld/%lld rejected", what,
               static_cast<long long>(first[0].records), static_cast<long long>(first[1].records),
               static_cast<long long>(first[0].rejected), static_cast<long long>(first[1].rejected));
    for (int i = 0; i < 2; ++i) {
        const double s = median(seconds[i]);
        std::printf("| %s | %s | %.2f M lines/s | %.2f M records/s | %.0f MB/s | %.3f s | %ld MB |\n", what,
                    sides[i].label, double(lines) / s / 1e6, double(first[i].records) / s / 1e6, mb / s, s,
                    rss[i] / 1024);
    }
    std::printf("|  | (%lld lines, %.0f MB, %lld records, %lld rejected, the same in both; load %.1f) | | | | | |\n",
                static_cast<long long>(lines), mb, static_cast<long long>(first[1].records),
                static_cast<long long>(first[1].rejected), loadAverage());
    std::fflush(stdout);
}

int duelRead(const Importer &importer, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    HashingSink sink;
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.read(file, {}, sink, {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.error)
        qFatal("%s", qPrintable(report.error->message()));
    std::printf("%lld %lld %llu %.6f\n", static_cast<long long>(sink.records), static_cast<long long>(report.rejected),
                static_cast<unsigned long long>(sink.hash), seconds);
    return 0;
}

void writeBenchFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
