// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// gen_evtx --fixtures DIR: writes the committed fixtures of tests/data/evtx (EvtxEvents::fixtures).
// gen_evtx OUT [--events N] [--seed S]: an EVTX file (EvtxWriter, test code) of N events of a
// Windows host with Sysmon and a DNS server: Sysmon 22 DNS queries (60 %), DNS Server
// analytic queries and responses (256/257/258, 30 %) and other events that are not lookups
// (Sysmon 1 and 3, 10 %), one every 10 ms from 2024-03-01T00:00:00Z. For the EVTX benchmark.
#include "evtx_events.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        fprintf(stderr, "usage: gen_evtx OUT [--events N] [--seed S]\n");
        return 2;
    }
    if (args[1] == QLatin1String("--fixtures") && args.size() > 2) {
        for (const auto &[name, bytes] : EvtxEvents::fixtures()) {
            QFile f(args[2] + QLatin1Char('/') + QString::fromLatin1(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return 1;
        }
        return 0;
    }
    auto option = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i > 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
    };
    const qint64 events = option("--events", 200000);
    QRandomGenerator random(quint32(option("--seed", 1)));
    EvtxWriter writer;
    qint64 t = 1709251200LL * 1000000;
    for (qint64 i = 0; i < events; ++i, t += 10000) {
        const int kind = int(random.bounded(10));
        const QString name = QStringLiteral("host%1.example.com").arg(random.bounded(5000));
        if (kind < 6) {
            writer.add(EvtxEvents::sysmonDns(
                t, QStringLiteral("WS-%1").arg(random.bounded(20)),
                QStringLiteral("C:\\Program Files\\App%1\\app.exe").arg(random.bounded(30)),
                quint32(1000 + random.bounded(500)), name, random.bounded(20) ? 0 : 9003,
                QStringLiteral("type:  5 edge.example.net;::ffff:192.0.2.%1;").arg(random.bounded(250))));
        } else if (kind < 9) {
            const QString client = QStringLiteral("10.0.%1.%2").arg(random.bounded(4)).arg(random.bounded(250));
            const quint16 xid = quint16(random.bounded(65536));
            writer.add(EvtxEvents::dnsQueryReceived(t, QStringLiteral("DC1"), client, QStringLiteral("10.0.0.1"), name,
                                                    1, xid));
            writer.add(EvtxEvents::dnsResponse(t + 1000, QStringLiteral("DC1"), client, QStringLiteral("10.0.0.1"),
                                               name, 1, xid, 0, {QStringLiteral("192.0.2.7")}));
            ++i;
        } else {
            writer.add(EvtxEvents::sysmonProcessCreate(t, QStringLiteral("WS-1"),
                                                       QStringLiteral("C:\\Windows\\System32\\cmd.exe")));
        }
    }
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly) || out.write(writer.finish()) < 0) {
        fprintf(stderr, "gen_evtx: cannot write %s\n", qPrintable(args[1]));
        return 1;
    }
    printf("%lld records\n", writer.records());
    return 0;
}
