// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// NameGlob: the filter language against names outside the Basic Multilingual Plane (emoji,
// historic scripts), where one code point is two UTF-16 units.
#include "name_glob.h"

#include <QTest>

class TestNameGlob : public QObject {
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80");  // U+1F600, a surrogate pair
        const QString cat = QString::fromUtf8("\xF0\x9F\x90\xB1");    // U+1F431
        const QString gothic = QString::fromUtf8("\xF0\x90\x8C\xB0"); // U+10330
        QTest::newRow("ascii literal") << QStringLiteral("www.example.com") << QStringLiteral("WWW.example.com")
                                       << true;
        QTest::newRow("ascii ?") << QStringLiteral("n?.example") << QStringLiteral("n1.example") << true;
        QTest::newRow("ascii ? not two") << QStringLiteral("n?.example") << QStringLiteral("n12.example") << false;
        QTest::newRow("emoji literal") << smile + QStringLiteral(".example") << smile + QStringLiteral(".example")
                                       << true;
        QTest::newRow("emoji literal, other emoji")
            << smile + QStringLiteral(".example") << cat + QStringLiteral(".example") << false;
        QTest::newRow("emoji then *") << smile + QStringLiteral("*") << smile + QStringLiteral("x.example") << true;
        QTest::newRow("? is one code point")
            << QStringLiteral("?.example") << smile + QStringLiteral(".example") << true;
        QTest::newRow("?? is not one code point")
            << QStringLiteral("??.example") << smile + QStringLiteral(".example") << false;
        QTest::newRow("? before emoji") << QStringLiteral("a?") + cat << QStringLiteral("ab") + cat << true;
        QTest::newRow("set of emoji") << QStringLiteral("[") + smile + cat + QStringLiteral("].example")
                                      << cat + QStringLiteral(".example") << true;
        QTest::newRow("negated set of emoji") << QStringLiteral("[!") + smile + cat + QStringLiteral("].example")
                                              << cat + QStringLiteral(".example") << false;
        QTest::newRow("negated set, other") << QStringLiteral("[!") + smile + QStringLiteral("].example")
                                            << gothic + QStringLiteral(".example") << true;
        QTest::newRow("IDN U-label") << QString::fromUtf8("b\xC3\xBC"
                                                          "cher.*")
                                     << QString::fromUtf8("B\xC3\x9C"
                                                          "CHER.example")
                                     << true;
        QTest::newRow("IDN ? on BMP letter") << QStringLiteral("b?cher.example")
                                             << QString::fromUtf8("b\xC3\xBC"
                                                                  "cher.example")
                                             << true;
        QTest::newRow("historic script literal")
            << gothic + gothic + QStringLiteral(".*") << gothic + gothic + QStringLiteral(".test") << true;
    }

    void matches()
    {
        QFETCH(QString, glob);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        const QRegularExpression re = NameGlob::pattern(glob);
        QVERIFY2(re.isValid(), qPrintable(re.errorString() + QStringLiteral(": ") + re.pattern()));
        QCOMPARE(re.match(name).hasMatch(), matches);
    }

    void matchingIdsWithEmoji()
    {
        const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80");
        const std::vector<QString> names{QString(), smile + QStringLiteral(".example"), QStringLiteral("a.example"),
                                         QStringLiteral("ab.example")};
        QCOMPARE(NameGlob::matchingIds(QStringLiteral("?.example"), names),
                 (std::vector<bool>{false, true, true, false}));
        QCOMPARE(NameGlob::matchingIds(smile + QStringLiteral("*"), names),
                 (std::vector<bool>{false, true, false, false}));
    }
};

QTEST_APPLESS_MAIN(TestNameGlob)
#include "tst_name_glob.moc"
