// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_task.h"
#include "status_notice.h"

#include <QCoreApplication>

#include <functional>

// What an import batch tells the user in the status bar: the files and records imported (or
// that nothing was, or that it was cancelled), the records rejected, the year taken for logs
// whose times carry none, and the files refused because the store already holds them, with
// "Import again" (importAgain gets those requests with force set). Errors other than refused
// duplicates are not part of it: the window shows them in a message box. GUI thread.
class ImportNotice {
    Q_DECLARE_TR_FUNCTIONS(ImportNotice)
public:
    static QString text(const ImportOutcome &outcome, const QLocale &locale);
    static void post(StatusNotice &notice, const ImportOutcome &outcome, const QLocale &locale,
                     const std::function<void(const QList<ImportRequest> &)> &importAgain);
};
