// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_state.h"

#include "clickhouse_url.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace {
// A file by its absolute path; a clickhouse:// URL (shown without its password) as it is.
QString storeKey(const QString &storePath)
{
    return ClickHouseUrl::looksLike(storePath) ? storePath : QFileInfo(storePath).absoluteFilePath();
}
} // namespace

QString ViewState::settingsGroup(const QString &storePath)
{
    // Paths hold slashes, which QSettings reads as groups: key by a hash of the path instead.
    const QByteArray path = storeKey(storePath).toUtf8();
    return QStringLiteral("stores/") +
        QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

ViewState ViewState::load(const QString &storePath)
{
    ViewState out;
    QSettings settings;
    settings.beginGroup(settingsGroup(storePath));
    if (!settings.contains(QStringLiteral("path")))
        return out;
    const qint64 from = settings.value(QStringLiteral("from")).toLongLong();
    const qint64 to = settings.value(QStringLiteral("to")).toLongLong();
    if (to > from)
        out.range = TimeRange{from, to};
    out.split = parseLookupField(settings.value(QStringLiteral("split")).toString());
    out.topK = std::max(1, settings.value(QStringLiteral("topK"), 10).toInt());
    for (const QString &f : settings.value(QStringLiteral("filters")).toStringList()) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        const auto field = parseLookupField(f.left(eq));
        if (eq > 0 && field)
            out.filters.append({*field, f.mid(eq + 1)});
    }
    out.zoneId = settings.value(QStringLiteral("zone")).toByteArray();
    out.width = BinWidth::parse(settings.value(QStringLiteral("width")).toString());
    out.look.style = SeriesStyle(std::clamp(settings.value(QStringLiteral("style")).toInt(), 0, 2));
    out.look.logScale = settings.value(QStringLiteral("log")).toBool();
    out.look.movingAverage = settings.value(QStringLiteral("average")).toInt();
    const QStringList hidden = settings.value(QStringLiteral("hidden")).toStringList();
    out.look.hidden = QSet<QString>(hidden.begin(), hidden.end());
    for (const QString &id : settings.value(QStringLiteral("datasets")).toStringList())
        out.datasets.append(id.toLongLong());
    out.hideAutomated = settings.value(QStringLiteral("hideAutomated")).toBool();
    out.automatedAt = std::clamp(settings.value(QStringLiteral("automatedAt"), 0.8).toDouble(), 0.5, 1.0);
    return out;
}

void ViewState::save(const QString &storePath) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(storePath));
    settings.setValue(QStringLiteral("path"), storeKey(storePath));
    settings.setValue(QStringLiteral("from"), range ? range->fromUs : 0);
    settings.setValue(QStringLiteral("to"), range ? range->toUs : 0);
    settings.setValue(QStringLiteral("split"), split ? lookupFieldName(*split) : QString());
    settings.setValue(QStringLiteral("topK"), topK);
    QStringList f;
    for (const FieldFilter &filter : filters)
        f.append(lookupFieldName(filter.field) + QLatin1Char('=') + filter.glob);
    settings.setValue(QStringLiteral("filters"), f);
    settings.setValue(QStringLiteral("zone"), zoneId);
    settings.setValue(QStringLiteral("width"), width ? width->name() : QString());
    settings.setValue(QStringLiteral("style"), int(look.style));
    settings.setValue(QStringLiteral("log"), look.logScale);
    settings.setValue(QStringLiteral("average"), look.movingAverage);
    settings.setValue(QStringLiteral("hidden"), QStringList(look.hidden.begin(), look.hidden.end()));
    QStringList ids;
    for (qint64 id : datasets)
        ids.append(QString::number(id));
    settings.setValue(QStringLiteral("datasets"), ids);
    settings.setValue(QStringLiteral("hideAutomated"), hideAutomated);
    settings.setValue(QStringLiteral("automatedAt"), automatedAt);
}
