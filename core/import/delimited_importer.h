// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delimited_preset.h"
#include "importer.h"

#include <optional>

// Delimited text: comma, tab, semicolon or pipe (detected), RFC 4180 quoting, UTF-8 with or
// without BOM, an optional header row (detected). Columns are found by header name —
// timestamp|time|ts|date|datetime, client|src|source|src_ip|id.orig_h, qname|query|domain|name,
// qtype|type|query_type, rcode|response|response_code, server|dst|resolver|id.resp_h — or,
// without a header, taken in that order; ImportOptions::columnMap ("field=NAME" or
// "field=N", N 1-based) overrides either. Only the timestamp is required.
// A row is rejected (counted, the first 20 reported by line) when its quoting is broken, it
// is longer than 1 MiB, it lacks the timestamp column, or its timestamp is empty or does not parse.
// Constructed with a DelimitedPreset, it is that preset's format instead (its id, its sniff,
// its column mapping, its quoting and zone rules). Stateless and thread-safe like every Importer.
class DelimitedImporter : public Importer {
public:
    DelimitedImporter() = default;
    explicit DelimitedImporter(DelimitedPreset preset) : m_preset(std::move(preset)) {}

    QString formatId() const override { return m_preset ? m_preset->id : QStringLiteral("csv"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    bool yieldsObservations() const override { return m_preset && m_preset->observations; }
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    std::optional<DelimitedPreset> m_preset;
};
