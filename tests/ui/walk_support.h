// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the user walks share (tst_walk_*.cpp: the window driven as a new user drives it, with
// real files): the bundled sample and the shared corpus, a Zeek JSON log made from the
// corpus's Zeek TSV, a first-run window on a copy of a store, and waiting for imports.
#pragma once

#include "gzip_reader.h"
#include "import_dialog.h"
#include "lookup_store.h"
#include "main_window.h"
#include "status_notice.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "translations.h"
#include "ui_test_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace walk {

// ../shared/corpus beside the checkout, or DNSTL_CORPUS (a worktree elsewhere).
inline QString corpus(const char *path)
{
    return qEnvironmentVariable("DNSTL_CORPUS", QStringLiteral(DNSTL_CORPUS_DIR)) + QLatin1Char('/') +
        QString::fromLatin1(path);
}

inline QString data(const char *path)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/") + QString::fromLatin1(path);
}

// The corpus is outside the tree; a developer machine may lack it (CI never does).
#define WALK_NEED_CORPUS()                                                                                             \
    do {                                                                                                               \
        if (!QFile::exists(walk::corpus("zeek/dns.log.gz"))) {                                                         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL("../shared/corpus is missing");                                                                  \
            QSKIP("../shared/corpus is missing");                                                                      \
        }                                                                                                              \
    } while (false)

// Settings in the test's own place, in English as the program runs it (its plural forms:
// "2 days"): every walk is a first run.
inline void firstRun()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-walk"));
    QSettings().clear();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    Translations::install(*qApp, english);
}

// A copy of the bundled sample store (248,000 lookups with answers, May–October 2016) in dir.
inline QString sampleCopy(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("sample.dnstl"));
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(DNSTL_SAMPLE_STORE), copy))
        qFatal("cannot copy %s", DNSTL_SAMPLE_STORE);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

// The corpus's Zeek TSV dns.log (2018-03-24, 53,615 lookups) written as Zeek's JSON logs are.
inline QString zeekJsonFromCorpus(const QTemporaryDir &dir)
{
    QFile file(corpus("zeek/dns.log.gz"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus's Zeek log");
    GzipReader gunzip(file);
    const QByteArray text = gunzip.readAll();
    const QString path = dir.filePath(QStringLiteral("dns.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QList<QByteArray> fields;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("#fields\t")) {
            fields = line.mid(8).split('\t');
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> values = line.split('\t');
        QJsonObject o;
        for (qsizetype i = 0; i < fields.size() && i < values.size(); ++i) {
            if (values[i] == "-" || values[i] == "(empty)")
                continue;
            const QString key = QString::fromUtf8(fields[i]);
            if (key == QLatin1String("ts") || key.endsWith(QLatin1String("_p")) || key == QLatin1String("rcode"))
                o.insert(key, values[i].toDouble());
            else
                o.insert(key, QString::fromUtf8(values[i]));
        }
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

// Opens store in a shown window of that size and waits for its first table.
inline bool open(MainWindow &window, const QString &store, QSize size = {1366, 740})
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy ready(window.controller(), &TimelineController::tableReady);
    try {
        window.openStore(store);
    } catch (const Failure &failure) {
        qWarning("%s", qPrintable(failure.message()));
        return false;
    }
    if (!ready.wait(30'000))
        return false;
    return QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 30'000);
}

using ui_test::settle; // the controller idle and its last table on the plot

// Imports requests as the import dialog's Import does and waits for the notice that says
// what came of it.
inline bool importAndWait(MainWindow &window, const QList<ImportRequest> &requests)
{
    window.notice()->dismiss();
    window.importRequests(requests);
    return QTest::qWaitFor([&] { return !window.notice()->text().isEmpty(); }, 60'000) && settle(window);
}

inline ImportRequest request(const QString &path)
{
    ImportRequest r;
    r.filePath = path;
    return r;
}

// The sum of a series of the controller's table (empty name: every series).
inline qint64 total(const BinTable &table, const QString &series = {})
{
    qint64 sum = 0;
    for (const BinSeries &s : table.series) {
        if (series.isEmpty() || s.name == series)
            sum += s.total;
    }
    return sum;
}

} // namespace walk
