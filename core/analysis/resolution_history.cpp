// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolution_history.h"

#include "aggregate_queries.h"
#include "failure.h"
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
    return isErrorRcode(rcode);
}

std::optional<ResolutionHistory::Result> ResolutionHistory::compute(AggregateQueries &store, const BinQuery &view,
                                                                    const AnalysisProgress &progress)
{
    if (std::none_of(view.filters.begin(), view.filters.end(),
                     [](const FieldFilter &f) { return f.field == LookupField::Qname; }))
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("a resolution history needs the names it is for: filter on qname "
                                     "(e.g. --where qname=mail.example.com or qname='*.example.com')"));
    if (!reportProgress(progress, 0.0))
        return std::nullopt;
    const AnswerGroups groups = store.answerGroups(view, kMaxErrorTimes);
    if (!reportProgress(progress, 0.9))
        return std::nullopt;

    // A group counts once in the row of each of its answer records (twice for a record it
    // holds twice), or in the row of its rcode when it has none.
    Result result;
    result.lookups = groups.lookups;
    QHash<QString, qsizetype> index;
    const auto add = [&](const AnswerGroups::Group &g, const QString &type, const QString &answer,
                         const QString &rcode) {
        const QString key = rowKey(g.qname, type, answer, rcode);
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            found = index.insert(key, result.rows.size());
            result.rows.append({g.qname, type, answer, rcode, g.firstUs, g.lastUs});
        }
        Row &row = result.rows[*found];
        row.firstUs = std::min(row.firstUs, g.firstUs);
        row.lastUs = std::max(row.lastUs, g.lastUs);
        row.lookups += g.lookups;
        if (isError(g.rcode)) {
            row.errorLookups += g.lookups;
            for (qint64 t : g.errorTimesUs)
                row.errorTimesUs.append(t);
        }
    };
    for (const AnswerGroups::Group &g : groups.groups) {
        if (g.answers.isEmpty())
            add(g, {}, {}, g.rcode);
        for (const LookupAnswer &a : g.answers)
            add(g, a.type, a.rdata, {});
    }
    for (Row &row : result.rows) { // each group's first times hold the row's first ones
        std::sort(row.errorTimesUs.begin(), row.errorTimesUs.end());
        if (row.errorTimesUs.size() > kMaxErrorTimes)
            row.errorTimesUs.resize(kMaxErrorTimes);
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.name, a.firstUs, a.type, a.answer, a.rcode) <
            std::tie(b.name, b.firstUs, b.type, b.answer, b.rcode);
    });
    reportProgress(progress, 1.0);
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
