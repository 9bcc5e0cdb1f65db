// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_names.h"

#include <QTest>

#include <atomic>
#include <thread>

namespace {

QByteArray qname(QByteArrayView in)
{
    QByteArray out;
    DnsNames::normalizeQname(in, out);
    return out;
}

QByteArray qtype(QByteArrayView in)
{
    QByteArray out;
    DnsNames::normalizeQtype(in, out);
    return out;
}

QByteArray rcode(QByteArrayView in)
{
    QByteArray out;
    DnsNames::normalizeRcode(in, out);
    return out;
}

} // namespace

class TestDnsNames : public QObject {
    Q_OBJECT

private slots:
    void lowerCasesQnameAndStripsOneTrailingDot_data();
    void lowerCasesQnameAndStripsOneTrailingDot();
    void reverseNamesOfAddresses();
    void reusesOutputBuffer();
    void namesKnownQtypes_data();
    void namesKnownQtypes();
    void namesUnknownQtypesGenerically();
    void namesRcodes_data();
    void namesRcodes();
    void keepsGenericNamesValidAcrossThreads();
    void normalizesQtypeSpellings_data();
    void normalizesQtypeSpellings();
    void normalizesRcodeSpellings_data();
    void normalizesRcodeSpellings();
};

void TestDnsNames::lowerCasesQnameAndStripsOneTrailingDot_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("mixed case, dot") << QByteArray("Mail1.Trump-Email.COM.") << QByteArray("mail1.trump-email.com");
    QTest::newRow("no dot") << QByteArray("example.org") << QByteArray("example.org");
    QTest::newRow("root stays") << QByteArray(".") << QByteArray(".");
    QTest::newRow("root with spaces") << QByteArray("  .\t") << QByteArray(".");
    QTest::newRow("only one dot stripped") << QByteArray("a..") << QByteArray("a.");
    QTest::newRow("whitespace trimmed") << QByteArray(" \tWWW.Example.com.\r\n") << QByteArray("www.example.com");
    QTest::newRow("inner space kept") << QByteArray("a b.c") << QByteArray("a b.c");
    QTest::newRow("non-ASCII untouched") << QByteArray("\xC3\x84"
                                                       "X.de")
                                         << QByteArray("\xC3\x84"
                                                       "x.de");
    QTest::newRow("underscore and digits")
        << QByteArray("_SIP._TCP.Ex4mple.NET.") << QByteArray("_sip._tcp.ex4mple.net");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("blank") << QByteArray("   ") << QByteArray();
}

void TestDnsNames::lowerCasesQnameAndStripsOneTrailingDot()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, expected);
    QCOMPARE(qname(in), expected);
}

void TestDnsNames::reusesOutputBuffer()
{
    QByteArray out;
    DnsNames::normalizeQname("a-much-longer-name.example.com.", out);
    const char *data = out.constData();
    DnsNames::normalizeQname("Short.", out);
    QCOMPARE(out, QByteArray("short"));
    QCOMPARE(out.constData(), data); // no reallocation when shrinking
    DnsNames::normalizeQtype("aaaa", out);
    QCOMPARE(out, QByteArray("AAAA"));
}

void TestDnsNames::namesKnownQtypes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("name");
    const std::pair<int, const char *> known[] = {
        {1, "A"},           {2, "NS"},        {5, "CNAME"},  {6, "SOA"},      {12, "PTR"},    {13, "HINFO"},
        {15, "MX"},         {16, "TXT"},      {28, "AAAA"},  {29, "LOC"},     {33, "SRV"},    {35, "NAPTR"},
        {43, "DS"},         {44, "SSHFP"},    {46, "RRSIG"}, {47, "NSEC"},    {48, "DNSKEY"}, {50, "NSEC3"},
        {51, "NSEC3PARAM"}, {52, "TLSA"},     {59, "CDS"},   {60, "CDNSKEY"}, {64, "SVCB"},   {65, "HTTPS"},
        {99, "SPF"},        {249, "TKEY"},    {250, "TSIG"}, {251, "IXFR"},   {252, "AXFR"},  {255, "ANY"},
        {257, "CAA"},       {23, "NSAP-PTR"}, {41, "OPT"},   {39, "DNAME"},   {32769, "DLV"},
    };
    for (const auto &[code, name] : known)
        QTest::newRow(name) << code << QByteArray(name);
}

void TestDnsNames::namesKnownQtypes()
{
    QFETCH(int, code);
    QFETCH(QByteArray, name);
    QCOMPARE(DnsNames::qtypeName(code).toByteArray(), name);
}

void TestDnsNames::namesUnknownQtypesGenerically()
{
    QCOMPARE(DnsNames::qtypeName(0).toByteArray(), QByteArray("TYPE0"));
    QCOMPARE(DnsNames::qtypeName(54).toByteArray(), QByteArray("TYPE54"));
    QCOMPARE(DnsNames::qtypeName(65280).toByteArray(), QByteArray("TYPE65280"));
    QCOMPARE(DnsNames::qtypeName(65535).toByteArray(), QByteArray("TYPE65535"));
    QVERIFY(DnsNames::qtypeName(65536).isEmpty());
    QVERIFY(DnsNames::qtypeName(-1).isEmpty());
    // The same storage every time: the view outlives the call.
    QCOMPARE(DnsNames::qtypeName(54).data(), DnsNames::qtypeName(54).data());
    QVERIFY(DnsNames::qtypeName(54).data() != DnsNames::rcodeName(54).data());
}

