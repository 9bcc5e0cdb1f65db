// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "epoch_unit.h"
#include "failure.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <span>

// The vocabulary every importer shares: options in, progress out, one report back.
// Times are integer microseconds since the Unix epoch, UTC.

struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // 0 when unknown (a pipe)
};
// Called now and then from the importing thread; return false to cancel.
using ProgressFn = std::function<bool(const ImportProgress &)>;

struct ImportIssue {
    qint64 line = 0; // 1-based line (or record) number in the source
    QString message;
};

struct ImportReport {
    std::optional<Failure> error; // set: the import failed and nothing was stored
    qint64 records = 0;
    qint64 rejected = 0;
    QList<ImportIssue> firstIssues; // the first kMaxIssues problems, with line numbers
    // Records read whole but deliberately not imported (a format's events that are not lookups,
    // e.g. other EVTX event ids, a DNS server's own upstream queries): counted, not rejected.
    qint64 skipped = 0;
    // What the importer assumed and the user should know (a detected date pattern, the zone
    // times were read in, what was skipped), one sentence each, for the report and the preview.
    QStringList notes;
    bool cancelled = false;
    // Formats whose times carry no year (syslog stamps): the year the first record got, which is
    // ImportOptions::year when given, else inferred (SyslogClock); 0 when the times carry it.
    int firstYear = 0;
    static constexpr int kMaxIssues = 20;
};

struct ImportOptions {
    QTimeZone zone = QTimeZone::utc(); // for times that carry no offset
    bool zoneGiven = false;            // zone was chosen by the user (else it is the UTC default)
    // The date/time pattern of logs written in a regional format (Windows DNS debug logs): a
    // locale name such as "en-US" or "de-DE"; empty = detect it from the file.
    QString locale;
    EpochUnit epochUnit = EpochUnit::Auto;
    bool strict = false;   // a malformed record fails the import
    QStringList columnMap; // "field=column" overrides (delimited text)
    int year = 0;          // for formats whose times carry no year (0 = unknown)
    // When the file was last written (µs, UTC; 0 = unknown), set by runImport. Formats whose
    // times carry no year and no `year` given take the year that puts the first line at or
    // before this moment (a log is written before its file's modification time).
    qint64 fileModifiedUs = 0;
};

// One record of a response's answer section as an importer sees it; the views are valid only
// during RecordSink::add. type is the mnemonic ("A", "CNAME", or "TYPE65" for types without
// one), rdata the presentation text ("192.0.2.1", "mail.example.com", "10 mx.example.com").
struct RawAnswer {
    QByteArrayView type;
    QByteArrayView rdata;
    qint64 ttl = -1; // seconds; -1: not given
};

// One lookup as an importer sees it; the views are valid only during RecordSink::add.
struct RawLookup {
    qint64 tsUs = 0;
    QByteArrayView client;
    QByteArrayView qname; // already lower-cased, without the trailing dot
    QByteArrayView qtype;
    QByteArrayView rcode;
    QByteArrayView server;
    quint8 flags = 0;                        // LookupFlags bits: LookupFlags::kMdns for mDNS, else 0
    std::span<const RawAnswer> answers = {}; // the response's answer section, in order; empty: none or unknown
};

// One passive-DNS sighting as an importer sees it (see Observation); the views are valid only
// during RecordSink::addObservation. Times µs since the epoch, UTC, first <= last.
struct RawObservation {
    QByteArrayView rrname; // lower-cased, without the trailing dot
    QByteArrayView rrtype;
    QByteArrayView rdata;
    QByteArrayView bailiwick;
    qint64 timeFirstUs = 0;
    qint64 timeLastUs = 0;
    qint64 count = -1; // -1: not given
    bool zoneTimes = false;
};

// Where importers put what they read. Implementations decide about storage. An import gives
// either lookups or observations; a sink that keeps only lookups ignores observations.
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void add(const RawLookup &lookup) = 0;
    virtual void addObservation(const RawObservation &) {}
};
