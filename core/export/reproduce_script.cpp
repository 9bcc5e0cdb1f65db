// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reproduce_script.h"

#include "render_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
using RenderCommand::shellLine;
using RenderCommand::shellQuote;

constexpr const char *kHead = R"sh(#!/bin/sh
# Rebuilds this evidence bundle's bins and chart from the source files with DNS Timeline.
# Usage: sh reproduce.sh [SOURCES [OUT]]
#   SOURCES      folder holding the source files named in provenance.json (default: this folder)
#   OUT          folder for the new store, bins.csv and chart.png (default: ./reproduced)
#   DNSTIMELINE  the dnstimeline program (default: dnstimeline on PATH)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCES=${1:-${SOURCES:-$HERE}}
OUT=${2:-${OUT:-reproduced}}
DNSTIMELINE=${DNSTIMELINE:-dnstimeline}
mkdir -p "$OUT"
STORE="$OUT/store.dnstl"
rm -f "$STORE" "$STORE-wal" "$STORE-shm"

check() {
    actual=$(sha256sum "$1" | cut -d ' ' -f 1)
    if [ "$actual" != "$2" ]; then
        echo "reproduce.sh: $1 is not the bundle's source file (SHA-256 $actual, expected $2)" >&2
        exit 1
    fi
}
)sh";

QStringList importOptions(const DatasetInfo &d)
{
    const QJsonObject o = QJsonDocument::fromJson(d.importOptions.toUtf8()).object();
    QStringList out{QStringLiteral("--format"), o.value(QStringLiteral("format")).toString(d.format)};
    out << QStringLiteral("--tz") << o.value(QStringLiteral("tz")).toString(QStringLiteral("UTC"));
    out << QStringLiteral("--name") << d.name;
    for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
        out << QStringLiteral("--columns") << c.toString();
    if (o.contains(QStringLiteral("year")))
        out << QStringLiteral("--year") << QString::number(o.value(QStringLiteral("year")).toInt());
    if (o.contains(QStringLiteral("locale")))
        out << QStringLiteral("--locale") << o.value(QStringLiteral("locale")).toString();
    out << QStringLiteral("--epoch-unit") << o.value(QStringLiteral("epoch_unit")).toString(QStringLiteral("auto"));
    if (o.value(QStringLiteral("strict")).toBool())
        out << QStringLiteral("--strict");
    return out;
}

QByteArray sourcePath(const DatasetInfo &d)
{
    return "\"$SOURCES\"/" + shellQuote(d.sourceFile);
}

} // namespace

QByteArray ReproduceScript::build(const QList<DatasetInfo> &datasets, const ExportView &view, bool withEvents)
{
    QByteArray out(kHead);
    out += '\n';
    for (const DatasetInfo &d : datasets)
        out += "check " + sourcePath(d) + ' ' + shellQuote(d.sha256) + '\n';
    bool filterRedacted = false;
    for (const FieldFilter &f : view.query.filters)
        filterRedacted = filterRedacted || f.field == LookupField::Client || f.field == LookupField::Server ||
            (view.redactNames && f.field == LookupField::Qname);
    if (view.redact && filterRedacted)
        out += "# The --where values below were redacted: put the original ones back to reproduce the bins.\n";
    out += '\n';
    QByteArrayList commands;
    QSet<QString> seen;
    for (const DatasetInfo &d : datasets) {
        QStringList options = importOptions(d);
        if (seen.contains(d.sha256))
            options << QStringLiteral("--force"); // the same file imported twice, as in the original store
        seen.insert(d.sha256);
        commands.append("\"$DNSTIMELINE\" import \"$STORE\" " + sourcePath(d) + ' ' + shellLine(options) +
                        " >/dev/null");
    }
    if (withEvents)
        commands.append("\"$DNSTIMELINE\" events \"$STORE\" import \"$HERE/events.csv\" >/dev/null");
    const QByteArray viewArgs = shellLine(RenderCommand::viewArguments(view, false));
    commands.append("\"$DNSTIMELINE\" bins \"$STORE\" " + viewArgs + " > \"$OUT/bins.csv\"");
    commands.append("\"$DNSTIMELINE\" render \"$STORE\" -o \"$OUT/chart.png\" " + viewArgs + ' ' +
                    shellLine(RenderCommand::chartArguments(view)));
    out += commands.join(" &&\n") + "\n\n";
    if (view.redact) {
        out += "# Redacted: the pseudonyms depend on the original store's secret key; compare times and counts.\n"
               "cut -d , -f 1,3 \"$OUT/bins.csv\" > \"$OUT/counts.csv\"\n"
               "if cut -d , -f 1,3 \"$HERE/bins.csv\" | cmp -s - \"$OUT/counts.csv\"; then\n";
    } else {
        out += "if cmp -s \"$HERE/bins.csv\" \"$OUT/bins.csv\"; then\n";
    }
    out += "    echo \"reproduce.sh: the bins are identical to the bundle's bins.csv\"\n"
           "else\n"
           "    echo \"reproduce.sh: the bins differ from the bundle's bins.csv\" >&2\n"
           "    exit 1\n"
           "fi\n";
    return out;
}
