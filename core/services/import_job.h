// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "import_request.h"

#include <QString>

class DatasetAdmin;

struct ImportResult {
    ImportReport report; // report.error set: nothing was stored
    DatasetInfo dataset; // valid when !report.error
};

// Imports one file into a store: sniffs or looks up the importer, streams the file through
// it into the store's DatasetSink while hashing it, and commits only if everything went well.
// A failure, a cancel (progress returned false), a refused duplicate or a strict-mode reject
// leave the store exactly as it was. Blocking; run it off the GUI thread.
ImportResult runImport(DatasetAdmin &store, const ImportRequest &request, const ProgressFn &progress);

// The import options as JSON text, as the datasets table keeps them.
QString importOptionsJson(const ImportRequest &request, const QString &formatId);
