// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_bundle.h"

#include "bin_table_format.h"
#include "chart_export.h"
#include "chart_footer.h"
#include "event_csv.h"
#include "provenance.h"
#include "reproduce_script.h"
#include "sqlite_db.h"
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

bool renderTo(const ChartSpec &spec, const char *format, QByteArray *bytes, QString *error)
{
    const QString name = QStringLiteral("chart.%1").arg(QLatin1String(format));
    QTemporaryDir scratch;
    const QString path = scratch.filePath(name);
    if (!scratch.isValid() || !ChartRenderer::render(spec, path, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read back %1.").arg(path);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool executable, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

} // namespace

const QStringList &EvidenceBundle::fileNames()
{
    static const QStringList names = {QStringLiteral("chart.png"),       QStringLiteral("chart.svg"),
                                      QStringLiteral("bins.csv"),        QStringLiteral("events.csv"),
                                      QStringLiteral("provenance.json"), QStringLiteral("reproduce.sh")};
    return names;
}

bool EvidenceBundle::write(LookupStore &store, const ExportView &view, const QString &path, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QDateTime exportedAt = ChartFooter::exportTime();
    PreparedChart chart;
    try {
        chart = ChartExport::prepare(store, view, exportedAt);
    } catch (const StoreError &e) {
        message = e.message();
        return false;
    }
    QList<std::pair<QString, QByteArray>> files;
    QByteArray png, svg;
    if (!renderTo(chart.spec, "png", &png, &message) || !renderTo(chart.spec, "svg", &svg, &message))
        return false;
    files.append({QStringLiteral("chart.png"), png});
    files.append({QStringLiteral("chart.svg"), svg});
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
        if (const std::optional<Failure> problem = zip.write(path)) {
            message = problem->message();
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(path)) {
        message = QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const auto &[name, bytes] : files) {
        if (!writeFile(QDir(path).filePath(name), bytes, name.endsWith(QLatin1String(".sh")), &message))
            return false;
    }
    return true;
}