void TestDnsNames::namesRcodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("name");
    const std::pair<int, const char *> known[] = {
        {0, "NOERROR"},    {1, "FORMERR"},  {2, "SERVFAIL"}, {3, "NXDOMAIN"},     {4, "NOTIMP"},   {5, "REFUSED"},
        {6, "YXDOMAIN"},   {7, "YXRRSET"},  {8, "NXRRSET"},  {9, "NOTAUTH"},      {10, "NOTZONE"}, {16, "BADVERS"},
        {17, "BADKEY"},    {18, "BADTIME"}, {19, "BADMODE"}, {20, "BADNAME"},     {21, "BADALG"},  {22, "BADTRUNC"},
        {23, "BADCOOKIE"}, {12, "RCODE12"}, {24, "RCODE24"}, {4095, "RCODE4095"},
    };
    for (const auto &[code, name] : known)
        QTest::newRow(name) << code << QByteArray(name);
}

void TestDnsNames::namesRcodes()
{
    QFETCH(int, code);
    QFETCH(QByteArray, name);
    QCOMPARE(DnsNames::rcodeName(code).toByteArray(), name);
    QVERIFY(DnsNames::rcodeName(4096).isEmpty());
    QVERIFY(DnsNames::rcodeName(-3).isEmpty());
}

void TestDnsNames::keepsGenericNamesValidAcrossThreads()
{
    std::vector<std::thread> threads;
    std::atomic<int> wrong = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong, t] {
            for (int code = 1000 + t; code < 3000; code += 3) {
                const QByteArrayView name = DnsNames::qtypeName(code);
                if (name != QByteArray("TYPE" + QByteArray::number(code)))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestDnsNames::normalizesQtypeSpellings_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("lower case") << QByteArray("aaaa") << QByteArray("AAAA");
    QTest::newRow("mixed case, spaces") << QByteArray(" Mx ") << QByteArray("MX");
    QTest::newRow("number") << QByteArray("28") << QByteArray("AAAA");
    QTest::newRow("leading zeros") << QByteArray("0001") << QByteArray("A");
    QTest::newRow("unknown number") << QByteArray("65280") << QByteArray("TYPE65280");
    QTest::newRow("too large number kept") << QByteArray("70000") << QByteArray("70000");
    QTest::newRow("number (name)") << QByteArray("1 (A)") << QByteArray("A");
    QTest::newRow("number(name) lower") << QByteArray("28(aaaa)") << QByteArray("AAAA");
    QTest::newRow("name (number)") << QByteArray("SRV (33)") << QByteArray("SRV");
    QTest::newRow("(number)") << QByteArray("(15)") << QByteArray("MX");
    QTest::newRow("TYPE28") << QByteArray("TYPE28") << QByteArray("AAAA");
    QTest::newRow("type65 lower") << QByteArray("type65") << QByteArray("HTTPS");
    QTest::newRow("TYPE unknown") << QByteArray("TYPE65280") << QByteArray("TYPE65280");
    QTest::newRow("TYPE without number") << QByteArray("type") << QByteArray("TYPE");
    QTest::newRow("TYPEx") << QByteArray("TYPEx") << QByteArray("TYPEX");
    QTest::newRow("dash mnemonic") << QByteArray("nsap-ptr") << QByteArray("NSAP-PTR");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
}

void TestDnsNames::normalizesQtypeSpellings()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, expected);
    QCOMPARE(qtype(in), expected);
}

void TestDnsNames::normalizesRcodeSpellings_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("NXDomain") << QByteArray("NXDomain") << QByteArray("NXDOMAIN");
    QTest::newRow("noerror") << QByteArray("noerror") << QByteArray("NOERROR");
    QTest::newRow("number") << QByteArray("3") << QByteArray("NXDOMAIN");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("NOERROR");
    QTest::newRow("16") << QByteArray("16") << QByteArray("BADVERS");
    QTest::newRow("BADSIG alias kept") << QByteArray("badsig") << QByteArray("BADSIG");
    QTest::newRow("unknown number") << QByteArray("99") << QByteArray("RCODE99");
    QTest::newRow("too large number kept") << QByteArray("5000") << QByteArray("5000");
    QTest::newRow("RCODE2") << QByteArray("RCODE2") << QByteArray("SERVFAIL");
    QTest::newRow("rcode5 lower") << QByteArray("rcode5") << QByteArray("REFUSED");
    QTest::newRow("number (name)") << QByteArray("0 (NOERROR)") << QByteArray("NOERROR");
    QTest::newRow("name (number)") << QByteArray("ServFail (2)") << QByteArray("SERVFAIL");
    QTest::newRow("spaces") << QByteArray("\tRefused \r\n") << QByteArray("REFUSED");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestDnsNames::normalizesRcodeSpellings()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, expected);
    QCOMPARE(rcode(in), expected);
}

void TestDnsNames::reverseNamesOfAddresses()
{
    QByteArray out = "untouched";
    QVERIFY(DnsNames::reverseName("192.168.1.99", out));
    QCOMPARE(out, QByteArray("99.1.168.192.in-addr.arpa"));
    QVERIFY(DnsNames::reverseName("2001:db8::1", out));
    QCOMPARE(out, QByteArray("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    out = "untouched";
    for (const char *notAnAddress : {"", "error", "www.example.net", "192.168.1", "256.1.1.1", "1.2.3.4 "})
        QVERIFY2(!DnsNames::reverseName(notAnAddress, out), notAnAddress);
    QCOMPARE(out, QByteArray("untouched"));
}

QTEST_GUILESS_MAIN(TestDnsNames)
#include "tst_dns_names.moc"
