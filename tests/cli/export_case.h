// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exports' test case (tst_export, tst_export_window): a week of 3,000 lookups of five
// clients (IPv4 and IPv6) and two servers written as CSV and imported by `dnstimeline import`
// into case.dnstl with a point and a span event; the view the exports draw; the window on it.
#pragma once

#include "../core/zip_readers.h"
#include "bin_table_format.h"
#include "chart_export.h"
#include "cli_run.h"
#include "event_layer.h"
#include "events_dock.h"
#include "evidence_bundle.h"
#include "export_actions.h"
#include "export_dialog.h"
#include "failure.h"
#include "import_job.h"
#include "lookup_store.h"
#include "main_window.h"
#include "render_command.h"
#include "series_drawer.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

constexpr qint64 kStartUs = 1'468'800'000'000'000; // 2016-07-18T00:00:00Z
constexpr qint64 kDayUs = 86'400'000'000;
constexpr int kLookups = 3000;
const char *const kEpoch = "1700000000";

// Clients in IPv4 and IPv6, servers in IPv4: every one must vanish under --redact.
QStringList clients()
{
    return {QStringLiteral("192.0.2.17"), QStringLiteral("192.0.2.203"), QStringLiteral("203.0.113.54"),
            QStringLiteral("2001:db8::beef"), QStringLiteral("2001:db8:4::1f")};
}
QStringList servers()
{
    return {QStringLiteral("198.51.100.53"), QStringLiteral("198.51.100.153")};
}

using cli_test::dnstimeline;
using cli_test::readAll;
using cli_test::reproduce;
using cli_test::Run;
using cli_test::svgText;

} // namespace

class ExportCaseTest : public QObject {
protected:
    // Writes and imports the case; call from initTestCase (it fails the test on error).
    void makeCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
        qputenv("SOURCE_DATE_EPOCH", kEpoch); // the child processes inherit it
        QVERIFY(m_dir.isValid());
        m_sources = m_dir.filePath(QStringLiteral("sources"));
        QVERIFY(QDir().mkpath(m_sources));
        m_csv = m_sources + QStringLiteral("/lookups.csv");
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("timestamp,client,qname,qtype,rcode,server\n");
        const QStringList c = clients(), s = servers();
        for (int i = 0; i < kLookups; ++i) {
            // Uneven: more lookups late in the week, so bars differ in height.
            const qint64 t = kStartUs + qint64(i) * (7 * kDayUs / kLookups) + (i % 11) * 60'000'000;
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(t / 1000, QTimeZone::utc());
            csv.write(QStringLiteral("%1,%2,host%3.example.com,A,NOERROR,%4\n")
                          .arg(when.toString(Qt::ISODateWithMs), c[(i * 7 + i / 13) % c.size()], QString::number(i % 4),
                               s[i % s.size()])
                          .toUtf8());
        }
        csv.close();
        m_store = m_dir.filePath(QStringLiteral("case.dnstl"));
        const Run import = dnstimeline(
            {QStringLiteral("import"), m_store, m_csv, QStringLiteral("--name"), QStringLiteral("resolver log")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        auto store = openStore(m_store, StoreOpenMode::ReadWrite);
        TimelineEvent point;
        point.startUs = kStartUs + 3 * kDayUs;
        point.title = QStringLiteral("Server moved");
        store->addEvent(point);
        TimelineEvent span;
        span.startUs = kStartUs + 5 * kDayUs;
        span.endUs = kStartUs + 6 * kDayUs;
        span.title = QStringLiteral("Conference");
        store->addEvent(span);
    }

    ExportView baseView() const
    {
        ExportView v;
        v.query.range = TimeRange{kStartUs, kStartUs + 7 * kDayUs};
        v.query.width = BinWidth::parse(QStringLiteral("6h"));
        v.query.zone = QTimeZone("America/New_York");
        v.query.split = LookupField::Client;
        v.title = QStringLiteral("Lookups by client, one week");
        v.subtitle = QStringLiteral("resolver log");
        v.size = QSize(900, 560);
        return v;
    }

    // Shows window on the test store and waits for its first table.
    bool showStore(MainWindow &window) const
    {
        window.resize(1200, 760);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy ready(window.controller(), &TimelineController::tableReady);
        try {
            window.openStore(m_store);
        } catch (const Failure &failure) {
            qWarning("%s", qPrintable(failure.message()));
            return false;
        }
        return ready.wait(10'000);
    }

    QTemporaryDir m_dir;
    QString m_sources;
    QString m_csv;
    QString m_store;
};
