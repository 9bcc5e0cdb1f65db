// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The owner fields on a SQLite store: the address book kept in the store (add, edit, delete,
// restore, import all or nothing, read-only), and client_owner … answer_country in splits,
// filters and records, derived from the current book and databases when a view is computed,
// against a brute-force count over the planted lookups (the answers' owners written out by hand).
#include "answer_subject.h"
#include "failure.h"
#include "mmdb_test_support.h"
#include "sqlite_store.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace mmdb_test;

namespace {

constexpr qint64 kStart = 1'468'800'000'000'000;
constexpr int kLookups = 6000;

struct Planted {
    QByteArray client, server;
    qint64 tsUs;
    int answers; // an index into kAnswers
};

// The answer sections the planted lookups cycle through, and the owners the book gives them,
// written out by hand: none; two owners; a CNAME chain (names labelled by glob, then an
// address); nobody's address; an MX; one owner twice; an IPv6 and an IPv4 owner.
struct PlantedAnswers {
    std::vector<RawAnswer> records;
    QStringList owners; // distinct, in the records' order
};
const std::array<PlantedAnswers, 7> kAnswers = {{
    {{}, {}},
    {{{"A", "217.12.96.5", 60}, {"A", "198.51.100.9", 60}}, {QStringLiteral("Alfa Bank")}},
    {{{"CNAME", "mail1.trump-email.com", 300}, {"CNAME", "edge.cdn.test", 300}, {"A", "217.12.96.200", 60}},
     {QStringLiteral("Trump Organization mail"), QStringLiteral("Alfa Bank resolver")}},
    {{{"A", "10.9.9.9", 60}}, {}},
    {{{"MX", "10 mx.trump-email.com", 300}}, {QStringLiteral("Trump Organization mail")}},
    {{{"A", "217.12.96.7", 60}, {"A", "217.12.96.8", 60}}, {QStringLiteral("Alfa Bank")}},
    {{{"AAAA", "2001:db8:1::9", 60}, {"A", "217.12.96.200", 60}},
     {QStringLiteral("Lab v6"), QStringLiteral("Alfa Bank resolver")}},
}};

AddressBookEntry row(const char *pattern, const char *label)
{
    return {0, QString::fromLatin1(pattern), QString::fromUtf8(label), {}, {}};
}

QMap<QString, qint64> totals(const BinTable &table)
{
    QMap<QString, qint64> out;
    for (const BinSeries &s : table.series)
        out[s.isOther ? QStringLiteral("<other>") : s.name] += s.total;
    return out;
}

} // namespace

