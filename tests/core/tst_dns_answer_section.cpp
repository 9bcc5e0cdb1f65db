// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The answer section of a DNS response as presentation text: each record type's form, TTLs,
// compression pointers, and a message cut short.
#include "dns_answer_section.h"

#include <QTest>

namespace {

// A response to example.com with the given answer records (owner: a pointer to the question).
QByteArray response(const QList<QPair<int, QByteArray>> &records)
{
    QByteArray m = QByteArray::fromHex("abcd81800001") + char(0) + char(records.size()) + QByteArray(4, '\0');
    m += QByteArray("\x07"
                    "example"
                    "\x03"
                    "com",
                    12) +
        '\0' + QByteArray::fromHex("00010001");
    for (const auto &[type, rdata] : records) {
        m += QByteArray::fromHex("c00c") + char(type >> 8) + char(type & 0xff) + QByteArray::fromHex("0001") +
            QByteArray::fromHex("00000e10") + char(rdata.size() >> 8) + char(rdata.size() & 0xff) + rdata;
    }
    return m;
}

QByteArrayList decoded(const QByteArray &message, bool *ok = nullptr)
{
    DnsAnswerSection section;
    const bool good = section.decode(message);
    if (ok)
        *ok = good;
    QByteArrayList list;
    for (const RawAnswer &a : section.answers())
        list.append(a.type.toByteArray() + ' ' + a.rdata.toByteArray() + ' ' + QByteArray::number(a.ttl));
    return list;
}

} // namespace

class TestDnsAnswerSection : public QObject {
    Q_OBJECT

private slots:
    void writesEachTypeInItsPresentationForm()
    {
        const QByteArray pointer = QByteArray::fromHex("c00c"); // example.com
        const QByteArrayList got = decoded(response({
            {5,
             QByteArray("\x04"
                        "edge",
                        5) +
                 pointer},
            {1, QByteArray::fromHex("5db8d822")},
            {28, QByteArray::fromHex("20010db8000000000000000000000007")},
            {15,
             QByteArray::fromHex("000a") +
                 QByteArray("\x02"
                            "mx",
                            3) +
                 pointer},
            {16,
             QByteArray("\x05hello\x08"
                        "a \"b\" c!"
                        "\x01\x07",
                        17)},
            {33,
             QByteArray::fromHex("000000050"
                                 "1bb") +
                 pointer},
            {65, QByteArray::fromHex("0001")},
        }));
        QCOMPARE(got,
                 (QByteArrayList{"CNAME edge.example.com 3600", "A 93.184.216.34 3600", "AAAA 2001:db8::7 3600",
                                 "MX 10 mx.example.com 3600", "TXT \"hello\" \"a \\\"b\\\" c!\" \"\\007\" 3600",
                                 "SRV 0 5 443 example.com 3600", "HTTPS \\# 2 0001 3600"}));
    }

    void aMessageCutShortKeepsTheRecordsBeforeTheCut()
    {
        QByteArray m = response({{1, QByteArray::fromHex("c0000201")}, {1, QByteArray::fromHex("c0000202")}});
        m.chop(3);
        bool ok = true;
        QCOMPARE(decoded(m, &ok), (QByteArrayList{"A 192.0.2.1 3600"}));
        QVERIFY(!ok);
        DnsAnswerSection none;
        QVERIFY(!none.decode(QByteArray("short")));
        QVERIFY(none.answers().empty());
    }
};

QTEST_GUILESS_MAIN(TestDnsAnswerSection)
#include "tst_dns_answer_section.moc"
