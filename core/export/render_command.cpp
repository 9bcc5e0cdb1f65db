// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render_command.h"

#include "bin_table_format.h"

#include <QRegularExpression>

QStringList RenderCommand::viewArguments(const ExportView &view, bool withDatasets)
{
    QStringList out = viewArguments(view.query, withDatasets);
    if (view.hideAutomatedAt)
        out << QStringLiteral("--hide-automated") << QStringLiteral("--threshold")
            << QString::number(*view.hideAutomatedAt);
    return out;
}

QStringList RenderCommand::viewArguments(const BinQuery &query, bool withDatasets)
{
    QStringList out;
    if (withDatasets && !query.datasets.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.datasets)
            ids.append(QString::number(id));
        out << QStringLiteral("--dataset") << ids.join(QLatin1Char(','));
    }
    if (query.range) {
        out << QStringLiteral("--from")
            << QString::fromLatin1(BinTableFormat::isoTime(query.range->fromUs, query.zone));
        out << QStringLiteral("--to") << QString::fromLatin1(BinTableFormat::isoTime(query.range->toUs, query.zone));
    }
    out << QStringLiteral("--bin") << (query.width ? query.width->name() : QStringLiteral("auto"));
    out << QStringLiteral("--tz") << QString::fromUtf8(query.zone.id());
    if (query.split) {
        out << QStringLiteral("--split") << lookupFieldName(*query.split);
        out << QStringLiteral("--top") << QString::number(query.topK);
    }
    for (const FieldFilter &f : query.filters)
        out << QStringLiteral("--where") << QStringLiteral("%1=%2").arg(lookupFieldName(f.field), f.glob);
    for (const QString &database : query.ownerDatabases)
        out << QStringLiteral("--mmdb") << database;
    return out;
}

QStringList RenderCommand::chartArguments(const ExportView &view)
{
    QStringList out;
    if (!view.title.isNull())
        out << QStringLiteral("--title") << view.title;
    if (!view.subtitle.isEmpty())
        out << QStringLiteral("--subtitle") << view.subtitle;
    out << (view.events ? QStringLiteral("--events") : QStringLiteral("--no-events"));
    out << QStringLiteral("--theme") << (view.dark ? QStringLiteral("dark") : QStringLiteral("light"));
    if (!view.legend)
        out << QStringLiteral("--no-legend");
    if (view.style != QLatin1String("bars"))
        out << QStringLiteral("--draw") << view.style;
    if (view.logScale)
        out << QStringLiteral("--log");
    if (view.average > 1)
        out << QStringLiteral("--average") << QString::number(view.average);
    for (const QString &series : view.hiddenSeries)
        out << QStringLiteral("--hide-series") << series;
    if (view.events) {
        for (const QString &category : view.hiddenCategories)
            out << QStringLiteral("--hide-events") << category;
    }
    out << QStringLiteral("--width") << QString::number(view.size.width());
    out << QStringLiteral("--height") << QString::number(view.size.height());
    if (view.scale != 1)
        out << QStringLiteral("--scale") << QString::number(view.scale);
    if (view.redact)
        out << QStringLiteral("--redact");
    if (view.redactNames)
        out << QStringLiteral("--redact-names");
    return out;
}

QByteArray RenderCommand::shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:+=,@%-]+$"));
    if (safe.match(word).hasMatch())
        return word.toUtf8();
    QByteArray utf8 = word.toUtf8();
    utf8.replace('\'', "'\\''");
    return '\'' + utf8 + '\'';
}

QByteArray RenderCommand::shellLine(const QStringList &words)
{
    QByteArrayList quoted;
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(' ');
}
