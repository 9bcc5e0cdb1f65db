// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_capture_readers.h"

#include "bench_child.h"
#include "capture_reader.h"
#include "hashing_reader.h"
#include "packet_decoder.h"
#include "pcap_importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <pcap/pcap.h>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

double cpuSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

struct Pass {
    qint64 packets = 0;
    qint64 bytes = 0;
    qint64 dns = 0; // packets PacketDecoder found DNS in (with decoding on)
    QString sha256;
};

void count(Pass &pass, quint32 linkType, QByteArrayView data, bool decode)
{
    ++pass.packets;
    pass.bytes += data.size();
    if (decode) {
        DecodedPacket decoded;
        pass.dns += PacketDecoder::decode(linkType, data, decoded) == PacketDecoder::Result::Dns;
    }
}

// The project's reader, as PcapImporter uses it.
Pass ownReader(const QString &path, bool decode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    HashingReader hashing(file);
    hashing.open(QIODevice::ReadOnly);
    CaptureReader reader(hashing);
    if (reader.open() != CaptureReader::Status::Packet)
        qFatal("CaptureReader: %s", qPrintable(reader.problem()));
    Pass pass;
    CapturedPacket packet;
    CaptureReader::Status status;
    while ((status = reader.next(packet)) == CaptureReader::Status::Packet)
        count(pass, packet.linkType, packet.data, decode);
    if (status != CaptureReader::Status::End)
        qFatal("CaptureReader: %s", qPrintable(reader.problem()));
    pass.sha256 = hashing.finishHex();
    return pass;
}

// libpcap over the same hashing device: fopencookie() turns the QIODevice into a FILE*.
ssize_t readCookie(void *cookie, char *buffer, size_t size)
{
    const qint64 n = static_cast<QIODevice *>(cookie)->read(buffer, qint64(size));
    return n < 0 ? -1 : ssize_t(n);
}

Pass libpcapReader(const QString &path, bool decode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    HashingReader hashing(file);
    hashing.open(QIODevice::ReadOnly);
    cookie_io_functions_t io{};
    io.read = readCookie;
    FILE *stream = fopencookie(&hashing, "r", io);
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_MICRO, error);
    if (!pcap)
        qFatal("libpcap: %s", error);
    Pass pass;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    int status;
    while ((status = pcap_next_ex(pcap, &header, &data)) == 1)
        count(pass, quint32(pcap_datalink(pcap)), QByteArrayView(reinterpret_cast<const char *>(data), header->caplen),
              decode);
    if (status != PCAP_ERROR_BREAK)
        qFatal("libpcap: %s", pcap_geterr(pcap));
    pcap_close(pcap); // closes the FILE*
    pass.sha256 = hashing.finishHex();
    return pass;
}

struct Row {
    std::vector<double> wall, cpu;
    Pass last;
};

void printRow(const char *reader, const char *what, const Row &row, double loadBefore, double loadAfter)
{
    const double wall = median(row.wall), cpu = median(row.cpu);
    std::printf("| %s | %s | %.3f s | %.3f s | %.2f M/s | %lld | %.1f → %.1f |\n", reader, what, wall, cpu,
                double(row.last.packets) / wall / 1e6, static_cast<long long>(row.last.packets), loadBefore, loadAfter);
}

void compare(const QString &capture, int runs, bool decode)
{
    const auto measure = [&](Row &row, const std::function<Pass()> &pass) {
        const double cpu0 = processCpuSeconds();
        QElapsedTimer t;
        t.start();
        row.last = pass();
        row.wall.push_back(double(t.nsecsElapsed()) / 1e9);
        row.cpu.push_back(processCpuSeconds() - cpu0);
    };
    Row own, lib;
    const double loadBefore = loadAverage();
    for (int r = 0; r < runs; ++r) { // alternate, so that both see the same machine
        measure(own, [&] { return ownReader(capture, decode); });
        measure(lib, [&] { return libpcapReader(capture, decode); });
    }
    const double loadAfter = loadAverage();
    if (own.last.packets != lib.last.packets || own.last.bytes != lib.last.bytes ||
        own.last.sha256 != lib.last.sha256 || own.last.dns != lib.last.dns)
        qFatal("the readers disagree: %lld/%lld packets, %lld/%lld bytes", static_cast<long long>(own.last.packets),
               static_cast<long long>(lib.last.packets), static_cast<long long>(own.last.bytes),
               static_cast<long long>(lib.last.bytes));
    const char *what = decode ? "read + PacketDecoder" : "read";
    printRow("CaptureReader (own)", what, own, loadBefore, loadAfter);
    printRow("libpcap 1.10 via fopencookie", what, lib, loadBefore, loadAfter);
    std::fflush(stdout);
}

