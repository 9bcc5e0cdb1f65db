// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_task.h"
#include "import_job.h"

#include <QObject>
#include <QStringList>

#include <memory>

class LookupStore;

// What a batch of imports came to, for the window to report (ImportNotice).
struct ImportOutcome {
    struct Duplicate {
        ImportRequest request;
        qint64 dataset = 0; // the store's dataset with the same SHA-256
    };
    bool cancelled = false;
    QList<DatasetInfo> imported; // the datasets made, in order
    QList<Failure> failures;     // one per failed file, with the importer's message (file, line)
    QStringList warnings;        // rejected records, per file
    QStringList yearNotes;       // files whose times carry no year, none given: the year taken
    QList<Duplicate> duplicates; // refused: already in the store (ImportRequest::force imports again)
};

// Imports files into a store one after another on a BackgroundTask (runImport). The progress
// callback only reads the task's cancel token and emits progressed, which reaches the GUI
// thread queued. cancel() stops after the current file's rollback and still reports what was
// done. Owned by the window; deleting it cancels and joins (the rollback is short). Start once.
class ImportTask : public QObject {
    Q_OBJECT
public:
    ImportTask(std::shared_ptr<LookupStore> store, const QStringList &files, QObject *parent = nullptr);
    // Each file with its own format, zone and column mapping (the import dialog's choices).
    ImportTask(std::shared_ptr<LookupStore> store, const QList<ImportRequest> &requests, QObject *parent = nullptr);
    ~ImportTask() override;
    // One request per file with the default choices (format detected, UTC, no mapping).
    static QList<ImportRequest> requestsFor(const QStringList &files);

    void start();
    void cancel() { m_task.interrupt(); }
    bool isRunning() const { return m_task.isBusy(); }

signals:
    // permille of the current file (fileIndex of fileCount) done.
    void progressed(int fileIndex, int fileCount, int permille, const QString &fileName);
    void finished(const ImportOutcome &outcome);

private:
    ImportOutcome run(const CancelToken &cancel);

    std::shared_ptr<LookupStore> m_store;
    QList<ImportRequest> m_requests;
    // Last: destroyed first, it cancels and joins the worker while this object is whole.
    BackgroundTask m_task{BackgroundTask::Overlap::FinishRunning, this};
};
