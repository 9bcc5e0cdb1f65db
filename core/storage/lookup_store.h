// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "dataset_sink.h"
#include "event_series.h"
#include "lookup_aggregates.h"
#include "observation.h"
#include "record_query.h"
#include "timeline_event.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// Everything a view asks of a store of lookups. The command line and the window talk only
// to this interface, so a single-file SQLite store and a server-side store can serve every
// view alike. Implementations are thread-safe: the window queries from worker threads.
// Failures throw Failure, its kind set where it happened, with a message fit for the user.
class LookupStore {
public:
    virtual ~LookupStore() = default;

    virtual QString location() const = 0;
    virtual QList<DatasetInfo> datasets() = 0;
    virtual BinTable bins(const BinQuery &query) = 0;

    // Drill-down: `limit` records of a query's matches from match number `offset`, with the
    // total. Paging through one query again costs O(limit): the matches are kept.
    virtual RecordPage records(const RecordQuery &query, qint64 offset, qint64 limit) = 0;
    // The extent [first, last + 1 µs) of the datasets (empty: all); empty if they hold nothing.
    // Cheap: read from the datasets' metadata.
    virtual TimeRange extent(const QList<qint64> &datasetIds) = 0;

    // Aggregates for the analyses (lookup_aggregates.h) over a view's datasets, range and
    // filters (bins' rules; the split is ignored): per (client, qname) pair with at least
    // minLookups lookups its times; per dataset the silences longer than gapUs (no filters);
    // per bin of the view the distinct and first-seen query names. Equal for equal lookups.
    virtual PairTimes pairTimes(const BinQuery &query, qint64 minLookups) = 0;
    virtual QList<DatasetSilences> silences(const BinQuery &query, qint64 gapUs) = 0;
    virtual QnameCounts qnameCounts(const BinQuery &query) = 0;

    // Passive-DNS observations (datasets of kind Observations; bins() leaves them out), see
    // ObservationQuery. A store that cannot hold observations has none: the default.
    virtual QList<Observation> observations(const ObservationQuery &) { return {}; }

    virtual void renameDataset(qint64 id, const QString &name) = 0;
    virtual void deleteDataset(qint64 id) = 0;

    // Events (sqlite_store_events.cpp), ordered by start then id. Writes throw Failure on a
    // read-only store, for an unknown id, and for an event EventTime::problem() rejects.
    virtual QList<TimelineEvent> events() = 0;
    virtual qint64 addEvent(const TimelineEvent &event) = 0; // returns the new id
    // All events in one transaction: all stored or, on a throw, none. Returns the new ids.
    // series (recurring ones, from a calendar) are stored with them: their ids are keys local
    // to the call (1, 2, ...) that the events name as seriesId, and get store ids.
    virtual QList<qint64> addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series = {}) = 0;
    // By event.id; an occurrence keeps (or takes) the series and recurrenceUs it names.
    virtual void updateEvent(const TimelineEvent &event) = 0;
    virtual void deleteEvent(qint64 id) = 0; // one event, an occurrence too (its series stays)
    // Adds event under its own id (event.id > 0), as an undo of its deletion; throws if taken.
    virtual void restoreEvent(const TimelineEvent &event) = 0;
    // Recurring series, by id; their occurrences are the events naming them.
    virtual QList<EventSeries> eventSeries() = 0;
    // A whole-series edit, in one transaction: the series (by id) and the occurrences given
    // (by id), which must all belong to it.
    virtual void updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) = 0;
    // The series and every event naming it, in one transaction.
    virtual void deleteSeries(qint64 id) = 0;
    // The undo of deleteSeries: the series and its occurrences under their own ids; throws if
    // one is taken.
    virtual void restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) = 0;

    // The store's secret for redaction pseudonyms (keyed HMAC-SHA256 of addresses, see
    // AddressPseudonymizer): 32 random bytes, created on first use and kept with the store
    // (SQLite: store_meta key 'redaction_key'). Throws Failure if the store has no key yet
    // and cannot keep one (open read-only).
    virtual QByteArray redactionKey() = 0;

    // Datasets imported before the store kept rollups (SQLite stores of earlier releases): their
    // views are counted from the lookups, slower, until buildRollups() has written them. A
    // store without rollups has none.
    virtual QList<qint64> datasetsWithoutRollups() { return {}; }
    // Writes the missing rollups, one dataset per transaction; progress(fraction) false
    // cancels (what is written stays; the rest stays missing). Throws Failure on a
    // read-only store. Cost: a pass over those datasets' lookups (about 10 s per 100 M).
    virtual void buildRollups(const std::function<bool(double)> &) {}

    // A sink for one new dataset; see DatasetSink.
    virtual std::unique_ptr<DatasetSink> beginImport(const DatasetInfo &meta) = 0;
};

enum class StoreOpenMode { ReadOnly, ReadWrite, Create };

// Opens the store at location (a file path); Create makes an empty store if none exists.
std::unique_ptr<LookupStore> openStore(const QString &location, StoreOpenMode mode);
