// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_task.h"

#include "import_job.h"
#include "lookup_store.h"
#include "query_cancel_scope.h"

#include <QFileInfo>

QList<ImportRequest> ImportTask::requestsFor(const QStringList &files)
{
    QList<ImportRequest> requests;
    for (const QString &file : files) {
        requests.append(ImportRequest());
        requests.back().filePath = file;
    }
    return requests;
}

ImportTask::ImportTask(std::shared_ptr<LookupStore> store, const QStringList &files, QObject *parent)
    : ImportTask(std::move(store), requestsFor(files), parent)
{}

ImportTask::ImportTask(std::shared_ptr<LookupStore> store, const QList<ImportRequest> &requests, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_requests(requests)
{}

ImportTask::~ImportTask() = default;

void ImportTask::start()
{
    m_task.run([this](const CancelToken &cancel) { return run(cancel); },
               [this](const ImportOutcome &outcome) { emit finished(outcome); },
               [this](const Failure &failure) {
                   ImportOutcome outcome;
                   outcome.failures.append(failure);
                   emit finished(outcome);
               });
}

// On the worker thread; this object outlives it (m_task joins).
ImportOutcome ImportTask::run(const CancelToken &cancel)
{
    // A file stops between batches (the progress callback), never inside a store request, so
    // its rollback is not cut short: the task's token does not reach the store's queries.
    const QueryCancelScope wholeRequests(nullptr);
    ImportOutcome outcome;
    for (int i = 0; i < m_requests.size() && !cancel.isCancelled(); ++i) {
        const ImportRequest &request = m_requests[i];
        const QString name = QFileInfo(request.filePath).fileName();
        emit progressed(i, int(m_requests.size()), 0, name);
        const ProgressFn progress = [&](const ImportProgress &p) {
            const int permille = p.bytesTotal > 0 ? int(p.bytesDone * 1000 / p.bytesTotal) : 0;
            emit progressed(i, int(m_requests.size()), permille, name);
            return !cancel.isCancelled();
        };
        try {
            const ImportResult result = runImport(*m_store, request, progress);
            if (result.report.error && result.report.error->kind() == Failure::Kind::Cancelled) {
                outcome.cancelled = true;
            } else if (result.duplicateOf) {
                outcome.duplicates.append({request, result.duplicateOf});
            } else if (result.report.error) {
                outcome.failures.append(*result.report.error);
            } else {
                outcome.imported.append(result.dataset);
                if (result.report.rejected > 0)
                    outcome.warnings.append(
                        tr("%1: %n record(s) rejected", nullptr, int(result.report.rejected)).arg(name));
                if (result.report.firstYear && !request.options.year)
                    outcome.yearNotes.append(tr("%1: its times carry no year; %2 was taken from the file's date")
                                                 .arg(name)
                                                 .arg(result.report.firstYear));
            }
        } catch (const Failure &e) {
            outcome.failures.append(Failure(e.kind(), QStringLiteral("%1: %2").arg(name, e.message())));
        }
    }
    outcome.cancelled = outcome.cancelled || cancel.isCancelled();
    return outcome;
}
