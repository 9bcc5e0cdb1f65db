// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the bundled sample store, deterministically: the same bytes of log on every machine.
// Synthetic data, every name and address fictional (documentation ranges, .example names).
// May–October 2016: two resolvers of a (fictional) bank look up a company's mail host, mostly
// in Moscow office hours, with bursts in the weeks of the US party conventions; the host
// resolves to a hosting company's address, moves to a mail provider's on 8 August, fails
// (SERVFAIL, then NXDOMAIN, no answers) from 17 September and is not asked for after
// 23 September; around them, background traffic from a few other resolvers, with plausible
// answers and TTLs. The lookups are written as a Zeek dns.log in JSON lines (the format keeps
// answers and TTLs) and imported through the zeek-json importer. The store also gets the 2016
// election calendar (us-election-2016.ics) as events, and an address book (address-book.csv)
// saying who is behind the resolvers and the mail host's addresses (all fictional).
// Usage: dnstimeline_samplegen STORE EVENTS.ics [ADDRESS-BOOK.csv]
#include "address_book_file.h"
#include "event_file_format.h"
#include "failure.h"
#include "import_job.h"
#include "lookup_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// SplitMix64: tiny, fast, and the same sequence everywhere (std distributions are not).
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

constexpr qint64 kHourUs = 3'600'000'000;
const char *const kMailHost = "mail1.campaign-mail.example";

struct Resolver {
    const char *address;
    int utcOffsetHours; // where its users keep office hours
    double perHour;     // background lookups per office hour
};

// Expected lookups per hour of the mail host from the bank's resolvers at hour h (UTC).
double mailRate(const QDateTime &t)
{
    const QDate d = t.date();
    const int moscowHour = (t.time().hour() + 3) % 24;
    const bool office = moscowHour >= 9 && moscowHour < 18 && d.dayOfWeek() <= 5;
    double rate = office ? 0.9 : 0.08;
    const auto near = [&](QDate a, QDate b) { return d >= a && d <= b; };
    if (near(QDate(2016, 7, 16), QDate(2016, 7, 22)))
        rate *= 7.0; // the Republican convention week
    if (near(QDate(2016, 7, 25), QDate(2016, 7, 29)))
        rate *= 5.0; // the Democratic convention week
    if (near(QDate(2016, 8, 22), QDate(2016, 8, 24)))
        rate *= 4.0;
    if (d >= QDate(2016, 9, 24))
        rate = 0.0; // the name is gone
    return rate;
}

// A cached record's remaining TTL at time ts (µs): counts down from maxTtl (s) and starts over,
// as a resolver's cache answers between refreshes.
qint64 remainingTtl(qint64 ts, qint64 maxTtl)
{
    return maxTtl - (ts / 1'000'000) % maxTtl;
}

// One lookup as a Zeek dns.log JSON line (Zeek's member names; times as ISO 8601 UTC).
struct ZeekLine {
    qint64 ts;          // µs since the epoch, UTC
    const char *client; // id.orig_h
    const char *qname;
    const char *qtype;
    const char *rcode;
    QList<std::pair<QByteArray, qint64>> answers; // rdata, TTL in seconds

    QByteArray text() const
    {
        QByteArray line("{\"ts\":\"");
        line += QDateTime::fromMSecsSinceEpoch(ts / 1000, QTimeZone::utc())
                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                    .toLatin1();
        line += "\",\"id.orig_h\":\"" + QByteArray(client) + "\",\"id.resp_h\":\"198.18.0.53\",\"proto\":\"udp\"";
        line += ",\"query\":\"" + QByteArray(qname) + "\",\"qtype_name\":\"" + QByteArray(qtype) +
            "\",\"rcode_name\":\"" + QByteArray(rcode) + '"';
        if (!answers.isEmpty()) {
            QByteArray rdata, ttls;
            for (const auto &[answer, ttl] : answers) {
                rdata += (rdata.isEmpty() ? "\"" : ",\"") + answer + '"';
                ttls += (ttls.isEmpty() ? "" : ",") + QByteArray::number(ttl) + ".0";
            }
            line += ",\"answers\":[" + rdata + "],\"TTLs\":[" + ttls + ']';
        }
        return line + "}\n";
    }
};

// The mail host's outcome on a day: a hosting company's address until 7 August, a mail
// provider's from 8 August (both in address-book.csv), SERVFAIL from 17 September, NXDOMAIN
// from 21 September (no answers), then nobody asks (mailRate).
void mailOutcome(ZeekLine &lookup)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(lookup.ts / 1000, QTimeZone::utc()).date();
    if (d >= QDate(2016, 9, 21)) {
        lookup.rcode = "NXDOMAIN";
    } else if (d >= QDate(2016, 9, 17)) {
        lookup.rcode = "SERVFAIL";
    } else {
        const char *address = d >= QDate(2016, 8, 8) ? "192.0.2.77" : "203.0.113.70";
        lookup.answers = {{address, remainingTtl(lookup.ts, 3600)}};
    }
}

