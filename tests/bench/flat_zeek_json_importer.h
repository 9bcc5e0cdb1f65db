// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// FlatZeekJsonImporter: the zeek-json importer as it was before it moved to simdjson (issue
// 21), kept only as the peer of `dnstimeline_bench zeek-json`: each line validated and its
// top-level members listed by FlatJsonScanner, the answers and TTLs arrays scanned again.
// Reads the same fields into the same LookupBuilder and ZeekAnswers as ZeekJsonImporter.
// Stateless and thread-safe like every Importer.
class FlatZeekJsonImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("zeek-json-flat"); }
    QString description() const override { return QStringLiteral("Zeek JSON lines, FlatJsonScanner"); }
    bool sniff(QByteArrayView) const override { return false; }
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
