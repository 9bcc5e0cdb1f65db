// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolution_history.h"

#include "failure.h"
#include "lookup_views.h"
#include "owner_directory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace {

// (name, type, answer, rcode) joined by a separator that names and rdata cannot hold.
QString rowKey(const QString &name, const QString &type, const QString &answer, const QString &rcode)
{
    const QChar sep(0x1f);
    return name + sep + type + sep + answer + sep + rcode;
}

} // namespace

bool ResolutionHistory::isError(const QString &rcode)
{
    return rcode.compare(QLatin1String("NOERROR"), Qt::CaseInsensitive) != 0 && !rcode.isEmpty();
}

std::optional<ResolutionHistory::Result> ResolutionHistory::compute(LookupViews &views, const BinQuery &view,
                                                                    const AnalysisProgress &progress)
{
    if (std::none_of(view.filters.begin(), view.filters.end(),
                     [](const FieldFilter &f) { return f.field == LookupField::Qname; }))
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("a resolution history needs the names it is for: filter on qname "
                                     "(e.g. --where qname=mail.example.com or qname='*.example.com')"));
    RecordQuery query;
    query.datasets = view.datasets;
    query.range = view.range.value_or(views.extent(view.datasets));
    query.filters = view.filters;
    query.excludedPairs = view.excludedPairs;
    query.ownerDatabases = view.ownerDatabases;

    Result result;
    QHash<QString, qsizetype> index;
    const auto add = [&](const LookupRecord &r, const QString &type, const QString &answer, const QString &rcode) {
        const QString key = rowKey(r.qname, type, answer, rcode);
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            found = index.insert(key, result.rows.size());
            result.rows.append({r.qname, type, answer, rcode, r.tsUs, r.tsUs});
        }
        Row &row = result.rows[*found];
        row.firstUs = std::min(row.firstUs, r.tsUs);
        row.lastUs = std::max(row.lastUs, r.tsUs);
        ++row.lookups;
        if (isError(r.rcode)) {
            ++row.errorLookups;
            if (row.errorTimesUs.size() < kMaxErrorTimes)
                row.errorTimesUs.append(r.tsUs); // records come in time order
        }
    };
    for (qint64 offset = 0;;) {
        const RecordPage page = views.records(query, offset, kPage);
        for (const LookupRecord &r : page.records) {
            if (r.answers.isEmpty())
                add(r, {}, {}, r.rcode);
            for (const LookupAnswer &a : r.answers)
                add(r, a.type, a.rdata, {});
        }
        offset += page.records.size();
        result.lookups = offset;
        if (page.records.isEmpty() || offset >= page.total)
            break;
        if (!reportProgress(progress, double(offset) / double(page.total)))
            return std::nullopt;
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.name, a.firstUs, a.type, a.answer, a.rcode) <
            std::tie(b.name, b.firstUs, b.type, b.answer, b.rcode);
    });
    return result;
}

void ResolutionHistory::labelOwners(Result &result, const OwnerDirectory &directory)
{
    QHash<QString, QString> owners; // labels() once per distinct answer
    for (Row &row : result.rows) {
        if (row.answer.isEmpty())
            continue;
        auto found = owners.constFind(row.answer);
        if (found == owners.constEnd())
            found = owners.insert(row.answer, directory.labels(row.answer).owner);
        row.owner = *found;
    }
}

QJsonObject ResolutionHistory::toJson(const Result &result)
{
    const auto iso = [](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    };
    QJsonArray rows;
    for (const Row &r : result.rows) {
        QJsonObject o{{QStringLiteral("name"), r.name},          {QStringLiteral("type"), r.type},
                      {QStringLiteral("answer"), r.answer},      {QStringLiteral("rcode"), r.rcode},
                      {QStringLiteral("first"), iso(r.firstUs)}, {QStringLiteral("last"), iso(r.lastUs)},
                      {QStringLiteral("first_us"), r.firstUs},   {QStringLiteral("last_us"), r.lastUs},
                      {QStringLiteral("lookups"), r.lookups},    {QStringLiteral("error_lookups"), r.errorLookups}};
        if (!r.owner.isEmpty())
            o.insert(QStringLiteral("owner"), r.owner);
        rows.append(o);
    }
    return QJsonObject{{QStringLiteral("lookups"), result.lookups}, {QStringLiteral("resolutions"), rows}};
}
