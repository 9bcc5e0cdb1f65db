// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_request.h"

#include <QList>
#include <QStringList>

// What an import of one file would give, judged from its head, for the import dialog: the
// format (detected when the request says auto), the first rows as text, and the records and
// rejects counted so far with the first issues. The importer runs on the file itself (a .gz
// decompressed) into a sink that keeps maxRows rows and counts the rest, and is cancelled
// once it has read headBytes and has maxRows rows, or has read 64 × headBytes in any case (at
// the importer's next progress call: text importers read 4 MiB at a time, so a file up to that
// size is counted whole); nothing is stored. Lookups give the columns time (ISO 8601 in the request's zone), client,
// qname, qtype, rcode, server, proto, answers (AnswerSetText::display); observations rrname, rrtype, rdata, first, last, count.
//
// Ownership: a value. Thread-safety: make() is reentrant; run it off the GUI thread for large
// files. Cost: reading and parsing the first few MiB of the file (a few ms per MiB).
struct ImportPreview {
    QString formatId;
    std::optional<Failure> error; // the file cannot be read, or its format is not known
    bool observations = false;
    QStringList headers;
    QList<QStringList> rows;
    qint64 records = 0;  // valid records in the part read
    qint64 rejected = 0; // rejected records in the part read
    QList<ImportIssue> firstIssues;
    qint64 skipped = 0;     // records read but not lookups (ImportReport::skipped)
    QStringList notes;      // what the importer assumed (ImportReport::notes)
    bool wholeFile = false; // the part read is the whole file
    // Formats whose times carry no year: the year of the first record (the request's year, or
    // inferred from the file's modification time, fileModifiedUs); 0 when the times carry it.
    int firstYear = 0;
    qint64 fileModifiedUs = 0; // µs UTC

    static ImportPreview make(const ImportRequest &request, int maxRows = 20, qint64 headBytes = qint64(1) << 20);
};
