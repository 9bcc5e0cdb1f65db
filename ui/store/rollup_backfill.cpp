// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_backfill.h"

#include "lookup_store.h"
#include "sqlite_db.h"
#include "task_progress.h"

#include <QtConcurrent/QtConcurrentRun>

RollupBackfill::RollupBackfill(TaskProgress *progress, QObject *parent) : QObject(parent), m_progress(progress)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        disconnect(m_progress, &TaskProgress::cancelRequested, this, nullptr);
        m_progress->finish();
        const QString error = m_watcher.result();
        m_store.reset();
        if (m_cancel)
            return;
        if (error.isEmpty())
            emit done();
        else
            emit failed(error);
    });
}

RollupBackfill::~RollupBackfill()
{
    stop();
}

void RollupBackfill::stop()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void RollupBackfill::startFor(const std::shared_ptr<LookupStore> &store)
{
    if (isRunning())
        stop();
    if (!store || store->datasetsWithoutRollups().isEmpty())
        return;
    m_store = store;
    m_cancel = false;
    const QString text = tr("Indexing older datasets for fast views…");
    m_progress->showProgress(text, 0, true);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] { m_cancel = true; });
    m_watcher.setFuture(QtConcurrent::run([this, store, text] {
        try {
            store->buildRollups([this, text](double fraction) {
                QMetaObject::invokeMethod(
                    m_progress,
                    [progress = m_progress, text, fraction] {
                        progress->showProgress(text, int(fraction * 1000), true);
                    },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
        } catch (const StoreError &e) {
            return e.kind() == Failure::Kind::Cancelled ? QString() : e.message();
        }
        return QString();
    }));
}
