// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_options.h"

#include "failure.h"
#include "timestamp_parser.h"

namespace {

// "client, qname, …, answer_org or answer_country", with dataset first for a split.
QString fieldList(bool withDataset)
{
    QStringList names;
    if (withDataset)
        names.append(lookupFieldName(LookupField::Dataset));
    for (LookupField f : kViewFields)
        names.append(lookupFieldName(f));
    const QString last = names.takeLast();
    return names.join(QLatin1String(", ")) + QLatin1String(" or ") + last;
}

} // namespace

void ViewOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("dataset"), QStringLiteral("Only these datasets (ids, comma-separated)."),
         QStringLiteral("ID[,ID...]")},
        {QStringLiteral("from"), QStringLiteral("Start of the range (inclusive), ISO 8601."), QStringLiteral("T")},
        {QStringLiteral("to"), QStringLiteral("End of the range (exclusive), ISO 8601."), QStringLiteral("T")},
        {QStringLiteral("bin"),
         QStringLiteral("Bin width: 1s 5s 10s 30s 1m 5m 10m 15m 30m 1h 3h 6h 12h 1d 1w 1mo, or auto."),
         QStringLiteral("WIDTH"), QStringLiteral("auto")},
        {QStringLiteral("tz"), QStringLiteral("Time zone for bins and labels (IANA id, default UTC)."),
         QStringLiteral("ZONE"), QStringLiteral("UTC")},
        {QStringLiteral("split"),
         QStringLiteral("Split into series by dataset, client, qname, qtype, rcode, server, proto, answer "
                        "(a lookup counts once under each distinct answer), or an owner field: client_owner, "
                        "client_asn, client_org, client_country, server_owner, server_asn, server_org, "
                        "server_country, answer_owner, answer_asn, answer_org, answer_country (like answer: "
                        "once under each distinct owner of the lookup's answers)."),
         QStringLiteral("FIELD")},
        {QStringLiteral("top"),
         QStringLiteral("Series kept by total when splitting; the rest is \"other\" (default 10)."),
         QStringLiteral("K"), QStringLiteral("10")},
        {QStringLiteral("where"),
         QStringLiteral("Only lookups whose FIELD matches GLOB (repeatable; all must match); "
                        "proto is dns, mdns or a dnstap role (resolver, forwarder, auth, stub, "
                        "tool, update); answer matches when any answer's data does, answer_* when any "
                        "answer's owner does; owner fields as for --split."),
         QStringLiteral("FIELD=GLOB")},
        {QStringLiteral("mmdb"),
         QStringLiteral("A MaxMind-format database (.mmdb) giving the *_asn, *_org and *_country fields "
                        "(repeatable: e.g. one ASN and one country database; the first that knows wins)."),
         QStringLiteral("FILE")},
    });
}

BinQuery ViewOptions::parse(const QCommandLineParser &parser)
{
    BinQuery q;
    const QString tz = parser.value(QStringLiteral("tz"));
    q.zone = tz.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QTimeZone::utc() : QTimeZone(tz.toUtf8());
    if (!q.zone.isValid())
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("unknown time zone '%1' (use an IANA id such as America/New_York)").arg(tz));
    if (parser.isSet(QStringLiteral("dataset"))) {
        for (const QString &part :
             parser.value(QStringLiteral("dataset")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok)
                throw Failure(Failure::Kind::BadInput, QStringLiteral("bad dataset id '%1'").arg(part));
            q.datasets.append(id);
        }
    }
    TimestampParser times(q.zone);
    std::optional<qint64> from, to;
    for (const auto &[name, slot] : {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!parser.isSet(name))
            continue;
        *slot = times.parse(parser.value(name).toUtf8());
        if (!*slot)
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("bad --%1 time '%2' (ISO 8601, e.g. 2016-07-18 or 2016-07-18T12:00:00-04:00)")
                              .arg(name, parser.value(name)));
    }
    if (from.has_value() != to.has_value())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("give both --from and --to, or neither"));
    if (from) {
        if (*to <= *from)
            throw Failure(Failure::Kind::BadInput, QStringLiteral("--to must be after --from"));
        q.range = TimeRange{*from, *to};
    }
    const QString bin = parser.value(QStringLiteral("bin"));
    if (bin != QLatin1String("auto")) {
        q.width = BinWidth::parse(bin);
        if (!q.width)
            throw Failure(
                Failure::Kind::BadInput,
                QStringLiteral("bad bin width '%1' (1s 5s 10s 30s 1m 5m 10m 15m 30m 1h 3h 6h 12h 1d 1w 1mo or auto)")
                    .arg(bin));
    }
    if (parser.isSet(QStringLiteral("split"))) {
        q.split = parseLookupField(parser.value(QStringLiteral("split")));
        if (!q.split)
            throw Failure(
                Failure::Kind::BadInput,
                QStringLiteral("bad --split '%1' (%2)").arg(parser.value(QStringLiteral("split")), fieldList(true)));
    }
    bool ok = false;
    q.topK = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || q.topK < 1)
        throw Failure(
            Failure::Kind::BadInput,
            QStringLiteral("bad --top '%1' (a whole number from 1)").arg(parser.value(QStringLiteral("top"))));
    for (const QString &w : parser.values(QStringLiteral("where"))) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        const auto field = eq > 0 ? parseLookupField(w.left(eq)) : std::nullopt;
        if (!field || *field == LookupField::Dataset)
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("bad --where '%1' (FIELD=GLOB with FIELD %2)").arg(w, fieldList(false)));
        q.filters.append({*field, w.mid(eq + 1)});
    }
    q.ownerDatabases = parser.values(QStringLiteral("mmdb"));
    return q;
}

void ViewOptions::addHideAutomated(QCommandLineParser &parser, bool withThreshold)
{
    parser.addOption({QStringLiteral("hide-automated"),
                      QStringLiteral("Leave out the lookups of client-name pairs that look automated: a beacon score "
                                     "(stats periodicity) at or above --threshold over the view.")});
    if (withThreshold)
        parser.addOption({QStringLiteral("threshold"),
                          QStringLiteral("With --hide-automated: the score from which a pair looks automated, 0.5 to "
                                         "1 (default 0.8)."),
                          QStringLiteral("X"), QStringLiteral("0.8")});
}

std::optional<double> ViewOptions::hideAutomated(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("hide-automated")))
        return std::nullopt;
    bool ok = false;
    const double threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || threshold < 0.5 || threshold > 1)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("bad --threshold '%1' (a score from 0.5 to 1)")
                          .arg(parser.value(QStringLiteral("threshold"))));
    return threshold;
}
