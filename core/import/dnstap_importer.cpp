// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnstap_importer.h"

#include "dnstap_decoder.h"
#include "dnstap_exchange_tracker.h"
#include "frame_stream_reader.h"
#include "reject_log.h"

namespace {

constexpr qint64 kProgressBytes = 4 << 20;

} // namespace

QString DnstapImporter::description() const
{
    return QStringLiteral("Frame Streams files of dnstap messages (BIND, Unbound, Knot, PowerDNS, kdig, …)");
}

bool DnstapImporter::sniff(QByteArrayView head) const
{
    return FrameStreamReader::contentTypeOf(head) == QByteArrayView(kContentType);
}

ImportReport DnstapImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                  const ProgressFn &progress) const
{
    ImportReport report;
    qint64 frameNumber = 0;
    RejectLog log(report, options.strict, "frame");
    FrameStreamReader frames(in, kContentType);
    DnstapDecoder decoder;
    DnstapRecord record;
    DnstapExchangeTracker tracker(sink, [&](const QString &problem) { log.reject(frameNumber, problem); });
    qint64 nextProgress = kProgressBytes;
    for (;;) {
        QByteArrayView frame;
        const FrameStreamReader::Status status = frames.next(frame);
        if (status == FrameStreamReader::Status::End)
            break;
        if (status == FrameStreamReader::Status::Error) {
            report.error = Failure(Failure::Kind::BadInput, frames.problem());
            return report;
        }
        if (status != FrameStreamReader::Status::Frame) { // truncated or corrupt: nothing more can be read
            log.reject(frames.framesRead() + 1, frames.problem());
            break;
        }
        frameNumber = frames.framesRead();
        if (const char *problem = decoder.decode(frame, record))
            log.reject(frameNumber, QString::fromLatin1(problem));
        else
            tracker.message(record);
        if (log.failed())
            return report;
        if (frames.bytesRead() >= nextProgress) {
            nextProgress = frames.bytesRead() + kProgressBytes;
            if (progress && !progress({frames.bytesRead(), 0})) {
                report.cancelled = true;
                return report;
            }
        }
    }
    if (report.error)
        return report;
    tracker.finish();
    report.records = tracker.lookups();
    if (progress && !progress({frames.bytesRead(), 0}))
        report.cancelled = true;
    return report;
}
