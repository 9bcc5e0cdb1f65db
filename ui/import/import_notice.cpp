// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_notice.h"

#include "translations.h"

#include <QFileInfo>

QString ImportNotice::text(const ImportOutcome &outcome, const QLocale &locale)
{
    QStringList parts;
    qint64 lookups = 0, observations = 0;
    for (const DatasetInfo &d : outcome.imported)
        (d.kind == DatasetKind::Observations ? observations : lookups) += d.records;
    const auto counted = [&] {
        QStringList what;
        if (lookups > 0 || observations == 0)
            what.append(tr("%1 lookups", nullptr, pluralCount(lookups)).arg(locale.toString(lookups)));
        if (observations > 0)
            what.append(tr("%1 observations", nullptr, pluralCount(observations)).arg(locale.toString(observations)));
        return what.join(tr(" and "));
    };
    if (outcome.imported.size() == 1) {
        const DatasetInfo &d = outcome.imported.front();
        parts.append(tr("Imported %1: %2 (dataset %3).").arg(d.sourceFile, counted()).arg(d.id));
    } else if (!outcome.imported.isEmpty()) {
        parts.append(tr("Imported %n files: %1.", nullptr, int(outcome.imported.size())).arg(counted()));
    } else if (outcome.duplicates.isEmpty()) {
        parts.append(tr("Nothing was imported."));
    }
    if (outcome.cancelled)
        parts.append(tr("Cancelled: the file being read was not stored."));
    for (const QString &w : outcome.warnings)
        parts.append(w + QLatin1Char('.'));
    for (const QString &n : outcome.yearNotes)
        parts.append(n + QLatin1Char('.'));
    for (const ImportOutcome::Duplicate &d : outcome.duplicates)
        parts.append(tr("%1 is already in the store as dataset %2 (same SHA-256).")
                         .arg(QFileInfo(d.request.filePath).fileName())
                         .arg(d.dataset));
    return parts.join(QLatin1Char(' '));
}

void ImportNotice::post(StatusNotice &notice, const ImportOutcome &outcome, const QLocale &locale,
                        const std::function<void(const QList<ImportRequest> &)> &importAgain)
{
    QList<StatusNotice::Action> actions;
    if (!outcome.duplicates.isEmpty()) {
        QList<ImportRequest> again;
        for (ImportOutcome::Duplicate d : outcome.duplicates) {
            d.request.force = true;
            again.append(d.request);
        }
        actions.append({tr("Import again"), [importAgain, again] { importAgain(again); }});
    }
    notice.post(text(outcome, locale), actions, actions.isEmpty() ? 60'000 : 0);
}
