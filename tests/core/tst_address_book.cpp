// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The address book's rules: what a pattern is, and which row labels a value (longest prefix
// for addresses, an exact name before a glob, the most literal glob first, nothing when
// nothing matches); its CSV and JSON files, all or nothing, with file and line in messages.
#include "address_book.h"
#include "address_book_file.h"
#include "failure.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

AddressBook bookOf(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QList<AddressBookEntry> entries;
    for (const auto &[pattern, label] : rows)
        entries.append(AddressBook::checked({0, QString::fromUtf8(pattern), QString::fromUtf8(label), {}, {}}));
    return AddressBook(entries);
}

QString labelOf(const AddressBook &book, const char *value)
{
    const AddressBookEntry *row = book.match(QString::fromUtf8(value));
    return row ? row->label : QStringLiteral("(none)");
}

QString failureOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Failure &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TstAddressBook : public QObject {
    Q_OBJECT

private slots:
    void patternsAreReadAsNetworksNamesOrGlobsInCanonicalSpelling()
    {
        QCOMPARE(AddressPattern::parse(QStringLiteral(" 217.12.96.0/24 ")).text(), QStringLiteral("217.12.96.0/24"));
        QCOMPARE(AddressPattern::parse(QStringLiteral("192.0.2.7")).text(), QStringLiteral("192.0.2.7/32"));
        QCOMPARE(AddressPattern::parse(QStringLiteral("2001:DB8:0:0::/32")).text(), QStringLiteral("2001:db8::/32"));
        QCOMPARE(AddressPattern::parse(QStringLiteral("::ffff:192.0.2.0/120")).text(), QStringLiteral("192.0.2.0/24"));
        const AddressPattern name = AddressPattern::parse(QStringLiteral("Mail1.Trump-Email.com."));
        QCOMPARE(name.kind(), AddressPattern::Kind::Name);
        QCOMPARE(name.text(), QStringLiteral("mail1.trump-email.com"));
        const AddressPattern glob = AddressPattern::parse(QStringLiteral("*.trump-email.com"));
        QCOMPARE(glob.kind(), AddressPattern::Kind::Glob);
        QCOMPARE(glob.literalCount(), 16);
    }

    void canonicalSpellingsReadBackAsThemselves()
    {
        // Found by fuzz_address_book: "203.0.113.5." was a name whose spelling, without the
        // dot, read back as an address.
        for (const char *given :
             {"203.0.113.5.", "2001:DB8::1.", "Mail.Example.COM.", "*.x.", "a/b", "::ffff:1.2.3.4"}) {
            const AddressPattern first = AddressPattern::parse(QString::fromLatin1(given));
            const AddressPattern again = AddressPattern::parse(first.text());
            QCOMPARE(again.text(), first.text());
            QCOMPARE(again.kind(), first.kind());
        }
        QCOMPARE(AddressPattern::parse(QStringLiteral("203.0.113.5.")).text(), QStringLiteral("203.0.113.5/32"));
    }

    void badPatternsSayWhatIsWrong()
    {
        QCOMPARE(failureOf([] { AddressPattern::parse(QStringLiteral("192.0.2.7/24")); }),
                 QStringLiteral("'192.0.2.7/24': has bits set after the prefix: 192.0.2.0/24?"));
        QVERIFY(failureOf([] { AddressPattern::parse(QStringLiteral("192.0.2.0/33")); }).contains(u"from 0 to 32"));
        QVERIFY(failureOf([] { AddressPattern::parse(QStringLiteral("2001:db8::/129")); }).contains(u"from 0 to 128"));
        QVERIFY(failureOf([] { AddressPattern::parse(QStringLiteral("192.0.2/24")); }).contains(u"not an IPv4"));
        QVERIFY(failureOf([] { AddressPattern::parse(QStringLiteral("a b")); }).contains(u"no spaces"));
        // Fuzz-found: "19.." read as "19." whose canonical "19" read back as another pattern.
        QVERIFY(failureOf([] { AddressPattern::parse(QStringLiteral("19..")); }).contains(u"empty labels"));
        QVERIFY(failureOf([] { AddressPattern::parse(QString()); }).contains(u"empty"));
        QVERIFY(failureOf([] {
                    AddressBook::checked({0, QStringLiteral("192.0.2.0/24"), QStringLiteral("  "), {}, {}});
                }).contains(u"no label"));
    }

    void anIpv4AddressTakesTheLongestPrefixHoldingIt()
    {
        const AddressBook book = bookOf({{"217.12.0.0/16", "Wide"},
                                         {"217.12.96.0/24", "Alfa Bank"},
                                         {"217.12.96.128/25", "Alfa Bank DMZ"},
                                         {"217.12.96.200", "Alfa Bank resolver"}});
        QCOMPARE(labelOf(book, "217.12.96.200"), QStringLiteral("Alfa Bank resolver"));
        QCOMPARE(labelOf(book, "217.12.96.201"), QStringLiteral("Alfa Bank DMZ"));
        QCOMPARE(labelOf(book, "217.12.96.5"), QStringLiteral("Alfa Bank"));
        QCOMPARE(labelOf(book, "217.12.7.5"), QStringLiteral("Wide"));
        QCOMPARE(labelOf(book, "::ffff:217.12.96.5"), QStringLiteral("Alfa Bank")); // IPv4-mapped
    }

    void anIpv6AddressTakesTheLongestPrefixHoldingIt()
    {
        const AddressBook book =
            bookOf({{"2001:db8::/32", "Doc"}, {"2001:db8:1::/48", "Doc lab"}, {"::/0", "Anyone v6"}});
        QCOMPARE(labelOf(book, "2001:db8:1::53"), QStringLiteral("Doc lab"));
        QCOMPARE(labelOf(book, "2001:DB8:2::53"), QStringLiteral("Doc"));
        QCOMPARE(labelOf(book, "fe80::1%eth0"), QStringLiteral("Anyone v6"));
        QCOMPARE(labelOf(book, "192.0.2.1"), QStringLiteral("(none)")); // an IPv6 network holds no IPv4 address
    }

    void aNameTakesItsExactRowBeforeAnyGlobAndTheMostLiteralGlobFirst()
    {
        const AddressBook book = bookOf({{"*.trump-email.com", "Trump Organization mail"},
                                         {"mail1.trump-email.com", "The mail host"},
                                         {"*.*.trump-email.com", "Deeper"},
                                         {"mail?.trump-email.com", "Numbered mail"}});
        QCOMPARE(labelOf(book, "mail1.trump-email.com."), QStringLiteral("The mail host"));
        QCOMPARE(labelOf(book, "MAIL1.trump-email.com"), QStringLiteral("The mail host"));
        QCOMPARE(labelOf(book, "mail2.trump-email.com"), QStringLiteral("Numbered mail"));
        QCOMPARE(labelOf(book, "www.trump-email.com"), QStringLiteral("Trump Organization mail"));
        QCOMPARE(labelOf(book, "a.b.trump-email.com"), QStringLiteral("Deeper")); // 17 literals before 16
    }

    void anAddressMatchesGlobsOnlyWhenNoNetworkHoldsIt()
    {
        const AddressBook book = bookOf({{"192.0.2.0/24", "Net"}, {"192.0.2.*", "Glob"}, {"198.51.100.*", "Glob 2"}});
        QCOMPARE(labelOf(book, "192.0.2.9"), QStringLiteral("Net"));
        QCOMPARE(labelOf(book, "198.51.100.9"), QStringLiteral("Glob 2"));
    }

    void nothingMatchingGivesNoRow()
    {
        const AddressBook book = bookOf({{"192.0.2.0/24", "Net"}, {"*.example.com", "Example"}});
        QCOMPARE(labelOf(book, "192.0.3.1"), QStringLiteral("(none)"));
        QCOMPARE(labelOf(book, "example.com"), QStringLiteral("(none)"));
        QCOMPARE(labelOf(book, ""), QStringLiteral("(none)"));
        QCOMPARE(labelOf(AddressBook(), "192.0.2.1"), QStringLiteral("(none)"));
    }

    void csvAndJsonFilesRoundTrip()
    {
        const QList<AddressBookEntry> entries = {
            {0, QStringLiteral("217.12.96.0/24"), QStringLiteral("Alfa Bank"), QStringLiteral("two resolvers, \"ns\""),
             QStringLiteral("https://example.org/a?b=1,2")},
            {0, QStringLiteral("*.trump-email.com"), QStringLiteral("Trump Organization mail"), {}, {}},
        };
        for (const auto format : {AddressBookFile::Format::Csv, AddressBookFile::Format::Json}) {
            const QByteArray bytes = AddressBookFile::write(entries, format);
            QCOMPARE(AddressBookFile::sniff(bytes), format);
            QCOMPARE(AddressBookFile::read(bytes, format, QStringLiteral("book")), entries);
        }
    }

    void csvColumnsMayComeInAnyOrderWithOthersIgnored()
    {
        const QByteArray csv = "label,extra,pattern\nAlfa Bank,x,217.12.96.0/24\r\nDoc,y,2001:DB8::/32\n";
        const QList<AddressBookEntry> read =
            AddressBookFile::read(csv, AddressBookFile::Format::Csv, QStringLiteral("b.csv"));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[1].pattern, QStringLiteral("2001:db8::/32"));
        QCOMPARE(read[1].label, QStringLiteral("Doc"));
    }

    void aMalformedCsvFailsWholeNamingFileAndLines()
    {
        const QByteArray csv = "pattern,label\n192.0.2.0/24,Good\n192.0.2.7/24,Bad bits\n*.x.com,\n"
                               "192.0.2.0/24,Again\n";
        const QString message =
            failureOf([&] { AddressBookFile::read(csv, AddressBookFile::Format::Csv, QStringLiteral("bank.csv")); });
        QVERIFY2(message.startsWith(u"3 problems in bank.csv; nothing was imported"), qPrintable(message));
        QVERIFY2(message.contains(u"bank.csv:3: '192.0.2.7/24': has bits set after the prefix"), qPrintable(message));
        QVERIFY2(message.contains(u"bank.csv:4: '*.x.com' has no label"), qPrintable(message));
        QVERIFY2(message.contains(u"bank.csv:5: '192.0.2.0/24' again (first on line 2)"), qPrintable(message));
        QVERIFY(failureOf([] {
                    AddressBookFile::read("ip,name\n1,2\n", AddressBookFile::Format::Csv, QStringLiteral("x.csv"));
                }).startsWith(u"x.csv:1: not an address book"));
    }

    void aMalformedJsonFailsNamingFileAndLine()
    {
        const QByteArray json = "[\n {\"pattern\": \"192.0.2.0/24\", \"label\": \"A\"},\n"
                                " {\"pattern\": 7, \"label\": \"B\"}\n]";
        QCOMPARE(
            failureOf([&] { AddressBookFile::read(json, AddressBookFile::Format::Json, QStringLiteral("b.json")); }),
            QStringLiteral("b.json:3: 'pattern' must be a string"));
        QVERIFY(failureOf([] {
                    AddressBookFile::read("[\n{\"pattern\": }", AddressBookFile::Format::Json,
                                          QStringLiteral("c.json"));
                }).startsWith(u"c.json:2: bad JSON"));
        QVERIFY(failureOf([] {
                    AddressBookFile::read("{}", AddressBookFile::Format::Json, QStringLiteral("d.json"));
                }).contains(u"expected an array"));
    }

    void aMissingFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.csv"));
        QVERIFY(failureOf([&] { AddressBookFile::readFile(path); }).contains(path));
    }
};

QTEST_GUILESS_MAIN(TstAddressBook)
#include "tst_address_book.moc"
