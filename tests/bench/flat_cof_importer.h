// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// FlatCofImporter: the COF (passive DNS) importer as it was before it moved to simdjson (issue
// 21), kept only as the peer of `dnstimeline_bench cof`: each line validated and its top-level
// members listed by FlatJsonScanner, Farsight's "obj" and the rdata arrays scanned again. Reads
// the same members into the same ObservationBuilder as PassiveDnsImporter.
// Stateless and thread-safe like every Importer.
class FlatCofImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("cof-flat"); }
    QString description() const override { return QStringLiteral("COF JSON lines, FlatJsonScanner"); }
    bool sniff(QByteArrayView) const override { return false; }
    bool yieldsObservations() const override { return true; }
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
