// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QString>

// What to import: one file, its format ("auto": sniffed), the dataset's name and the options.
struct ImportRequest {
    QString filePath;
    QString format = QStringLiteral("auto");
    QString datasetName; // empty: the file's name
    ImportOptions options;
    bool force = false; // import even if a dataset with the same SHA-256 exists
};
