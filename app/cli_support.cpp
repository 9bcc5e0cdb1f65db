// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include "failure.h"

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
