// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the bundled sample store, deterministically: the same bytes of CSV on every machine.
// May–October 2016: two resolvers of a (fictional) bank look up a company's mail host, mostly
// in Moscow office hours, with bursts in the weeks of the US party conventions and silence
// after late September; around them, background traffic from a few other resolvers. The
// store also gets the 2016 election calendar (us-election-2016.ics) as events, and an address
// book (address-book.csv) saying who is behind the resolvers (all fictional).
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

QByteArray generateCsv()
{
    Random rng(20160718);
    const QList<Resolver> background = {
        {"198.51.100.10", -4, 40}, {"198.51.100.11", -4, 25}, {"203.0.113.53", 1, 30}, {"192.0.2.200", 9, 15}};
    const QList<QByteArray> names = {"www.example.com",     "mail.example.net",           "api.example.org",
                                     "cdn.example.com",     "login.example.net",          "ntp.example.org",
                                     "updates.example.com", "nonexistent.example.invalid"};
    const QByteArray bankA = "195.51.100.17", bankB = "195.51.100.18";
    QByteArray csv("timestamp,client,qname,qtype,rcode,server\n");
    const QDateTime start(QDate(2016, 5, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2016, 11, 1), QTime(0, 0), QTimeZone::utc());
    char line[256];
    for (QDateTime hour = start; hour < end; hour = hour.addSecs(3600)) {
        const qint64 hourUs = hour.toMSecsSinceEpoch() * 1000;
        QList<std::pair<qint64, QByteArray>> rows;
        const double mail = mailRate(hour);
        for (double x = rng.uniform(); x < mail * 2; x += 1.0 + rng.uniform()) {
            const qint64 ts = hourUs + qint64(rng.uniform() * double(kHourUs));
            const QByteArray &client = rng.below(3) == 0 ? bankB : bankA;
            std::snprintf(line, sizeof line, "%s,%s,A,NOERROR,198.18.0.53", client.constData(), kMailHost);
            rows.append({ts, QByteArray(line)});
        }
        for (const Resolver &r : background) {
            const int local = (hour.time().hour() + r.utcOffsetHours + 24) % 24;
            const double rate = (local >= 8 && local < 19) ? r.perHour : r.perHour / 8;
            const int n = int(rate * (0.5 + rng.uniform()));
            for (int i = 0; i < n; ++i) {
                const qint64 ts = hourUs + qint64(rng.uniform() * double(kHourUs));
                const QByteArray &name = names[rng.below(int(names.size()))];
                const bool nx = name.endsWith(".invalid");
                std::snprintf(line, sizeof line, "%s,%s,%s,%s,198.18.0.53", r.address, name.constData(),
                              rng.below(4) == 0 ? "AAAA" : "A", nx ? "NXDOMAIN" : "NOERROR");
                rows.append({ts, QByteArray(line)});
            }
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[ts, rest] : rows) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ts / 1000, QTimeZone::utc());
            csv += t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
            csv += ',';
            csv += rest;
            csv += '\n';
        }
    }
    return csv;
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
    const QString csvPath = dir.filePath(QStringLiteral("sample-lookups-2016.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(generateCsv()) < 0) {
        fprintf(stderr, "samplegen: cannot write %s\n", qPrintable(csvPath));
        return 1;
    }
    csv.close();
    try {
        auto store = openStore(storePath, StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = csvPath;
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