class TstOwnerFields : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    QList<Planted> m_planted;
    QString m_asn;

    // Brute force: lookups per label, a label being the first matching rule written here
    // again independently of AddressBook.
    static QString bankOf(const QByteArray &client)
    {
        if (client == "217.12.96.200")
            return QStringLiteral("Alfa Bank resolver");
        if (client.startsWith("217.12.96."))
            return QStringLiteral("Alfa Bank");
        if (client.startsWith("2001:db8:1:"))
            return QStringLiteral("Lab v6");
        if (client.endsWith(".trump-email.com"))
            return QStringLiteral("Trump Organization mail");
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_asn = m_dir.filePath(QStringLiteral("asn.mmdb"));
        const QString error =
            write(m_asn, QStringLiteral("GeoLite2-ASN"),
                  {network("198.51.100.0/24", asn(64496, "Resolver Co")), network("2001:db8::/32", asn(64500, "Doc"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("o.dnstl")), StoreOpenMode::Create);
        const QList<QByteArray> clients = {"217.12.96.200", "217.12.96.7",           "217.12.97.1", "2001:db8:1::5",
                                           "2001:db8:2::5", "mail1.trump-email.com", "10.0.0.1",    ""};
        DatasetInfo meta;
        meta.name = QStringLiteral("planted");
        auto sink = m_store->beginImport(meta);
        for (int i = 0; i < kLookups; ++i) {
            const Planted p{clients[(i * 7) % clients.size()], i % 3 ? "198.51.100.53" : "2001:db8::53",
                            kStart + qint64(i) * 1'000'000, i % int(kAnswers.size())};
            sink->add(RawLookup{p.tsUs, p.client, "q" + QByteArray::number(i % 5) + ".example.com", "A", "NOERROR",
                                p.server, 0, kAnswers[size_t(p.answers)].records});
            m_planted.append(p);
        }
        sink->commit(QStringLiteral("sha"), 0);
        const AddressBookImport done = m_store->importAddressBook(
            {row("217.12.96.0/24", "Alfa Bank"), row("217.12.96.200", "Alfa Bank resolver"),
             row("2001:db8:1::/48", "Lab v6"), row("*.trump-email.com", "Trump Organization mail")},
            false);
        QCOMPARE(done.added, 4);
    }

    void splittingByClientOwnerCountsEachLabelLikeBruteForce()
    {
        BinQuery q;
        q.split = LookupField::ClientOwner;
        q.topK = 10;
        QMap<QString, qint64> expected;
        for (const Planted &p : std::as_const(m_planted)) {
            const QString label = bankOf(p.client);
            expected[label.isEmpty() ? QStringLiteral("(none)") : label] += 1;
        }
        QCOMPARE(totals(m_store->bins(q)), expected);
    }

    void filteringByClientOwnerKeepsOnlyThoseLookups()
    {
        BinQuery q;
        q.filters = {{LookupField::ClientOwner, QStringLiteral("alfa bank*")}};
        qint64 expected = 0;
        for (const Planted &p : std::as_const(m_planted))
            expected += bankOf(p.client).startsWith(u"Alfa Bank") ? 1 : 0;
        QCOMPARE(totals(m_store->bins(q)).value(QString()), expected);
    }

    void aChangeToTheBookRefreshesTheNextView()
    {
        BinQuery q;
        q.split = LookupField::ClientOwner;
        const qint64 id = m_store->addAddressEntry(row("10.0.0.0/8", "Office"));
        const qint64 office = totals(m_store->bins(q)).value(QStringLiteral("Office"));
        qint64 expected = 0;
        for (const Planted &p : std::as_const(m_planted))
            expected += p.client == "10.0.0.1" ? 1 : 0;
        QCOMPARE(office, expected);
        AddressBookEntry renamed = row("10.0.0.0/8", "Head office");
        renamed.id = id;
        m_store->updateAddressEntry(renamed);
        QCOMPARE(totals(m_store->bins(q)).value(QStringLiteral("Head office")), expected);
        QVERIFY(!totals(m_store->bins(q)).contains(QStringLiteral("Office")));
        m_store->deleteAddressEntry(id);
        QVERIFY(!totals(m_store->bins(q)).contains(QStringLiteral("Head office")));
        renamed.label = QStringLiteral("Office");
        m_store->restoreAddressEntry(renamed); // an undo of the deletion: same id
        QCOMPARE(m_store->addressBook().size(), 5);
        QCOMPARE(totals(m_store->bins(q)).value(QStringLiteral("Office")), expected);
        m_store->deleteAddressEntry(id);
    }

    void serverAsnComesFromTheDatabaseGiven()
    {
        BinQuery q;
        q.split = LookupField::ServerAsn;
        q.ownerDatabases = {m_asn};
        QMap<QString, qint64> expected;
        for (const Planted &p : std::as_const(m_planted))
            expected[p.server.startsWith("198.") ? QStringLiteral("AS64496") : QStringLiteral("AS64500")] += 1;
        QCOMPARE(totals(m_store->bins(q)), expected);
        q.split = LookupField::ServerOrg;
        q.filters = {{LookupField::ClientOwner, QStringLiteral("Lab v6")}};
        qint64 lab = 0;
        for (const Planted &p : std::as_const(m_planted))
            lab += bankOf(p.client) == QStringLiteral("Lab v6") && p.server.startsWith("198.") ? 1 : 0;
        QCOMPARE(totals(m_store->bins(q)).value(QStringLiteral("Resolver Co")), lab);
    }

    void recordsCarryTheOwnerFields()
    {
        RecordQuery q;
        q.range = {kStart, kStart + qint64(kLookups) * 1'000'000};
        q.filters = {{LookupField::ClientOwner, QStringLiteral("Alfa Bank resolver")}};
        q.ownerDatabases = {m_asn};
        const RecordPage page = m_store->records(q, 0, 5);
        qint64 expected = 0;
        for (const Planted &p : std::as_const(m_planted))
            expected += p.client == "217.12.96.200" ? 1 : 0;
        QCOMPARE(page.total, expected);
        QVERIFY(!page.records.isEmpty());
        for (const LookupRecord &r : page.records) {
            QCOMPARE(r.client, QStringLiteral("217.12.96.200"));
            QCOMPARE(r.owner(LookupField::ClientOwner), QStringLiteral("Alfa Bank resolver"));
            QVERIFY(r.owner(LookupField::ClientAsn).isEmpty());
            QVERIFY(r.owner(LookupField::ServerAsn) == QStringLiteral("AS64496") ||
                    r.owner(LookupField::ServerAsn) == QStringLiteral("AS64500"));
        }
        RecordQuery series = q;
        series.filters.clear();
        series.split = LookupField::ClientOwner;
        series.seriesValue = QStringLiteral("(none)");
        qint64 none = 0;
        for (const Planted &p : std::as_const(m_planted))
            none += bankOf(p.client).isEmpty() ? 1 : 0;
        QCOMPARE(m_store->records(series, 0, 1).total, none);
    }

    void anAnswerIsLabelledByItsAddressOrTheNameItsDataNames()
    {
        const QList<std::pair<const char *, const char *>> cases = {
            {"192.0.2.1", "192.0.2.1"},
            {"2001:db8::1", "2001:db8::1"},
            {"mail.example.com.", "mail.example.com."},
            {"10 mx.example.com", "mx.example.com"},
            {"0 5 5060 sip.example.com", "sip.example.com"},
            {"1 cdn.example.net alpn=h2,h3", "cdn.example.net"},
            {"1 . alpn=h2", ""},
            {"\"v=spf1 include:example.com ~all\"", ""},
            {"ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300", ""},
            {"42", ""},
            {"", ""},
        };
        for (const auto &[rdata, subject] : cases)
            QCOMPARE(AnswerSubject::of(QString::fromLatin1(rdata)), QString::fromLatin1(subject));
    }

    void splittingByAnswerOwnerCountsALookupOnceUnderEachOwnerOfItsAnswers()
    {
        BinQuery q;
        q.split = LookupField::AnswerOwner;
        q.topK = 10;
        QMap<QString, qint64> expected;
        for (const Planted &p : std::as_const(m_planted)) {
            const QStringList &owners = kAnswers[size_t(p.answers)].owners;
            if (owners.isEmpty()) // no answers, or none that the book labels
                expected[QStringLiteral("(none)")] += 1;
            for (const QString &owner : owners)
                expected[owner] += 1;
        }
        QCOMPARE(totals(m_store->bins(q)), expected);
        // Beyond the top K, a lookup is in "other" once however many of its owners are there.
        q.topK = 1;
        qint64 other = 0;
        QString top;
        qint64 topTotal = 0;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (it.value() > topTotal)
                top = it.key(), topTotal = it.value();
        }
        for (const Planted &p : std::as_const(m_planted)) {
            const QStringList &owners = kAnswers[size_t(p.answers)].owners;
            const QStringList values = owners.isEmpty() ? QStringList{QStringLiteral("(none)")} : owners;
            other += std::any_of(values.begin(), values.end(), [&](const QString &v) { return v != top; }) ? 1 : 0;
        }
        const QMap<QString, qint64> ranked = totals(m_store->bins(q));
        QCOMPARE(ranked.value(top), topTotal);
        QCOMPARE(ranked.value(QStringLiteral("<other>")), other);
    }

    void filteringByAnswerOwnerKeepsLookupsWithAnyAnswerSoOwned()
    {
        BinQuery q;
        q.filters = {{LookupField::AnswerOwner, QStringLiteral("alfa bank resolver")}};
        qint64 resolver = 0, trump = 0;
        for (const Planted &p : std::as_const(m_planted)) {
            const QStringList &owners = kAnswers[size_t(p.answers)].owners;
            resolver += owners.contains(QStringLiteral("Alfa Bank resolver")) ? 1 : 0;
            trump += owners.contains(QStringLiteral("Trump Organization mail")) ? 1 : 0;
        }
        QCOMPARE(totals(m_store->bins(q)).value(QString()), resolver);
        q.filters = {{LookupField::AnswerOwner, QStringLiteral("Trump*")}};
        QCOMPARE(totals(m_store->bins(q)).value(QString()), trump); // the CNAME chain and the MX
        // "*" keeps every lookup, with answers or without, as for the other owner fields.
        q.filters = {{LookupField::AnswerOwner, QStringLiteral("*")}};
        QCOMPARE(totals(m_store->bins(q)).value(QString()), qint64(kLookups));
    }

    void answerAsnComesFromTheDatabaseForAddressesOnly()
    {
        BinQuery q;
        q.split = LookupField::AnswerAsn;
        q.ownerDatabases = {m_asn};
        q.topK = 10;
        QMap<QString, qint64> expected;
        for (const Planted &p : std::as_const(m_planted)) {
            switch (p.answers) {
            case 1:
                expected[QStringLiteral("AS64496")] += 1; // 198.51.100.9; 217.12.96.5 is in no network
                break;
            case 6:
                expected[QStringLiteral("AS64500")] += 1; // 2001:db8:1::9
                break;
            default: // names have no ASN
                expected[QStringLiteral("(none)")] += 1;
                break;
            }
        }
        QCOMPARE(totals(m_store->bins(q)), expected);
    }

    void recordsListTheOwnersOfTheirAnswers()
    {
        RecordQuery q;
        q.range = {kStart, kStart + qint64(kLookups) * 1'000'000};
        q.split = LookupField::AnswerOwner;
        q.seriesValue = QStringLiteral("Alfa Bank resolver");
        qint64 expected = 0;
        for (const Planted &p : std::as_const(m_planted))
            expected += kAnswers[size_t(p.answers)].owners.contains(QStringLiteral("Alfa Bank resolver")) ? 1 : 0;
        const RecordPage page = m_store->records(q, 0, 20);
        QCOMPARE(page.total, expected);
        for (const LookupRecord &r : page.records) {
            const bool chain = r.answers.size() == 3;
            QCOMPARE(r.owner(LookupField::AnswerOwner),
                     chain ? QStringLiteral("Trump Organization mail; Alfa Bank resolver")
                           : QStringLiteral("Lab v6; Alfa Bank resolver"));
        }
        q.seriesValue = QStringLiteral("(none)");
        qint64 none = 0;
        for (const Planted &p : std::as_const(m_planted))
            none += kAnswers[size_t(p.answers)].owners.isEmpty() ? 1 : 0;
        const RecordPage unowned = m_store->records(q, 0, 20);
        QCOMPARE(unowned.total, none);
        for (const LookupRecord &r : unowned.records)
            QVERIFY(r.owner(LookupField::AnswerOwner).isEmpty());
    }

    void aDuplicatePatternOrAnUnknownIdIsRefusedAndChangesNothing()
    {
        const QList<AddressBookEntry> before = m_store->addressBook();
        const auto kindOf = [](const std::function<void()> &f) {
            try {
                f();
            } catch (const Failure &e) {
                return e.kind();
            }
            return Failure::Kind::Cancelled;
        };
        QCOMPARE(kindOf([&] { m_store->addAddressEntry(row("217.12.96.0/24", "Again")); }), Failure::Kind::Refused);
        QCOMPARE(kindOf([&] { m_store->addAddressEntry(row("217.12.96.1/24", "Bits")); }), Failure::Kind::BadInput);
        QCOMPARE(kindOf([&] { m_store->deleteAddressEntry(9999); }), Failure::Kind::NotFound);
        // An import with one bad row stores none of it.
        QCOMPARE(kindOf([&] {
                     m_store->importAddressBook({row("192.0.2.0/24", "Fine"), row("192.0.2.0/33", "Bad")}, true);
                 }),
                 Failure::Kind::BadInput);
        QCOMPARE(m_store->addressBook(), before);
    }

    void importingReplacesOrUpdatesRowsInOneGo()
    {
        const QString file = m_dir.filePath(QStringLiteral("copy.dnstl"));
        SqliteStore store(file, StoreOpenMode::Create);
        store.importAddressBook({row("192.0.2.0/24", "A"), row("*.example.com", "B")}, false);
        AddressBookImport done =
            store.importAddressBook({row("192.0.2.0/24", "A2"), row("198.51.100.0/24", "C")}, false);
        QCOMPARE(done.added, 1);
        QCOMPARE(done.updated, 1);
        QCOMPARE(store.addressBook().size(), 3);
        done = store.importAddressBook({row("198.51.100.0/24", "C")}, true);
        QCOMPARE(done.removed, 3);
        QCOMPARE(store.addressBook().size(), 1);
    }

    void aReadOnlyStoreShowsTheBookAndRefusesChanges()
    {
        SqliteStore readOnly(m_store->location(), StoreOpenMode::ReadOnly);
        QCOMPARE(readOnly.addressBook(), m_store->addressBook());
        try {
            readOnly.addAddressEntry(row("192.0.2.0/24", "X"));
            QFAIL("a read-only store took a row");
        } catch (const Failure &e) {
            QCOMPARE(e.kind(), Failure::Kind::Refused);
        }
    }
};

QTEST_GUILESS_MAIN(TstOwnerFields)
#include "tst_owner_fields.moc"