// The 1 M-query capture of `dnstimeline_bench pcap` (--queries, --dir, --gen), written once.
struct BenchCapture {
    qint64 queries = 0;
    QString dir, pcap;
};

BenchCapture benchCapture(const QStringList &args)
{
    BenchCapture c;
    c.queries = option(args, "--queries", QStringLiteral("1000000")).toLongLong();
    c.dir = option(args, "--dir", QDir::tempPath() + QStringLiteral("/dnstl-bench"));
    QDir().mkpath(c.dir);
    const QString gen = option(args, "--gen", QCoreApplication::applicationDirPath() + QStringLiteral("/gen_dns_pcap"));
    c.pcap = QStringLiteral("%1/queries-%2.pcap").arg(c.dir).arg(c.queries);
    if (!QFileInfo::exists(c.pcap) && runChild({gen, QString::number(c.queries), c.pcap}).status != 0)
        qFatal("%s failed", qPrintable(gen));
    return c;
}

// Counts the lookups an importer gives and keeps their text bytes alive as a store would read them.
class CountingSink : public RecordSink {
public:
    void add(const RawLookup &lookup) override
    {
        ++lookups;
        bytes += lookup.client.size() + lookup.qname.size() + lookup.server.size() + qint64(lookup.answers.size());
    }
    qint64 lookups = 0, bytes = 0;
};

} // namespace

int benchPcapParse(const QStringList &args)
{
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("7")).toInt());
    const QString pcap = benchCapture(args).pcap;
    std::vector<double> wall, parser, all;
    qint64 lookups = 0;
    const double loadBefore = loadAverage();
    for (int r = 0; r < runs; ++r) {
        QFile file(pcap);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(pcap));
        const double thread0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID), process0 = processCpuSeconds();
        QElapsedTimer t;
        t.start();
        HashingReader hashing(file);
        hashing.open(QIODevice::ReadOnly);
        CountingSink sink;
        const ImportReport report = PcapImporter().read(hashing, ImportOptions{}, sink, {});
        hashing.finishHex();
        parser.push_back(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread0);
        wall.push_back(double(t.nsecsElapsed()) / 1e9);
        all.push_back(processCpuSeconds() - process0);
        if (report.error)
            qFatal("%s", qPrintable(report.error->message()));
        lookups = sink.lookups;
    }
    std::printf("PcapImporter into a counting sink (no store), %s, %lld lookups; %d runs, medians\n"
                "wall %.3f s, parsing thread CPU %.3f s, process CPU %.3f s (hashing included); load %.1f → %.1f\n",
                qPrintable(QFileInfo(pcap).fileName()), static_cast<long long>(lookups), runs, median(wall),
                median(parser), median(all), loadBefore, loadAverage());
    return 0;
}

int benchCaptureReaders(const QStringList &args)
{
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("7")).toInt());
    const BenchCapture capture = benchCapture(args);
    const qint64 queries = capture.queries;
    const QString &pcap = capture.pcap;
    const QString editcap = option(args, "--editcap", QStandardPaths::findExecutable(QStringLiteral("editcap")));
    const QString pcapng = QStringLiteral("%1/queries-%2.pcapng").arg(capture.dir).arg(queries);
    QStringList captures{pcap};
    if (!editcap.isEmpty()) {
        if (!QFileInfo::exists(pcapng) &&
            runChild({editcap, QStringLiteral("-F"), QStringLiteral("pcapng"), pcap, pcapng}).status != 0)
            qFatal("editcap failed");
        captures.append(pcapng);
    } else {
        std::printf("editcap not found (Debian: wireshark-common): pcapng row left out\n");
    }
    std::printf("libpcap %s; %d runs each, alternating, medians; files read from the page cache\n", pcap_lib_version(),
                runs);
    for (const QString &capture : captures) {
        ownReader(capture, false); // into the page cache
        std::printf("\n%s (%.0f MB, %lld queries and their responses)\n\n"
                    "| reader | work | wall | CPU (all threads) | packets/s (wall) | packets | load |\n"
                    "|---|---|---|---|---|---|---|\n",
                    qPrintable(QFileInfo(capture).fileName()), double(QFileInfo(capture).size()) / 1e6,
                    static_cast<long long>(queries));
        compare(capture, runs, false);
        compare(capture, runs, true);
    }
    return 0;
}
