// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_schema.h"

#include "lookup_field.h"
#include "sqlite_db.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

namespace {

// The creation and each migration are statements without BEGIN or COMMIT: prepare() runs all
// that a store needs in one exclusive transaction (see there).

// Version 1 also had lookup_view (the view without proto and flags); a new store gets the view
// in its latest form from lookupView() instead, so that its text is written once.
constexpr const char *kCreateV1 = R"sql(
CREATE TABLE names (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE datasets (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    source_file    TEXT,
    sha256         TEXT,
    format         TEXT,
    import_options TEXT,
    record_count   INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    ts_min         INTEGER,
    ts_max         INTEGER,
    first_rowid    INTEGER,
    last_rowid     INTEGER,
    imported_at    TEXT
);
CREATE INDEX datasets_sha256 ON datasets(sha256);
CREATE TABLE lookups (
    dataset INTEGER NOT NULL,
    ts      INTEGER NOT NULL,
    client  INTEGER,
    qname   INTEGER,
    qtype   INTEGER,
    rcode   INTEGER,
    server  INTEGER
);
CREATE TABLE lookup_blocks (
    dataset     INTEGER NOT NULL,
    first_rowid INTEGER NOT NULL,
    row_count   INTEGER NOT NULL,
    ts_min      INTEGER NOT NULL,
    ts_max      INTEGER NOT NULL,
    ts          BLOB NOT NULL,
    client      BLOB NOT NULL,
    qname       BLOB NOT NULL,
    qtype       BLOB NOT NULL,
    rcode       BLOB NOT NULL,
    server      BLOB NOT NULL,
    PRIMARY KEY (dataset, first_rowid)
) WITHOUT ROWID;
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    start_us   INTEGER NOT NULL,
    end_us     INTEGER,
    all_day    INTEGER NOT NULL DEFAULT 0,
    time_zone  TEXT,
    title      TEXT NOT NULL,
    notes      TEXT,
    category   TEXT,
    color      TEXT,
    url        TEXT,
    created_at TEXT,
    updated_at TEXT
);
PRAGMA application_id = 1145983828;
PRAGMA user_version = 1;
)sql";

// Version 2: passive-DNS observations (aggregated sightings with a first and last time and a
// count, which cannot be binned as single lookups), the kind of each dataset, and store_meta
// for per-store settings such as the redaction key.
constexpr const char *kMigrateV1ToV2 = R"sql(
ALTER TABLE datasets ADD COLUMN kind TEXT NOT NULL DEFAULT 'lookups';
CREATE TABLE observations (
    id         INTEGER PRIMARY KEY,
    dataset    INTEGER NOT NULL,
    rrname     TEXT NOT NULL,
    rrtype     TEXT,
    rdata      TEXT,
    bailiwick  TEXT,
    time_first INTEGER NOT NULL,
    time_last  INTEGER NOT NULL,
    count      INTEGER,
    zone_times INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX observations_dataset_time ON observations(dataset, time_first);
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value BLOB
) WITHOUT ROWID;
PRAGMA user_version = 2;
)sql";

// Version 3: per-lookup flags (LookupFlags; bit 0 = mDNS, 0 = plain DNS). Adding columns with
// a constant default rewrites nothing: old rows read as 0, old blocks' NULL flags as all-zero.
// lookup_view gains proto and flags (lookupView(), written after the migrations).
constexpr const char *kMigrateV2ToV3 = R"sql(
ALTER TABLE lookups ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lookup_blocks ADD COLUMN flags BLOB;
PRAGMA user_version = 3;
)sql";

// Version 4, the part of issue 21 (recurring events; the answer tables of version 4 come in a
// step of their own): the series recurring events came from, as their calendar defined them,
// and each occurrence's link to its series. Old events read as single events (NULL series).
constexpr const char *kMigrateV3ToV4Series = R"sql(
CREATE TABLE event_series (
    id             INTEGER PRIMARY KEY,
    calendar       TEXT NOT NULL,
    window_from_us INTEGER NOT NULL,
    window_to_us   INTEGER NOT NULL
);
ALTER TABLE events ADD COLUMN series_id INTEGER;
ALTER TABLE events ADD COLUMN recurrence_us INTEGER;
CREATE INDEX events_series ON events(series_id);
PRAGMA user_version = 4;
)sql";

// lookup_view as this version writes it; PROTO_CASE becomes lookupView()'s CASE.
constexpr const char *kLookupView = R"sql(CREATE VIEW lookup_view AS
SELECT l.rowid AS id, l.dataset, l.ts,
       strftime('%Y-%m-%dT%H:%M:%fZ', l.ts / 1000000.0, 'unixepoch') AS time,
       c.name AS client, q.name AS qname, t.name AS qtype, r.name AS rcode, s.name AS server,
       PROTO_CASE AS proto, l.flags
