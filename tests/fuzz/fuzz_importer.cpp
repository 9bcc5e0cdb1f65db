// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one importer's read(), chosen at build time by DNSTL_FUZZ_FORMAT (a
// formatId of ImporterRegistry). The first two input bytes choose how the bytes arrive (the
// read chunk size, a sequential device) and the options (strict, zone, epoch unit, year); the
// rest is the file.
#include "fuzz_support.h"
#include "importer_registry.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

QByteArray fuzzOutcome(const uint8_t *bytes, size_t size)
{
    static const Importer *importer = [] {
        const Importer *found = ImporterRegistry::byId(QStringLiteral(DNSTL_FUZZ_FORMAT));
        if (!found)
            abort();
        return found;
    }();
    static const QTimeZone newYork("America/New_York");
    if (size < 2)
        return "too short";
    const quint8 how = bytes[0], opts = bytes[1];
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 2, qsizetype(size - 2));

    static constexpr qint64 kChunks[] = {1, 2, 3, 7, 16, 61, 512, 4096, 65536, 1 << 24};
    ChunkedDevice device(data, kChunks[(how & 0x0f) % std::size(kChunks)]);
    device.setSequential(how & 0x10);
    device.open(QIODevice::ReadOnly);

    ImportOptions options;
    options.strict = opts & 1;
    if (opts & 2)
        options.zone = newYork;
    options.epochUnit = EpochUnit((opts >> 2) % 5);
    options.year = (opts & 0x20) ? 2024 : 0;
    options.fileModifiedUs = (opts & 0x40) ? qint64(1704067200) * 1000000 : 0;

    CountingSink sink;
    int calls = 0;
    const ImportReport report = importer->read(device, options, sink, [&](const ImportProgress &p) {
        if (p.bytesDone < 0 || (p.bytesTotal > 0 && p.bytesDone > p.bytesTotal))
            abort();                              // progress must stay within the file
        return (opts & 0x80) == 0 || ++calls < 3; // sometimes cancel early
    });
    if (report.records < 0 || report.rejected < 0 || report.firstIssues.size() > ImportReport::kMaxIssues)
        abort();
    const bool sniffed = importer->sniff(data.first(std::min<qsizetype>(data.size(), 4096)));
    QByteArray outcome = "records " + QByteArray::number(report.records) + " rejected " +
        QByteArray::number(report.rejected) + " skipped " + QByteArray::number(report.skipped);
    if (report.cancelled)
        outcome += " cancelled";
    if (report.error)
        outcome += " error " + oneLine(report.error->message().toUtf8());
    return outcome + (sniffed ? " sniffed" : "");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    (void)fuzzOutcome(bytes, size);
    return 0;
}
