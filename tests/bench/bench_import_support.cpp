// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_import_support.h"

#include "gzip_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {
void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}
} // namespace

QString benchDir(const QStringList &args)
{
    const QString dir = option(args, "--dir", QDir::tempPath() + QStringLiteral("/dnstl-bench"));
    QDir().mkpath(dir);
    return dir;
}

ChildRun importOnce(const QString &binary, const QString &dir, const QString &input, qint64 *records,
                    const QStringList &extra, qint64 *storeBytes)
{
    const QString store = dir + QStringLiteral("/bench-import.dnstl"), out = dir + QStringLiteral("/import.json");
    removeStore(store);
    const ChildRun run = runChild(QStringList{binary, QStringLiteral("import"), store, input} + extra, out);
    if (run.status != 0)
        qFatal("dnstimeline import %s failed (%d)", qPrintable(input), run.status);
    QFile json(out);
    if (json.open(QIODevice::ReadOnly))
        *records = QJsonDocument::fromJson(json.readLine()).object().value(QStringLiteral("records")).toInteger();
    if (storeBytes)
        *storeBytes = QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
    removeStore(store);
    return run;
}

void Series::add(const ChildRun &run)
{
    wall.push_back(run.seconds);
    user.push_back(run.userSeconds + run.systemSeconds);
    maxRssKb = std::max(maxRssKb, run.maxRssKb);
}

void printRow(const char *what, double wall, double cpu, long rssKb, double perWall, double perCpu)
{
    std::printf("| %s | %.2f s | %.2f s | %ld MB | %.2f M/s | %.2f M/s |\n", what, wall, cpu, rssKb / 1024,
                perWall / 1e6, perCpu / 1e6);
}

QByteArray readGzipFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    GzipReader gz(file);
    const QByteArray data = gz.readAll();
    if (gz.hasFailed() || data.isEmpty())
        qFatal("cannot decompress %s", qPrintable(path));
    return data;
}

QByteArray zeekJsonFromTsv(const QByteArray &tsv)
{
    QList<QByteArray> fields, types;
    QByteArray json;
    for (const QByteArray &line : tsv.split('\n')) {
        if (line.startsWith("#fields") || line.startsWith("#types")) {
            (line.startsWith("#fields") ? fields : types) = line.split('\t').mid(1);
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> values = line.split('\t');
        json += '{';
        bool first = true;
        for (qsizetype i = 0; i < fields.size() && i < values.size(); ++i) {
            if (values[i] == "-")
                continue;
            json += (first ? "\"" : ",\"") + fields[i] + "\":";
            first = false;
            const QByteArray &t = types[i];
            if (t == "time" || t == "interval" || t == "count" || t == "port")
                json += values[i];
            else if (t == "bool")
                json += values[i] == "T" ? "true" : "false";
            else if (t.startsWith("vector")) {
                const QList<QByteArray> items = values[i].split(',');
                json += '[';
                for (qsizetype k = 0; k < items.size(); ++k)
                    json += (k ? "," : "") + (t.contains("string") ? '"' + items[k] + '"' : items[k]);
                json += ']';
            } else
                json += '"' + values[i] + '"';
        }
        json += "}\n";
    }
    return json;
}