FROM lookups l
LEFT JOIN names c ON c.id = l.client
LEFT JOIN names q ON q.id = l.qname
LEFT JOIN names t ON t.id = l.qtype
LEFT JOIN names r ON r.id = l.rcode
LEFT JOIN names s ON s.id = l.server)sql";

// The view with proto spelled from the flags by LookupFlags, so that it names every proto the
// program knows (dns, mdns and the dnstap roles).
QByteArray lookupView()
{
    QByteArray proto = "CASE l.flags & 15";
    for (quint8 flags = 0; flags < 16; ++flags)
        proto += " WHEN " + QByteArray::number(flags) + " THEN '" + LookupFlags::protoName(flags).toLatin1() + "'";
    proto += " ELSE 'dns' END";
    return QByteArray(kLookupView).replace("PROTO_CASE", proto);
}

// Views hold no data, so a writable open replaces a lookup_view whose text is not this
// version's (one that spells fewer protos) without a new schema version; older programs
// read the new view as well. A read-only open leaves the file alone.
bool lookupViewIsCurrent(SqliteDb &db)
{
    Statement current = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'view' AND name = 'lookup_view'");
    return current.step() && current.text(0).toUtf8() == lookupView();
}

// Version 5, answers (a step of its own, after version 4's recurring events). Each distinct
// answer set once in answer_sets (AnswerSetText); each lookup's set id and base TTL in the
// lookup_blocks column `answers` (ColumnCodec::encodeAnswers; NULL for a block without answers,
// which is how every older block reads). The lookups table is not touched: a column there
// would cost 2–3 bytes per lookup, more than the sets and the compressed block column together.
constexpr const char *kMigrateV4ToV5Answers = R"sql(
CREATE TABLE answer_sets (
    id      INTEGER PRIMARY KEY,
    answers TEXT NOT NULL
);
ALTER TABLE lookup_blocks ADD COLUMN answers BLOB;
PRAGMA user_version = 5;
)sql";

// Version 6, the address book (a step of its own, after version 5's answers): who is behind
// addresses and names, one row per pattern (AddressPattern's canonical spelling). Owner fields
// are derived from it when a view is computed; nothing else changes.
constexpr const char *kMigrateV5ToV6AddressBook = R"sql(
CREATE TABLE address_book (
    id         INTEGER PRIMARY KEY,
    pattern    TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    updated_at TEXT
);
PRAGMA user_version = 6;
)sql";

