// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Passive DNS in the Common Output Format (draft-dulaunoy-dnsop-passive-dns-cof): JSON lines,
// one object per rrset with rrname, rrtype, rdata (a string or an array of strings),
// time_first/time_last (or zone_time_first/zone_time_last, marked as zone times; the sensor
// times win when a record has both), and optionally count and bailiwick. Times are epoch
// numbers (ImportOptions::epochUnit, by magnitude by default) or ISO 8601 text (in
// ImportOptions::zone when without offset); a record with only a first time was seen once.
// Farsight's streaming framing is understood: records wrapped as {"obj":{…}} between
// {"cond":"begin"} and {"cond":"limited"|"succeeded"} lines; {"cond":"failed","msg":…} is
// reported as an issue. Other keys (sensor_id, time_first_ms…) are skipped.
//
// These are aggregated sightings, not single lookups: read() gives observations
// (RecordSink::addObservation), one per rdata (an rrset with an array of N rdata gives N
// observations sharing its times and count), rrname and bailiwick lower-cased without the
// trailing dot, rrtype as a mnemonic. A line is rejected (counted, the first 20 reported by
// line) when it is not valid JSON, lacks rrname, rdata or a parsable first time, has a last
// time before its first, or a count that is not a non-negative integer.
// Each line is parsed where LineReader holds it by simdjson's DOM parser (JsonDocumentParser,
// one per import, nesting limited to 64 levels), which validates the whole line before a member
// is read. Stateless and thread-safe like every Importer.
class PassiveDnsImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("cof"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    bool yieldsObservations() const override { return true; }
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
