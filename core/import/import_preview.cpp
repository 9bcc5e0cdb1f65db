// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_preview.h"

#include "answer_set_text.h"
#include "gzip_reader.h"
#include "importer_registry.h"
#include "lookup_field.h"
#include "timestamp_parser.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Keeps the first rows as text; counts nothing (the importer's report does).
class PreviewSink : public RecordSink {
public:
    PreviewSink(int maxRows, const QTimeZone &zone) : m_max(maxRows), m_zone(zone) {}

    void add(const RawLookup &l) override
    {
        if (rows.size() < m_max)
            rows.append({time(l.tsUs), text(l.client), text(l.qname), text(l.qtype), text(l.rcode), text(l.server),
                         LookupFlags::protoName(l.flags), AnswerSetText::display(l.answers)});
    }
    void addObservation(const RawObservation &o) override
    {
        if (rows.size() < m_max)
            rows.append({text(o.rrname), text(o.rrtype), text(o.rdata), time(o.timeFirstUs), time(o.timeLastUs),
                         o.count < 0 ? QString() : QString::number(o.count)});
    }

    QList<QStringList> rows;

private:
    static QString text(QByteArrayView v) { return QString::fromUtf8(v); }
    QString time(qint64 us) const { return QString::fromLatin1(TimestampParser::formatIso(us, m_zone)); }

    int m_max;
    QTimeZone m_zone;
};

} // namespace

ImportPreview ImportPreview::make(const ImportRequest &request, int maxRows, qint64 headBytes)
{
    ImportPreview preview;
    QFile file(request.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = Failure(file.exists() ? Failure::Kind::Io : Failure::Kind::NotFound, file.errorString());
        return preview;
    }
    std::optional<GzipReader> gunzip;
    if (GzipReader::isGzip(file.peek(16)))
        gunzip.emplace(file);
    QIODevice &input = gunzip ? static_cast<QIODevice &>(*gunzip) : file;
    const QByteArray head = input.peek(64 * 1024);
    if (head.isEmpty()) {
        preview.error =
            Failure(Failure::Kind::BadInput,
                    gunzip && gunzip->hasFailed() ? gunzip->errorString() : QStringLiteral("the file is empty"));
        return preview;
    }
    const bool autoFormat = request.format.isEmpty() || request.format == QLatin1String("auto");
    const Importer *importer = autoFormat ? ImporterRegistry::sniff(head) : ImporterRegistry::byId(request.format);
    if (!importer) {
        preview.error = Failure(Failure::Kind::BadInput,
                                autoFormat ? QStringLiteral("unknown format")
                                           : QStringLiteral("unknown format '%1'").arg(request.format));
        return preview;
    }
    preview.formatId = importer->formatId();
    preview.observations = importer->yieldsObservations();
    preview.headers = preview.observations
        ? QStringList{QStringLiteral("rrname"),     QStringLiteral("rrtype"),    QStringLiteral("rdata"),
                      QStringLiteral("first seen"), QStringLiteral("last seen"), QStringLiteral("count")}
        : QStringList{QStringLiteral("time"),  QStringLiteral("client"), QStringLiteral("qname"),
                      QStringLiteral("qtype"), QStringLiteral("rcode"),  QStringLiteral("server"),
                      QStringLiteral("proto"), QStringLiteral("answers")};
    ImportOptions options = request.options;
    if (!options.fileModifiedUs)
        options.fileModifiedUs = QFileInfo(request.filePath).lastModified().toMSecsSinceEpoch() * 1000;
    PreviewSink sink(maxRows, options.zone);
    const ProgressFn enough = [&](const ImportProgress &p) {
        return !((sink.rows.size() >= maxRows && p.bytesDone >= headBytes) || p.bytesDone >= 64 * headBytes);
    };
    const ImportReport report = importer->read(input, options, sink, enough);
    if (report.error && !report.cancelled)
        preview.error = report.error;
    preview.rows = sink.rows;
    preview.records = report.records;
    preview.rejected = report.rejected;
    preview.firstIssues = report.firstIssues;
    preview.skipped = report.skipped;
    preview.notes = report.notes;
    preview.wholeFile = !report.cancelled;
    preview.firstYear = report.firstYear;
    preview.fileModifiedUs = options.fileModifiedUs;
    return preview;
}
