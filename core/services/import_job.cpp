// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_job.h"

#include "dataset_admin.h"
#include "gzip_reader.h"
#include "hashing_reader.h"
#include "importer_registry.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
ImportResult failed(Failure::Kind kind, const QString &message)
{
    ImportResult result;
    result.report.error = Failure(kind, message);
    return result;
}

// Counts what it is given; for reading a file's head before the import.
class CountingSink : public RecordSink {
public:
    void add(const RawLookup &) override { ++count; }
    void addObservation(const RawObservation &) override { ++count; }
    qint64 count = 0;
};

// For formats whose times carry no year: the year the first record of head gets without
// ImportOptions::year (from the file's modification time); 0 for other formats.
int yearOfHead(const Importer &importer, const QByteArray &head, const ImportOptions &options)
{
    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CountingSink sink;
    return importer.read(buffer, options, sink, {}).firstYear;
}
} // namespace

QString importOptionsJson(const ImportRequest &request, const QString &formatId)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatId);
    o.insert(QStringLiteral("tz"), QString::fromUtf8(request.options.zone.id()));
    o.insert(QStringLiteral("strict"), request.options.strict);
    if (!request.options.columnMap.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(request.options.columnMap));
    if (request.options.year)
        o.insert(QStringLiteral("year"), request.options.year);
    if (!request.options.locale.isEmpty())
        o.insert(QStringLiteral("locale"), request.options.locale);
    static const char *units[] = {"auto", "s", "ms", "us", "ns"};
    o.insert(QStringLiteral("epoch_unit"), QString::fromLatin1(units[int(request.options.epochUnit)]));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ImportResult runImport(DatasetAdmin &store, const ImportRequest &request, const ProgressFn &progress)
{
    const QString path = request.filePath;
    QFile file(path);
    if (QFileInfo(path).isDir())
        return failed(Failure::Kind::BadInput, QStringLiteral("%1: is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.exists() ? Failure::Kind::Io : Failure::Kind::NotFound,
                      QStringLiteral("%1: %2").arg(path, file.errorString()));
    // The SHA-256 is of the file as stored; a gzip file is sniffed and read decompressed.
    HashingReader reader(file);
    std::optional<GzipReader> gunzip;
    QIODevice *input = &reader;
    QByteArray head = file.peek(64 * 1024);
    if (GzipReader::isGzip(head)) {
        input = &gunzip.emplace(reader);
        head = gunzip->peek(64 * 1024);
        if (gunzip->hasFailed())
            return failed(Failure::Kind::BadInput, QStringLiteral("%1: %2").arg(path, gunzip->errorString()));
    }
    if (head.isEmpty())
        return failed(Failure::Kind::BadInput, QStringLiteral("%1: the file is empty").arg(path));

    const Importer *importer = nullptr;
    if (request.format.isEmpty() || request.format == QLatin1String("auto")) {
        importer = ImporterRegistry::sniff(head);
        if (!importer)
            return failed(
                Failure::Kind::BadInput,
                QStringLiteral("%1: unknown format; supported: %2").arg(path, ImporterRegistry::supportedList()));
    } else {
        importer = ImporterRegistry::byId(request.format);
        if (!importer)
            return failed(Failure::Kind::BadInput,
                          QStringLiteral("unknown format '%1'; supported: %2")
                              .arg(request.format, ImporterRegistry::supportedList()));
    }

    ImportRequest effective = request;
    ImportOptions &options = effective.options;
    if (!options.fileModifiedUs) // dates without a year are placed before this moment
        options.fileModifiedUs = QFileInfo(path).lastModified().toMSecsSinceEpoch() * 1000;
    // A year inferred from the file's time is fixed now and kept with the import options, so
    // that provenance names it and a re-import of a copy (reproduce.sh) gives the same times.
    if (!options.year)
        options.year = yearOfHead(*importer, head, options);

    DatasetInfo meta;
    meta.name = request.datasetName.isEmpty() ? QFileInfo(path).fileName() : request.datasetName;
    meta.sourceFile = QFileInfo(path).fileName();
    meta.format = importer->formatId();
    meta.importOptions = importOptionsJson(effective, meta.format);

    ImportResult result;
    try {
        std::unique_ptr<DatasetSink> sink = store.beginImport(meta);
        const qint64 total = file.size();
        const ProgressFn watch = [&](const ImportProgress &p) {
            const qint64 done = gunzip ? reader.consumed() : p.bytesDone; // compressed bytes for .gz
            return !progress || progress({done, p.bytesTotal ? p.bytesTotal : total});
        };
        try {
            result.report = importer->read(*input, options, *sink, watch);
        } catch (const Failure &stored) { // the sink's background writes failed: the importer stopped
            throw Failure(stored.kind(), QStringLiteral("could not store the records: %1").arg(stored.message()));
        }
        if (result.report.error) {
            result.report.error = Failure(result.report.error->kind(),
                                          QStringLiteral("%1: %2").arg(path, result.report.error->message()));
        } else if (result.report.cancelled) {
            result.report.error =
                Failure(Failure::Kind::Cancelled, QStringLiteral("%1: import cancelled; nothing was stored").arg(path));
        } else if (result.report.records == 0) {
            result.report.error = Failure(
                Failure::Kind::BadInput,
                QStringLiteral("%1: no valid %2 found (%3 rejected)")
                    .arg(path,
                         importer->yieldsObservations() ? QStringLiteral("observation") : QStringLiteral("lookup"))
                    .arg(result.report.rejected));
        }
        if (result.report.error) {
            sink->abort();
            return result;
        }
        const QString sha = reader.finishHex();
        if (!request.force) {
            if (const qint64 other = sink->datasetWithSha256(sha)) {
                sink->abort();
                result.duplicateOf = other;
                result.report.error = Failure(Failure::Kind::Refused,
                                              QStringLiteral("%1: already imported as dataset %2 (same SHA-256); use "
                                                             "--force to import it again")
                                                  .arg(path)
                                                  .arg(other));
                return result;
            }
        }
        result.dataset = sink->commit(sha, result.report.rejected);
    } catch (const Failure &error) {
        result.report.error = Failure(error.kind(), QStringLiteral("%1: %2").arg(path, error.message()));
        result.report.cancelled = false;
    } catch (const std::bad_alloc &) {
        result.report.error = Failure(Failure::Kind::Io, QStringLiteral("%1: out of memory").arg(path));
    }
    return result;
}
