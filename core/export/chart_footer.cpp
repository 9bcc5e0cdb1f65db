// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_footer.h"

#include <QLocale>

QStringList ChartFooter::parts(const QList<DatasetInfo> &datasets, const ExportView &view, const BinWidth &width,
                               const QDateTime &exportedAt)
{
    const BinQuery &q = view.query;
    QStringList names;
    for (const DatasetInfo &d : datasets)
        names.append(d.name);
    QStringList out{(datasets.size() == 1 ? QStringLiteral("Dataset: ") : QStringLiteral("Datasets: ")) +
                    (names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))};
    QStringList filters;
    for (const FieldFilter &f : q.filters)
        filters.append(QStringLiteral("%1=%2").arg(lookupFieldName(f.field), f.glob));
    out.append(QStringLiteral("Filters: ") +
               (filters.isEmpty() ? QStringLiteral("none") : filters.join(QStringLiteral(", "))));
    if (q.split == LookupField::Answer)
        out.append(QStringLiteral("Split by answer (top %1; a lookup counts once per distinct answer, "
                                  "so series may add up to more than the lookups)")
                       .arg(q.topK));
    else if (q.split && isOwnerField(*q.split) && ownerSource(*q.split) == LookupField::Answer)
        out.append(QStringLiteral("Split by %1 (top %2; a lookup counts once per distinct owner of its answers, "
                                  "so series may add up to more than the lookups)")
                       .arg(lookupFieldName(*q.split))
                       .arg(q.topK));
    else if (q.split)
        out.append(QStringLiteral("Split by %1 (top %2)").arg(lookupFieldName(*q.split)).arg(q.topK));
    if (!view.hiddenSeries.isEmpty())
        out.append(QStringLiteral("Hidden series: ") + view.hiddenSeries.join(QStringLiteral(", ")));
    if (view.hideAutomatedAt) {
        constexpr int kNamed = 3;
        QStringList pairs;
        for (qsizetype i = 0; i < std::min<qsizetype>(kNamed, view.automatedPairs.size()); ++i) {
            const AutomatedPair &a = view.automatedPairs[i];
            pairs.append(QStringLiteral("%1 → %2 (%3)").arg(a.client, a.qname).arg(a.score, 0, 'f', 2));
        }
        if (view.automatedPairs.size() > kNamed)
            pairs.append(QStringLiteral("%1 more in provenance.json").arg(view.automatedPairs.size() - kNamed));
        out.append(QStringLiteral("Automated traffic hidden: client → name pairs with a beacon score ≥ %1 (%2)%3")
                       .arg(*view.hideAutomatedAt, 0, 'f', 2)
                       .arg(view.automatedPairs.size())
                       .arg(pairs.isEmpty() ? QString() : QStringLiteral(": ") + pairs.join(QStringLiteral(", "))));
    }
    if (view.events && !view.hiddenCategories.isEmpty())
        out.append(QStringLiteral("Hidden event categories: ") + view.hiddenCategories.join(QStringLiteral(", ")));
    out.append(QStringLiteral("Bin width: ") + width.name());
    out.append(QStringLiteral("Time zone: ") + QString::fromUtf8(q.zone.id()));
    if (view.redact)
        out.append(view.redactNames ? QStringLiteral("Addresses and names are pseudonyms")
                                    : QStringLiteral("Addresses are pseudonyms"));
    out.append(QStringLiteral("Exported %1 UTC")
                   .arg(QLocale::c().toString(exportedAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    out.append(QStringLiteral("DNS Timeline %1").arg(QStringLiteral(DNSTL_VERSION)));
    return out;
}

QDateTime ChartFooter::exportTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec()); // whole seconds, as printed
}
