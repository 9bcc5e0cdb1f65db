// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Zeek's dns.log written as JSON lines (LogAscii::use_json): one object per line with the
// keys ts (epoch seconds as a number, or an ISO 8601 string), id.orig_h -> client,
// id.resp_h -> server, query -> qname, qtype_name (else qtype) -> qtype, rcode_name (else
// rcode) -> rcode, answers and TTLs -> the answers (ZeekAnswers). A missing key or null means
// absent; other keys (nested objects…) are validated and skipped. Only ts is required. A line
// is rejected (counted, the first 20 reported by line) when it is not one valid JSON object
// (RFC 8259, UTF-8), nests deeper than 64 levels, is longer than 1 MiB, or lacks a parsable
// ts. Blank lines are skipped.
// Stateless and thread-safe like every Importer; streams lines through simdjson's DOM parser
// (JsonDocumentParser), each line parsed where LineReader holds it, with one parser per import.
class ZeekJsonImporter : public Importer {
public:
    // parseThreads: the threads that parse records (OrderedChunkParse::threadsFor): 0 = as many
    // as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit ZeekJsonImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("zeek-json"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
