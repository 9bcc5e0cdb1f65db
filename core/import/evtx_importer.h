// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Windows XML Event Logs (.evtx), read with Debian's libevtx (EvtxFileReader): Sysmon's DNS
// query events and the DNS Server analytic channel become lookups as WindowsDnsEvents says;
// every other event is skipped and counted. libevtx reads files by name and seeks, so the
// input is first copied to a temporary file (in QDir::tempPath(), removed afterwards): the
// copy is what lets the import hash the bytes it reads and read .gz files; it costs the
// file's size in temporary disk space and a copy at disk speed.
//
// A file libevtx cannot open (not EVTX, a damaged header) fails the import with libevtx's
// reason; a record libevtx cannot read (a damaged chunk) is rejected with its EVTX record number
// and the import goes on, and so is every record the chunks hold that libevtx leaves out without
// an error (EvtxChunkCensus: "record 20616 (chunk 224) could not be read by libevtx: …"), with a
// note of how many. Progress counts the copy, then the records read.
//
// The same events exported as XML (`wevtutil qe /f:xml`, `evtxexport -f xml`, `evtx_dump.py`,
// Event Viewer's "Save as XML") are a sniffed variant of this format, read by
// WindowsEventXmlReader as they stream: same mapping, record numbers are the events' places
// and a break in the XML rejects the rest of the file (reported with its line).
//
// Stateless and thread-safe like every Importer; memory bounded by libevtx's chunk cache and
// 65,536 waiting DNS Server queries.
class EvtxImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("evtx"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    static ImportReport readBinary(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                   const ProgressFn &progress);
    static ImportReport readXml(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                const ProgressFn &progress);
};
