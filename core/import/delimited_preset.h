// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// DelimitedPreset: a delimited-text layout known by name, so that DelimitedImporter reads it
// without --columns and the registry can recognise it by content.
//
// - umbrella: Cisco Umbrella DNS logs (S3 export), CSV without a header, 10 columns
//   (Timestamp, Most Granular Identity, Identities, Internal IP, External IP, Action,
//   QueryType, ResponseCode, Domain, Categories) or 13 (three identity/blocked-category
//   columns appended). Timestamp `2023-01-02 03:04:05` (UTC) -> time, Internal IP -> client,
//   Domain (trailing dot) -> qname, QueryType `1 (A)` -> qtype, ResponseCode -> rcode; no
//   server. Some exports put a space before an opening quote (`"a", "b"`); it is dropped.
// - dnsdbq: the CSV of `dnsdbq -p csv` (Farsight DNSDB passive DNS), with its header
//   time_first,time_last,zone_first,zone_last,count,bailiwick,rrname,rrtype,rdata (UTC times).
//   Each row is a passive-DNS aggregate, imported as an OBSERVATION (like the cof format; see
//   ObservationColumns): rrname/rrtype/rdata seen from time_first to time_last `count` times,
//   or between zone_first and zone_last (marked as zone times) when the sensor times are empty.
//   The column mapping does not apply to it.
// ImportOptions::columnMap still applies after the preset's mapping and wins.
//
// Ownership: a value type. Thread-safety: immutable after construction; sniff is reentrant.
// Cost: sniff tokenizes the first record of the head only.
struct DelimitedPreset {
    QString id;            // the format id ("umbrella", "dnsdbq")
    QString description;   // one line for --help and the import dialog
    QStringList columnMap; // "field=column" mapping applied before the user's
    bool skipSpacesBeforeQuote = false;
    bool utc = false;          // the format's times are UTC whatever ImportOptions::zone says
    bool observations = false; // rows are passive-DNS observations (ObservationColumns), not lookups
    bool (*sniff)(QByteArrayView head) = nullptr;

    static DelimitedPreset umbrella();
    static DelimitedPreset dnsdbq();
};