// Derived tables, outside the versioned schema: the rollups of each dataset (RollupBuilder),
// written with its import, or later for datasets imported before them (RollupTables::build).
// Readers count from the lookups wherever they are missing, so a store opened read-only
// without them reads the same, only slower. Created on every writable open, if missing.
// lookup_blocks_span: the blocks' extents without their columns. A row of lookup_blocks holds
// a block's columns (hundreds of KB), so each fills a 64 KiB page of its own and reading the
// block index from the table reads a page per block (1 GB for a billion lookups, seconds from
// a cold disk); the index holds a few bytes per block. Only an index: older releases ignore it.
constexpr const char *kDerivedObjects = R"sql(
CREATE INDEX IF NOT EXISTS lookup_blocks_span ON lookup_blocks(dataset, first_rowid, row_count, ts_min, ts_max);
CREATE TABLE IF NOT EXISTS lookup_rollups (
    dataset INTEGER NOT NULL,
    field   INTEGER NOT NULL,
    day     INTEGER NOT NULL,
    minutes BLOB,
    PRIMARY KEY (dataset, field, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lookup_value_counts (
    dataset INTEGER NOT NULL,
    field   INTEGER NOT NULL,
    value   INTEGER NOT NULL,
    lookups INTEGER NOT NULL,
    PRIMARY KEY (dataset, field, value)
) WITHOUT ROWID;
)sql";

constexpr qint64 kLockSliceMs = 50;

struct SchemaState {
    qint64 appId = 0, version = 0, tables = 0;
    bool empty() const { return tables == 0 && appId == 0 && version == 0; }
};

// In one statement, so from one snapshot: read one by one, the three could straddle another
// process's creation (application id 0 from before it, tables from after it) and make a store
// being created look like another program's database.
SchemaState readState(SqliteDb &db)
{
    Statement st = db.prepare("SELECT (SELECT application_id FROM pragma_application_id),"
                              " (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
    if (!st.step())
        return {};
    return {st.int64(0), st.int64(1), st.int64(2)};
}

// Throws for a file that is not a store of a version this release can read.
void checkReadable(SqliteDb &db, const SchemaState &s)
{
    if (s.appId != StoreSchema::kApplicationId)
        throw Failure(
            Failure::Kind::Corrupt,
            QStringLiteral("%1 is an SQLite database of another program, not a DNS Timeline store").arg(db.path()));
    if (s.version > StoreSchema::kVersion)
        throw Failure(Failure::Kind::NewerVersion,
                      QStringLiteral("%1 has store schema version %2, newer than this DNS Timeline "
                                     "understands (%3); open it with a newer release")
                          .arg(db.path())
                          .arg(s.version)
                          .arg(StoreSchema::kVersion));
    if (s.version < 1)
        throw Failure(Failure::Kind::Corrupt,
                      QStringLiteral("%1 has an unknown store schema version %2").arg(db.path()).arg(s.version));
}

bool derivedObjectsExist(SqliteDb &db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE (type = 'table' AND name IN ('lookup_rollups', "
                       "'lookup_value_counts')) OR (type = 'index' AND name = 'lookup_blocks_span')") == 3;
}

// Whether a writable open finds nothing to do.
bool isCurrent(SqliteDb &db, const SchemaState &s)
{
    return s.version == StoreSchema::kVersion && lookupViewIsCurrent(db) && derivedObjectsExist(db);
}

// Inside the exclusive transaction: creates or migrates what the store, as read now, needs.
void createOrMigrate(SqliteDb &db)
{
    const SchemaState now = readState(db);
    if (now.empty())
        db.exec(kCreateV1);
    else
        checkReadable(db, now);
    if (now.version < 2)
        db.exec(kMigrateV1ToV2);
    if (now.version < 3)
        db.exec(kMigrateV2ToV3);
    if (now.version < 4)
        db.exec(kMigrateV3ToV4Series);
    if (now.version < 5)
        db.exec(kMigrateV4ToV5Answers);
    if (now.version < 6)
        db.exec(kMigrateV5ToV6AddressBook);
    if (!lookupViewIsCurrent(db))
        db.exec("DROP VIEW IF EXISTS lookup_view; " + lookupView());
    db.exec(kDerivedObjects);
}

} // namespace

void StoreSchema::configure(SqliteDb &db)
{
    db.exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;"
            "PRAGMA secure_delete = OFF; PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY;");
}

void StoreSchema::prepare(SqliteDb &db, bool writable)
{
    const SchemaState seen = readState(db);
    if (seen.empty() && !writable)
        throw Failure(Failure::Kind::Corrupt, QStringLiteral("%1 is empty, not a DNS Timeline store").arg(db.path()));
    if (!seen.empty())
        checkReadable(db, seen);
    // A read-only open of an older store is served as it is: readers check version().
    if (!writable || isCurrent(db, seen))
        return;
    // Several processes may open a new or older store at once (imports started together): the
    // creation, every migration step and the view run in one exclusive transaction that reads
    // the state again inside it, so exactly one process changes the schema and the others find
    // it done. Large pages (the lookups are read in long rowid ranges) and WAL must be chosen
    // outside a transaction, before the first write; both are no-ops on a store that has them.
    // The lock is asked for in short slices, the state read again between them: a process
    // that made the schema may go on to hold the write lock for a whole import, and whoever
    // waited only for the schema need not wait for that. Gives up (TimedOut) when the schema
    // has not been made within the busy timeout.
    const int busyTimeout = db.busyTimeout();
    QElapsedTimer waited;
    waited.start();
    for (bool walChosen = !seen.empty();;) {
        db.setBusyTimeout(int(std::min<qint64>(kLockSliceMs, std::max<qint64>(1, busyTimeout - waited.elapsed()))));
        std::unique_ptr<Transaction> tx;
        try {
            // Choosing WAL writes the header: a read that becomes a write. SQLite calls no busy
            // handler for that upgrade (two such upgrades would deadlock), so the second of two
            // processes choosing it at once fails at once with SQLITE_BUSY ("gave up waiting"
            // without a wait): it is tried again here, like the lock, until the busy timeout.
            if (!walChosen) {
                db.exec("PRAGMA page_size = 65536; PRAGMA journal_mode = WAL;");
                walChosen = true;
            }
            tx = std::make_unique<Transaction>(db, Transaction::Kind::Exclusive);
        } catch (const Failure &error) {
            db.setBusyTimeout(busyTimeout);
            if (error.kind() != Failure::Kind::TimedOut || waited.elapsed() >= busyTimeout)
                throw;
            const SchemaState again = readState(db);
            if (!again.empty())
                checkReadable(db, again);
            if (isCurrent(db, again))
                return;
            if (!walChosen) // failed without waiting: the other process's write is under way
                std::this_thread::sleep_for(std::chrono::milliseconds(kLockSliceMs / 5));
            continue;
        }
        db.setBusyTimeout(busyTimeout);
        createOrMigrate(db);
        tx->commit();
        return;
    }
}

int StoreSchema::version(SqliteDb &db)
{
    return int(db.queryInt("PRAGMA user_version"));
}

bool StoreSchema::isStoreFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(100);
    if (head.size() < 72 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto *p = reinterpret_cast<const uchar *>(head.constData()) + 68;
    const quint32 id = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    return id == quint32(kApplicationId);
}
