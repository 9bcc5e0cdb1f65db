// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Zeek's dns.log in its default ASCII form: a header block (#separator with \xHH escapes,
// #set_separator, #empty_field, #unset_field, #path, #open, #fields, #types) then one
// record per line, #close at the end. Several logs may follow one another in a file, each
// with its own header and column order. Columns are found by name in #fields: ts (epoch
// seconds with a µs fraction, parsed exactly) -> time, id.orig_h -> client, id.resp_h ->
// server, query -> qname, qtype_name (else qtype) -> qtype, rcode_name (else rcode) -> rcode;
// other columns are ignored. Values are \xHH-unescaped; the unset and empty markers mean absent.
// Only ts is required: #fields without it fails the import. A record is rejected (counted,
// the first 20 reported by line) when its field count differs from #fields, its ts does not
// parse, it is longer than 1 MiB, or it comes before any #fields line.
// Stateless and thread-safe like every Importer; streams, no allocation per record.
class ZeekTsvImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("zeek"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
