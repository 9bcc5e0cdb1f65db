// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_importer.h"

#include "evtx_record_batches.h"
#include "windows_dns_events.h"
#include "windows_event_xml_reader.h"

#include <QDir>
#include <QTemporaryFile>

namespace {

constexpr qint64 kCopyChunk = qint64(1) << 20;

// Copies in to file; false on cancel (report.cancelled) or a read/write error (report.error).
bool spool(QIODevice &in, QFile &file, const ProgressFn &progress, ImportReport &report, qint64 *bytes)
{
    QByteArray buffer(kCopyChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(in.errorString()));
            return false;
        }
        if (n == 0)
            return file.flush();
        if (file.write(buffer.constData(), n) != n) {
            report.error = Failure(Failure::Kind::Io,
                                   QStringLiteral("cannot write the temporary copy: %1").arg(file.errorString()));
            return false;
        }
        *bytes += n;
        if (progress && !progress({*bytes / 2, 0})) { // the copy is the first half of the work
            report.cancelled = true;
            return false;
        }
    }
}

} // namespace

QString EvtxImporter::description() const
{
    return QStringLiteral("Windows event log (.evtx): Sysmon DNS queries, DNS Server analytic events");
}

bool EvtxImporter::sniff(QByteArrayView head) const
{
    return head.startsWith(QByteArrayView("ElfFile\0", 8)) || WindowsEventXmlReader::sniff(head);
}

ImportReport EvtxImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                const ProgressFn &progress) const
{
    const QByteArray head = in.peek(64 * 1024);
    if (!head.startsWith(QByteArrayView("ElfFile\0", 8)) && WindowsEventXmlReader::sniff(head))
        return readXml(in, options, sink, progress);
    return readBinary(in, options, sink, progress);
}

ImportReport EvtxImporter::readXml(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                   const ProgressFn &progress)
{
    ImportReport report;
    WindowsDnsEvents events(options, sink, report);
    WindowsEventXmlReader::Callbacks callbacks;
    callbacks.wanted = WindowsDnsEvents::wanted;
    callbacks.event = [&](const WindowsEvent &e) { return events.add(e); };
    callbacks.broken = [&](qint64 line, const QString &why) {
        return events.reject(line,
                             QStringLiteral("the XML breaks here (%1); the rest of the file is not read").arg(why));
    };
    callbacks.progress = [&](qint64 done) { return !progress || progress({done, 0}); };
    switch (WindowsEventXmlReader::read(in, callbacks)) {
    case WindowsEventXmlReader::End::Done:
        events.finish();
        break;
    case WindowsEventXmlReader::End::Cancelled:
        report.cancelled = true;
        break;
    case WindowsEventXmlReader::End::ReadError:
        report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(in.errorString()));
        break;
    case WindowsEventXmlReader::End::Stopped:
        break;
    }
    return report;
}

ImportReport EvtxImporter::readBinary(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress)
{
    ImportReport report;
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/dnstimeline-evtx-XXXXXX"));
    if (!copy.open()) {
        report.error = Failure(
            Failure::Kind::Io,
            QStringLiteral("cannot create a temporary copy in %1: %2").arg(QDir::tempPath(), copy.errorString()));
        return report;
    }
    qint64 bytes = 0;
    if (!spool(in, copy, progress, report, &bytes))
        return report;
    copy.seek(0);
    if (!copy.read(8).startsWith(QByteArrayView("ElfFile\0", 8))) {
        report.error = Failure(Failure::Kind::BadInput,
                               QStringLiteral("not an EVTX file (no ElfFile signature) nor exported events (XML)"));
        return report;
    }
    EvtxRecordBatches reader;
    try {
        reader.open(copy.fileName());
    } catch (const Failure &unreadable) {
        report.error =
            Failure(unreadable.kind(), QStringLiteral("libevtx cannot read the file: %1").arg(unreadable.message()));
        return report;
    }
    WindowsDnsEvents events(options, sink, report);
    EvtxRecordBatches::Callbacks callbacks;
    callbacks.event = [&](const WindowsEvent &e) { return events.add(e); };
    callbacks.unreadable = [&](qint64 record, const QString &message) { return events.reject(record, message); };
    callbacks.progress = [&](int done, int total) {
        return !progress || progress({bytes / 2 + bytes / 2 * done / std::max(1, total), 0});
    };
    const EvtxRecordBatches::End end = reader.read(WindowsDnsEvents::wanted, callbacks);
    if (end == EvtxRecordBatches::End::Cancelled)
        report.cancelled = true;
    if (end != EvtxRecordBatches::End::Done)
        return report;
    events.finish();
    if (reader.missed())
        report.notes.append(QStringLiteral("%1 records that the file's chunks hold could not be read by libevtx and "
                                           "are not imported (each is named among the problems)")
                                .arg(reader.missed()));
    return report;
}
