// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_bundle.h"

#include "bin_table_format.h"
#include "event_csv.h"
#include "failure.h"
#include "provenance.h"
#include "reproduce_script.h"
#include "zip_writer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

// The events the chart shows: those touching its range (all of them without a range).
QList<TimelineEvent> shownEvents(const EvidenceBundle::Contents &contents)
{
    if (!contents.view.events)
        return {};
    const BinTable &table = contents.table;
    const TimeRange range = contents.view.query.range.value_or(
        table.edges.size() >= 2 ? TimeRange{table.edges.front(), table.edges.back()} : TimeRange{});
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : contents.events) {
        const qint64 end = std::max(e.endUs.value_or(e.startUs), e.startUs + 1);
        if (range.isEmpty() || (e.startUs < range.toUs && end > range.fromUs))
            out.append(e);
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes, bool executable)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther);
}

} // namespace

const QStringList &EvidenceBundle::fileNames()
{
    static const QStringList names = {QStringLiteral("chart.png"),       QStringLiteral("chart.svg"),
                                      QStringLiteral("bins.csv"),        QStringLiteral("events.csv"),
                                      QStringLiteral("provenance.json"), QStringLiteral("reproduce.sh")};
    return names;
}

void EvidenceBundle::write(const Contents &contents, const ChartDrawer &drawChart, const QString &path)
{
    const QDateTime &exportedAt = contents.exportedAt;
    QList<std::pair<QString, QByteArray>> files;
    files.append({QStringLiteral("chart.png"), drawChart(QStringLiteral("png"))});
    files.append({QStringLiteral("chart.svg"), drawChart(QStringLiteral("svg"))});
    files.append({QStringLiteral("bins.csv"), BinTableFormat::toCsv(contents.table)});
    const QList<TimelineEvent> events = shownEvents(contents);
    files.append({QStringLiteral("events.csv"), EventCsv::write(events)});
    QList<std::pair<QString, QByteArray>> hashes;
    for (const auto &[name, bytes] : files)
        hashes.append({name, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
    files.append({QStringLiteral("provenance.json"),
                  Provenance::build(contents.datasets, contents.view, contents.table, exportedAt, hashes)});
    files.append(
        {QStringLiteral("reproduce.sh"), ReproduceScript::build(contents.datasets, contents.view, !events.isEmpty())});

    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        ZipWriter zip;
        for (const auto &[name, bytes] : files)
            zip.add(name, bytes, name.endsWith(QLatin1String(".sh")), exportedAt);
        if (const std::optional<Failure> problem = zip.write(path))
            throw *problem;
        return;
    }
    if (!QDir().mkpath(path))
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    for (const auto &[name, bytes] : files)
        writeFile(QDir(path).filePath(name), bytes, name.endsWith(QLatin1String(".sh")));
}
