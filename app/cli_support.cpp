// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include "dataset_selection.h"
#include "failure.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

void CliSupport::out(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int CliSupport::fail(const QString &message)
{
    fprintf(stderr, "dnstimeline: %s\n", qPrintable(message));
    return 1;
}

int CliSupport::usageError(const QString &message)
{
    fail(message);
    return 2;
}

int CliSupport::parseOrHelp(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return usageError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        out((usage + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 1)).toUtf8());
        return 0;
    }
    return -1;
}

QString CliSupport::observationsOnly(LookupStore &store, const QList<qint64> &datasetIds)
{
    QStringList names;
    for (const DatasetInfo &d : store.datasets()) {
        if (!datasetIds.isEmpty() && !datasetIds.contains(d.id))
            continue;
        if (d.kind == DatasetKind::Lookups)
            return {};
        names.append(QStringLiteral("%1 (%2)").arg(d.id).arg(d.name));
    }
    if (names.isEmpty())
        return {};
    return QStringLiteral(
               "dataset%1 %2 hold%3 passive-DNS observations (first and last seen, with a count), not lookups: "
               "they have no single time and cannot be binned; the window shows them as spans")
        .arg(names.size() > 1 ? QStringLiteral("s") : QString(), names.join(QStringLiteral(", ")),
             names.size() > 1 ? QString() : QStringLiteral("s"));
}

int CliSupport::writeOutput(const QString &file, const QByteArray &bytes)
{
    if (file == QLatin1String("-")) {
        out(bytes);
        return 0;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(file, save.errorString()));
    return 0;
}

QString CliSupport::tooManyBins(LookupStore &store, const BinQuery &query)
{
    if (!query.width)
        return {}; // auto picks a width that fits
    const TimeRange range = query.range.value_or(DatasetSelection::extent(store.datasets(), query.datasets));
    const qint64 bins = query.width->binCount(range, query.zone);
    if (bins <= BinWidth::kMaxBins)
        return {};
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto stamp = [&](qint64 us) { // "…Z" in UTC, the offset elsewhere
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, query.zone);
        return (query.zone == QTimeZone::utc() ? t.toUTC() : t).toString(Qt::ISODate);
    };
    return QStringLiteral("%1 bins of %2 from %3 to %4 are more than the limit of %5; use --bin %6 or wider, or a "
                          "shorter --from/--to")
        .arg(english.toString(bins), query.width->name(), stamp(range.fromUs), stamp(range.toUs),
             english.toString(BinWidth::kMaxBins),
             BinWidth::finestFitting(range, BinWidth::kMaxBins, query.zone).name());
}

QList<AutomatedPair> CliSupport::excludeAutomated(LookupStore &store, BinQuery &query, double threshold)
{
    const QList<AutomatedPair> automated =
        AutomatedTraffic::find(store, query, threshold).value_or(QList<AutomatedPair>{});
    query.excludedPairs = AutomatedTraffic::pairs(automated);
    return automated;
}
