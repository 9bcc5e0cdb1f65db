// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

// One input format. Importers are stateless: read() keeps its state on the stack, so one
// instance serves any number of imports at once. read() streams (memory bounded whatever
// the input size), calls progress now and then and stops when it returns false (the report
// then says cancelled), reports malformed records as issues with line numbers, and fails
// the whole import only for what makes the input unusable (or any bad record when strict).
class Importer {
public:
    virtual ~Importer() = default;
    virtual QString formatId() const = 0;    // e.g. "csv"
    virtual QString description() const = 0; // one line for --help and the import dialog
    // Whether the head of a file (its first kilobytes) looks like this format.
    virtual bool sniff(QByteArrayView head) const = 0;
    // Whether read() gives passive-DNS observations (RecordSink::addObservation) instead of lookups.
    virtual bool yieldsObservations() const { return false; }
    virtual ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                              const ProgressFn &progress) const = 0;
};