// Plausible answers of the background names: CNAMEs into a CDN, several addresses, IPv6 for
// AAAA, NXDOMAIN for the name that does not exist. Addresses in documentation ranges.
void backgroundOutcome(ZeekLine &lookup)
{
    const QByteArrayView name(lookup.qname);
    const bool v6 = QByteArrayView(lookup.qtype) == "AAAA";
    const auto address = [&](int n) {
        return v6 ? "2001:db8:1::" + QByteArray::number(n, 16) : "192.0.2." + QByteArray::number(n);
    };
    const qint64 ts = lookup.ts;
    if (name.endsWith(".invalid")) {
        lookup.rcode = "NXDOMAIN";
    } else if (name == "www.example.com") {
        lookup.answers = {{address(10), remainingTtl(ts, 300)}};
    } else if (name == "cdn.example.com") {
        lookup.answers = {{address(20), remainingTtl(ts, 60)}, {address(21), remainingTtl(ts, 60)}};
    } else if (name == "api.example.org" || name == "updates.example.com") {
        const QByteArray edge = name.startsWith("api") ? "api.edge.cdn.example.com" : "updates.edge.cdn.example.com";
        lookup.answers = {{edge, remainingTtl(ts, 3600)},
                          {address(name.startsWith("api") ? 30 : 31), remainingTtl(ts, 20)}};
    } else if (name == "mail.example.net" && v6) {
        // NOERROR without answers: the name has no AAAA record (NODATA)
    } else {
        const int n = name == "mail.example.net" ? 25 : name == "login.example.net" ? 40 : 50;
        lookup.answers = {{address(n), remainingTtl(ts, 1800)}};
    }
}

QByteArray generateLog()
{
    Random rng(20160718);
    const QList<Resolver> background = {
        {"198.51.100.10", -4, 40}, {"198.51.100.11", -4, 25}, {"203.0.113.53", 1, 30}, {"192.0.2.200", 9, 15}};
    const QList<QByteArray> names = {"www.example.com",     "mail.example.net",           "api.example.org",
                                     "cdn.example.com",     "login.example.net",          "ntp.example.org",
                                     "updates.example.com", "nonexistent.example.invalid"};
    const char *const bankA = "195.51.100.17";
    const char *const bankB = "195.51.100.18";
    QByteArray log;
    const QDateTime start(QDate(2016, 5, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2016, 11, 1), QTime(0, 0), QTimeZone::utc());
    for (QDateTime hour = start; hour < end; hour = hour.addSecs(3600)) {
        const qint64 hourUs = hour.toMSecsSinceEpoch() * 1000;
        QList<ZeekLine> rows;
        const double mail = mailRate(hour);
        for (double x = rng.uniform(); x < mail * 2; x += 1.0 + rng.uniform()) {
            const qint64 ts = hourUs + qint64(rng.uniform() * double(kHourUs));
            ZeekLine lookup{ts, rng.below(3) == 0 ? bankB : bankA, kMailHost, "A", "NOERROR", {}};
            mailOutcome(lookup);
            rows.append(lookup);
        }
        for (const Resolver &r : background) {
            const int local = (hour.time().hour() + r.utcOffsetHours + 24) % 24;
            const double rate = (local >= 8 && local < 19) ? r.perHour : r.perHour / 8;
            const int n = int(rate * (0.5 + rng.uniform()));
            for (int i = 0; i < n; ++i) {
                const qint64 ts = hourUs + qint64(rng.uniform() * double(kHourUs));
                const QByteArray &name = names[rng.below(int(names.size()))];
                ZeekLine lookup{ts, r.address, name.constData(), rng.below(4) == 0 ? "AAAA" : "A", "NOERROR", {}};
                backgroundOutcome(lookup);
                rows.append(lookup);
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.ts < b.ts; });
        for (const ZeekLine &row : rows)
            log += row.text();
    }
    return log;
}

// The 2016 US election calendar, read from the committed iCalendar file through the events importer.
bool addEvents(LookupStore &store, const QString &icsPath)
{
    const EventImport events = EventFileFormat::readFile(icsPath, EventFileFormat::Format::Ics);
    if (events.report.error || events.report.rejected > 0 || events.events.isEmpty()) {
        const QString why = events.report.error   ? events.report.error->message()
            : events.report.firstIssues.isEmpty() ? QStringLiteral("no events")
                                                  : events.report.firstIssues.first().message;
        fprintf(stderr, "samplegen: %s: %s\n", qPrintable(icsPath), qPrintable(why));
        return false;
    }
    store.addEvents(events.events);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4) {
        fputs("usage: dnstimeline_samplegen STORE EVENTS.ics [ADDRESS-BOOK.csv]\n", stderr);
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("sample-dns-2016.json"));
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly) || log.write(generateLog()) < 0) {
        fprintf(stderr, "samplegen: cannot write %s\n", qPrintable(logPath));
        return 1;
    }
    log.close();
    try {
        auto store = openStore(storePath, StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = logPath;
        request.datasetName = QStringLiteral("Sample resolver logs 2016");
        const ImportResult result = runImport(*store, request, {});
        if (result.report.error) {
            fprintf(stderr, "samplegen: %s\n", qPrintable(result.report.error->message()));
            return 1;
        }
        if (!addEvents(*store, QString::fromLocal8Bit(argv[2])))
            return 1;
        if (argc == 4)
            store->importAddressBook(AddressBookFile::readFile(QString::fromLocal8Bit(argv[3])), true);
        printf("sample store %s: %lld lookups\n", qPrintable(storePath), result.dataset.records);
    } catch (const Failure &e) {
        fprintf(stderr, "samplegen: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
