// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_bundle.h"

#include "bin_table_format.h"
#include "chart_export.h"
#include "chart_footer.h"
#include "event_csv.h"
#include "failure.h"
#include "provenance.h"
#include "reproduce_script.h"
#include "zip_writer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

// The events the chart shows: those touching its range (all of them without a range).
QList<TimelineEvent> shownEvents(const PreparedChart &chart)
{
    if (!chart.view.events)
        return {};
    const TimeRange range = chart.spec.range.value_or(
        chart.table.edges.size() >= 2 ? TimeRange{chart.table.edges.front(), chart.table.edges.back()} : TimeRange{});
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : chart.spec.events) {
        const qint64 end = std::max(e.endUs.value_or(e.startUs), e.startUs + 1);
        if (range.isEmpty() || (e.startUs < range.toUs && end > range.fromUs))
            out.append(e);
    }
    return out;
}

QByteArray renderTo(const ChartSpec &spec, const char *format)
{
    const QString name = QStringLiteral("chart.%1").arg(QLatin1String(format));
    QTemporaryDir scratch;
    const QString path = scratch.filePath(name);
    if (!scratch.isValid())
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    ChartRenderer::render(spec, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(Failure::Kind::Io, QStringLiteral("Cannot read back %1.").arg(path));
    return file.readAll();
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

void EvidenceBundle::write(LookupStore &store, const ExportView &view, const QString &path)
{
    const QDateTime exportedAt = ChartFooter::exportTime();
    const PreparedChart chart = ChartExport::prepare(store, view, exportedAt);
    QList<std::pair<QString, QByteArray>> files;
    files.append({QStringLiteral("chart.png"), renderTo(chart.spec, "png")});
    files.append({QStringLiteral("chart.svg"), renderTo(chart.spec, "svg")});
    files.append({QStringLiteral("bins.csv"), BinTableFormat::toCsv(chart.table)});
    const QList<TimelineEvent> events = shownEvents(chart);
    files.append({QStringLiteral("events.csv"), EventCsv::write(events)});
    QList<std::pair<QString, QByteArray>> hashes;
    for (const auto &[name, bytes] : files)
        hashes.append({name, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
    files.append({QStringLiteral("provenance.json"),
                  Provenance::build(chart.datasets, chart.view, chart.table, exportedAt, hashes)});
    files.append(
        {QStringLiteral("reproduce.sh"), ReproduceScript::build(chart.datasets, chart.view, !events.isEmpty())});

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
