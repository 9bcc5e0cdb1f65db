// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "import_request.h"

#include <QString>

class DatasetAdmin;

struct ImportResult {
    ImportReport report;    // report.error set: nothing was stored
    DatasetInfo dataset;    // valid when !report.error
    qint64 duplicateOf = 0; // refused: the dataset with the same SHA-256 (ImportRequest::force imports it again)
};

// Imports one file into a store: sniffs or looks up the importer, streams the file through
// it into the store's DatasetSink while hashing it, and commits only if everything went well.
// A failure, a cancel (progress returned false), a refused duplicate or a strict-mode reject
// leave the store exactly as it was. For formats whose times carry no year, the year inferred
// from the file's modification time (ImportOptions::year not given) is read off the file's
// head first and stored with the import options. Blocking; run it off the GUI thread.
ImportResult runImport(DatasetAdmin &store, const ImportRequest &request, const ProgressFn &progress);

// The import options as JSON text, as the datasets table keeps them.
QString importOptionsJson(const ImportRequest &request, const QString &formatId);
