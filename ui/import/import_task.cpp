// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_task.h"

#include "import_job.h"
#include "lookup_store.h"
#include "sqlite_db.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

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
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] { emit finished(m_watcher.result()); });
}

ImportTask::~ImportTask()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportTask::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

// On the worker thread.
ImportOutcome ImportTask::run()
{
    ImportOutcome outcome;
    for (int i = 0; i < m_requests.size() && !m_cancel; ++i) {
        const ImportRequest &request = m_requests[i];
        const QString name = QFileInfo(request.filePath).fileName();
        emit progressed(i, int(m_requests.size()), 0, name);
        const ProgressFn progress = [&](const ImportProgress &p) {
            const int permille = p.bytesTotal > 0 ? int(p.bytesDone * 1000 / p.bytesTotal) : 0;
            emit progressed(i, int(m_requests.size()), permille, name);
            return !m_cancel.load();
        };
        try {
            const ImportResult result = runImport(*m_store, request, progress);
            if (result.report.cancelled) {
                outcome.cancelled = true;
            } else if (result.report.error) {
                outcome.errors.append(*result.report.error);
            } else {
                ++outcome.imported;
                if (result.report.rejected > 0)
                    outcome.warnings.append(
                        tr("%1: %n record(s) rejected", nullptr, int(result.report.rejected)).arg(name));
            }
        } catch (const StoreError &e) {
            outcome.errors.append(QStringLiteral("%1: %2").arg(name, e.message()));
        }
    }
    outcome.cancelled = outcome.cancelled || m_cancel;
    return outcome;
}
