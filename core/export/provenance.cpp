// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance.h"

#include "bin_table_format.h"
#include "mmdb_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString iso(qint64 us, const QTimeZone &zone)
{
    return QString::fromLatin1(BinTableFormat::isoTime(us, zone));
}

// The databases that labelled the owner fields: which snapshot, so a recipient can check it.
QJsonArray ownerDatabasesJson(const QStringList &paths)
{
    QJsonArray out;
    for (const MmdbDatabasePtr &db : MmdbDatabase::openAll(paths)) {
        const MmdbDatabase::Info &info = db->info();
        out.append(QJsonObject{{QStringLiteral("file"), info.fileName},
                               {QStringLiteral("database_type"), info.databaseType},
                               {QStringLiteral("built"), info.built.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("sha256"), info.sha256},
                               {QStringLiteral("fields"), QJsonArray::fromStringList(info.fields)}});
    }
    return out;
}

// The rule and the pairs it left out; null when automated traffic was not hidden.
QJsonValue hideAutomatedJson(const ExportView &view)
{
    if (!view.hideAutomatedAt)
        return QJsonValue();
    QJsonArray pairs;
    for (const AutomatedPair &a : view.automatedPairs)
        pairs.append(QJsonObject{{QStringLiteral("client"), a.client},
                                 {QStringLiteral("qname"), a.qname},
                                 {QStringLiteral("score"), a.score}});
    return QJsonObject{{QStringLiteral("rule"),
                        QStringLiteral("client-qname pairs with a beacon score >= threshold "
                                       "(periodicity) are left out")},
                       {QStringLiteral("threshold"), *view.hideAutomatedAt},
                       {QStringLiteral("pairs"), pairs}};
}

} // namespace

QJsonObject Provenance::datasetJson(const DatasetInfo &d)
{
    return QJsonObject{
        {QStringLiteral("dataset"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("source_file"), d.sourceFile},
        {QStringLiteral("sha256"), d.sha256},
        {QStringLiteral("format"), d.format},
        {QStringLiteral("import_options"), QJsonDocument::fromJson(d.importOptions.toUtf8()).object()},
        {QStringLiteral("records"), d.records},
        {QStringLiteral("rejected"), d.rejected},
        {QStringLiteral("first"), iso(d.tsMinUs, QTimeZone::utc())},
        {QStringLiteral("last"), iso(d.tsMaxUs, QTimeZone::utc())},
        {QStringLiteral("imported_at"), d.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("kind"),
         d.kind == DatasetKind::Observations ? QStringLiteral("observations") : QStringLiteral("lookups")},
    };
}

QByteArray Provenance::build(const QList<DatasetInfo> &datasets, const ExportView &view, const BinTable &table,
                             const QDateTime &exportedAt, const QList<std::pair<QString, QByteArray>> &files)
{
    const BinQuery &q = view.query;
    QJsonArray sets;
    for (const DatasetInfo &d : datasets)
        sets.append(datasetJson(d));
    QJsonArray filters;
    for (const FieldFilter &f : q.filters)
        filters.append(QStringLiteral("%1=%2").arg(lookupFieldName(f.field), f.glob));
    const bool hasBins = table.binCount() > 0;
    QJsonObject viewJson{
        {QStringLiteral("from"),
         q.range       ? iso(q.range->fromUs, q.zone)
             : hasBins ? iso(table.edges.front(), q.zone)
                       : QString()},
        {QStringLiteral("to"),
         q.range       ? iso(q.range->toUs, q.zone)
             : hasBins ? iso(table.edges.back(), q.zone)
                       : QString()},
        {QStringLiteral("bin_width"), table.width.name()},
        {QStringLiteral("time_zone"), QString::fromUtf8(q.zone.id())},
        {QStringLiteral("split"), q.split ? QJsonValue(lookupFieldName(*q.split)) : QJsonValue()},
        {QStringLiteral("top"), q.topK},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("events"), view.events},
        {QStringLiteral("style"), view.style},
        {QStringLiteral("log_scale"), view.logScale},
        {QStringLiteral("moving_average"), view.average},
        {QStringLiteral("hidden_series"), QJsonArray::fromStringList(view.hiddenSeries)},
        {QStringLiteral("hidden_event_categories"),
         QJsonArray::fromStringList(view.events ? view.hiddenCategories : QStringList())},
        {QStringLiteral("hide_automated"), hideAutomatedJson(view)},
        {QStringLiteral("redacted"), view.redact},
        {QStringLiteral("names_redacted"), view.redactNames},
        {QStringLiteral("owner_databases"), ownerDatabasesJson(q.ownerDatabases)},
    };
    qint64 lookups = 0;
    for (const BinSeries &s : table.series) {
        for (qint64 c : s.counts)
            lookups += c;
    }
    QJsonObject fileJson;
    for (const auto &[name, sha] : files)
        fileJson.insert(name, QString::fromLatin1(sha));
    const QJsonObject root{
        {QStringLiteral("application"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("DNS Timeline")},
                     {QStringLiteral("version"), QStringLiteral(DNSTL_VERSION)}}},
        {QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("datasets"), sets},
        {QStringLiteral("view"), viewJson},
        {QStringLiteral("bins"),
         QJsonObject{{QStringLiteral("count"), table.binCount()},
                     {QStringLiteral("series"), table.series.size()},
                     {QStringLiteral("lookups"), lookups}}},
        {QStringLiteral("files"), fileJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
