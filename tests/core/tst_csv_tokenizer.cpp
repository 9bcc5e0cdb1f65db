// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_tokenizer.h"
#include "shared_corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#ifndef DNSTL_CORPUS_DIR
#error "DNSTL_CORPUS_DIR must name the shared corpus folder"
#endif

namespace {

// 0 = the whole input as one chunk.
constexpr qsizetype kChunkSizes[] = {0, 1, 2, 3, 4, 5, 6, 7};

QString problemName(CsvTokenizer::Problem problem)
{
    switch (problem) {
    case CsvTokenizer::Problem::None:
        return QString();
    case CsvTokenizer::Problem::TextAfterQuote:
        return QStringLiteral(" !TextAfterQuote");
    case CsvTokenizer::Problem::UnterminatedQuote:
        return QStringLiteral(" !UnterminatedQuote");
    case CsvTokenizer::Problem::RecordTooLong:
        return QStringLiteral(" !RecordTooLong");
    }
    return QString();
}

// One record as "line:field|field|... !Problem", CR/LF made visible.
QString render(qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem)
{
    QStringList parts;
    for (const QByteArrayView field : fields) {
        QString text = QString::fromUtf8(field);
        text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts << text;
    }
    return QString::number(line) + QLatin1Char(':') + parts.join(QLatin1Char('|')) + problemName(problem);
}

QStringList tokenize(QByteArrayView input, qsizetype chunkSize, char sep = ',',
                     qsizetype maxRecord = CsvTokenizer::kDefaultMaxRecordBytes)
{
    QStringList out;
    CsvTokenizer tokenizer(sep);
    tokenizer.setMaxRecordBytes(maxRecord);
    const CsvTokenizer::RecordFn fn = [&](qint64 line, std::span<const QByteArrayView> fields,
                                          CsvTokenizer::Problem problem) { out << render(line, fields, problem); };
    const qsizetype step = chunkSize > 0 ? chunkSize : std::max<qsizetype>(input.size(), 1);
    for (qsizetype off = 0; off < input.size(); off += step)
        tokenizer.feed(input.sliced(off, std::min(step, input.size() - off)), fn);
    tokenizer.finish(fn);
    return out;
}

// Field lists of the records, in order (for the corpus comparison).
QList<QList<QByteArray>> tokenizeFields(QByteArrayView input, qsizetype chunkSize)
{
    QList<QList<QByteArray>> out;
    CsvTokenizer tokenizer(CsvTokenizer::detectSeparator(input));
    const CsvTokenizer::RecordFn fn = [&](qint64, std::span<const QByteArrayView> fields,
                                          CsvTokenizer::Problem problem) {
        QList<QByteArray> record;
        for (const QByteArrayView field : fields)
            record << field.toByteArray();
        if (problem != CsvTokenizer::Problem::None)
            record << QByteArray("<problem>");
        out << record;
    };
    const qsizetype step = chunkSize > 0 ? chunkSize : std::max<qsizetype>(input.size(), 1);
    for (qsizetype off = 0; off < input.size(); off += step)
        tokenizer.feed(input.sliced(off, std::min(step, input.size() - off)), fn);
    tokenizer.finish(fn);
    return out;
}

} // namespace

// Checks that every chunking of input gives `expected`.
#define COMPARE_EVERY_CHUNKING(input, expected, ...)                                                                   \
    do {                                                                                                               \
        const QStringList want_ = (expected);                                                                          \
        for (const qsizetype chunk_ : kChunkSizes) {                                                                   \
            const QStringList got_ = tokenize((input), chunk_ __VA_OPT__(, ) __VA_ARGS__);                             \
            if (got_ != want_)                                                                                         \
                qWarning("mismatch with chunk size %lld", static_cast<long long>(chunk_));                             \
            QCOMPARE(got_, want_);                                                                                     \
        }                                                                                                              \
    } while (false)

class TestCsvTokenizer : public QObject {
    Q_OBJECT

private slots:
    void matchesCsvSpectrumInEveryChunking_data();
    void matchesCsvSpectrumInEveryChunking();
    void skipsUtf8BomAtStartOnly();
    void keepsBomPrefixBytesThatAreNotABom();
    void stripsCrOfCrlfTerminators();
    void keepsLoneCrAsData();
    void keepsEmptyFields();
    void deliversTrailingRecordWithoutNewline();
    void skipsEmptyLinesButCountsThem();
    void keepsRecordOfOneQuotedEmptyField();
    void unescapesDoubledQuotesSplitAcrossChunks();
    void splitsQuotedNewlineAcrossChunks();
    void numbersLinesAfterQuotedMultiLineField();
    void keepsQuoteInsideUnquotedFieldLiterally();
    void flagsTextAfterClosingQuote();
    void flagsUnterminatedQuoteAtEnd();
    void flagsOverlongRecordAndResumes();
    void flagsOverlongQuotedRecordAndKeepsLineNumbers();
    void flagsUnterminatedQuoteBeyondLimitOnce();
    void usesOtherSeparators();
    void detectsSeparator_data();
    void detectsSeparator();
    void restartsAfterFinish();
    void givesSameRecordsForEveryChunkingOfRandomInput();
};

void TestCsvTokenizer::matchesCsvSpectrumInEveryChunking_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("jsonPath");
    const QDir dir(QStringLiteral(DNSTL_CORPUS_DIR "/csv-spectrum"));
    if (!dir.exists()) { // the test function skips it, or fails under CI
        QTest::newRow("corpus missing") << dir.path() << QString();
        return;
    }
    const QStringList csvs =
        QDir(dir.filePath(QStringLiteral("csvs"))).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : csvs) {
        const QString base = QFileInfo(name).completeBaseName();
        QTest::newRow(qPrintable(base)) << dir.filePath(QStringLiteral("csvs/") + name)
                                        << dir.filePath(QStringLiteral("json/") + base + QStringLiteral(".json"));
    }
    QVERIFY2(csvs.size() >= 12, "expected the 12 csv-spectrum cases");
}

void TestCsvTokenizer::matchesCsvSpectrumInEveryChunking()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, jsonPath);
    DNSTL_REQUIRE_CORPUS(csvPath);
    QFile csvFile(csvPath);
    QFile jsonFile(jsonPath);
    QVERIFY2(csvFile.open(QIODevice::ReadOnly), qPrintable(csvPath));
    QVERIFY2(jsonFile.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    const QByteArray csv = csvFile.readAll();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // Upstream stores one case as a bare object instead of an array of one.
    const QJsonArray expectedRows = json.isArray() ? json.array() : QJsonArray{json.object()};

    const QList<QList<QByteArray>> whole = tokenizeFields(csv, 0);
    for (const qsizetype chunk : kChunkSizes)
        QCOMPARE(tokenizeFields(csv, chunk), whole);

    QVERIFY(!whole.isEmpty());
    const QList<QByteArray> header = whole.first();
    QCOMPARE(whole.size() - 1, expectedRows.size());
    for (qsizetype row = 1; row < whole.size(); ++row) {
        const QList<QByteArray> &record = whole.at(row);
        QCOMPARE(record.size(), header.size());
        QMap<QString, QString> actual;
        for (qsizetype i = 0; i < header.size(); ++i)
            actual.insert(QString::fromUtf8(header.at(i)), QString::fromUtf8(record.at(i)));
        QMap<QString, QString> expected;
        const QJsonObject object = expectedRows.at(row - 1).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            expected.insert(it.key(), it.value().toString());
        // Known upstream erratum: this JSON has a different phone number than its CSV.
        if (QFileInfo(csvPath).completeBaseName() == QLatin1String("location_coordinates")) {
            const QString key = QStringLiteral("Contact Phone Number");
            QCOMPARE(expected.value(key), QStringLiteral("1234567890"));
            expected.insert(key, QStringLiteral("2095257564"));
        }
        QCOMPARE(actual, expected);
    }
}

void TestCsvTokenizer::skipsUtf8BomAtStartOnly()
{
    const QByteArray input("\xEF\xBB\xBF"
                           "a,b\n\xEF\xBB\xBF"
                           "c,d\n");
    const QList<QList<QByteArray>> expected{{"a", "b"},
                                            {"\xEF\xBB\xBF"
                                             "c",
                                             "d"}};
    for (const qsizetype chunk : kChunkSizes)
        QCOMPARE(tokenizeFields(input, chunk), expected);
    // Line numbers (render() goes through QString::fromUtf8, which hides a leading U+FEFF).
    COMPARE_EVERY_CHUNKING(input, (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d")}));
    COMPARE_EVERY_CHUNKING(QByteArrayView("\xEF\xBB\xBF"), QStringList());
}

void TestCsvTokenizer::keepsBomPrefixBytesThatAreNotABom()
{
    const QByteArray input("\xEF\xBB"
                           "x,y\n");
    CsvTokenizer tokenizer(',');
    QList<QByteArray> first;
    const CsvTokenizer::RecordFn fn = [&](qint64, std::span<const QByteArrayView> fields, CsvTokenizer::Problem) {
        if (first.isEmpty())
            first << fields[0].toByteArray() << fields[1].toByteArray();
    };
    tokenizer.feed(QByteArrayView(input).first(1), fn);
    tokenizer.feed(QByteArrayView(input).sliced(1), fn);
    tokenizer.finish(fn);
    QCOMPARE(first,
             (QList<QByteArray>{QByteArray("\xEF\xBB"
                                           "x"),
                                QByteArray("y")}));
    COMPARE_EVERY_CHUNKING(QByteArrayView("\xEF\xBB"),
                           QStringList{QString::fromLatin1("1:") + QString::fromUtf8("\xEF\xBB")});
}

void TestCsvTokenizer::stripsCrOfCrlfTerminators()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("a,b\r\n\"c\",\"d\"\r\ne,f\r"),
                           (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d"), QStringLiteral("3:e|f")}));
}

void TestCsvTokenizer::keepsLoneCrAsData()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("a\rb,c\r,\"x\ry\"\n"), QStringList{QStringLiteral("1:a\\rb|c\\r|x\\ry")});
}

void TestCsvTokenizer::keepsEmptyFields()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView(",a,,\n,\n\"\",\"\"\n"),
                           (QStringList{QStringLiteral("1:|a||"), QStringLiteral("2:|"), QStringLiteral("3:|")}));
}

void TestCsvTokenizer::deliversTrailingRecordWithoutNewline()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("a,b\nc,\"d\""),
                           (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d")}));
    COMPARE_EVERY_CHUNKING(QByteArrayView("a,b\nc,"), (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|")}));
}

void TestCsvTokenizer::skipsEmptyLinesButCountsThem()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("\na\n\n\r\nb\n\n"),
                           (QStringList{QStringLiteral("2:a"), QStringLiteral("5:b")}));
}

void TestCsvTokenizer::keepsRecordOfOneQuotedEmptyField()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("\"\"\nx\n"), (QStringList{QStringLiteral("1:"), QStringLiteral("2:x")}));
}

void TestCsvTokenizer::unescapesDoubledQuotesSplitAcrossChunks()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("a,\"x\"\"y\"\"\",\"\"\"\"\n\"\"\"q\"\"\",z"),
                           (QStringList{QStringLiteral("1:a|x\"y\"|\""), QStringLiteral("2:\"q\"|z")}));
}

void TestCsvTokenizer::splitsQuotedNewlineAcrossChunks()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("1,\"one\r\ntwo\nthree\",x\r\n2,y\r\n"),
                           (QStringList{QStringLiteral("1:1|one\\r\\ntwo\\nthree|x"), QStringLiteral("4:2|y")}));
}

void TestCsvTokenizer::numbersLinesAfterQuotedMultiLineField()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("h1,h2\n\"a\n\nb\",\"c\"\"\n\"\nnext,1\n\nlast,2"),
                           (QStringList{QStringLiteral("1:h1|h2"), QStringLiteral("2:a\\n\\nb|c\"\\n"),
                                        QStringLiteral("6:next|1"), QStringLiteral("8:last|2")}));
}

void TestCsvTokenizer::keepsQuoteInsideUnquotedFieldLiterally()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("ab\"c,37\"N 12\"W\n"), QStringList{QStringLiteral("1:ab\"c|37\"N 12\"W")});
}

void TestCsvTokenizer::flagsTextAfterClosingQuote()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("\"ab\"c,d\n\"x\"\"y\" z\"\r\nok,1\n"),
                           (QStringList{QStringLiteral("1:abc|d !TextAfterQuote"),
                                        QStringLiteral("2:x\"y z\" !TextAfterQuote"), QStringLiteral("3:ok|1")}));
}

void TestCsvTokenizer::flagsUnterminatedQuoteAtEnd()
{
    COMPARE_EVERY_CHUNKING(
        QByteArrayView("ok,0\na,\"b\"\"c\nd,e\n"),
        (QStringList{QStringLiteral("1:ok|0"), QStringLiteral("2:a|b\"c\\nd,e\\n !UnterminatedQuote")}));
}

void TestCsvTokenizer::flagsOverlongRecordAndResumes()
{
    const QByteArray input =
        "short,1\n" + QByteArray(40, 'x') + "\nnext,2\n" + QByteArray(16, 'y') + "\n" + QByteArray(17, 'z');
    COMPARE_EVERY_CHUNKING(
        input,
        (QStringList{QStringLiteral("1:short|1"), QStringLiteral("2: !RecordTooLong"), QStringLiteral("3:next|2"),
                     QStringLiteral("4:") + QString(16, QLatin1Char('y')), QStringLiteral("5: !RecordTooLong")}),
        ',', 16);
}

void TestCsvTokenizer::flagsOverlongQuotedRecordAndKeepsLineNumbers()
{
    const QByteArray input =
        "a,\"" + QByteArray(10, 'q') + "\n" + QByteArray(10, 'r') + "\n\"\"\n" + QByteArray(10, 's') + "\"\nb,2\n";
    COMPARE_EVERY_CHUNKING(input, (QStringList{QStringLiteral("1: !RecordTooLong"), QStringLiteral("5:b|2")}), ',', 16);
}

void TestCsvTokenizer::flagsUnterminatedQuoteBeyondLimitOnce()
{
    const QByteArray input = "x,1\n\"" + QByteArray(30, 'q') + "\nmore,2\nstill,3\n";
    COMPARE_EVERY_CHUNKING(input, (QStringList{QStringLiteral("1:x|1"), QStringLiteral("2: !RecordTooLong")}), ',', 16);
}

void TestCsvTokenizer::usesOtherSeparators()
{
    COMPARE_EVERY_CHUNKING(QByteArrayView("a\tb,c\t\"d\te\"\n"), QStringList{QStringLiteral("1:a|b,c|d\te")}, '\t');
    COMPARE_EVERY_CHUNKING(QByteArrayView("a;b|c\n"), QStringList{QStringLiteral("1:a;b|c")}, '|');
}

void TestCsvTokenizer::detectsSeparator_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("ts,client,qname\n1,2,3\n4,5,6\n") << ',';
    QTest::newRow("tab") << QByteArray("ts\tclient\tqname\n1\t2,5\t3\n4\t5\t6\n") << '\t';
    QTest::newRow("semicolon") << QByteArray("ts;client;name\n1;a,b;3\n4;c;6\n") << ';';
    QTest::newRow("pipe") << QByteArray("\xEF\xBB\xBFts|client|name\n1|a;b|3\n4|c|6\n") << '|';
    QTest::newRow("commas only inside quotes") << QByteArray("\"a,b\";c\n\"d,e\";f\n\"g,h\";i\n") << ';';
    QTest::newRow("quoted newline") << QByteArray("a|b\n\"x\ny,z\"|1\n2|3\n") << '|';
    QTest::newRow("truncated last line ignored") << QByteArray("a;b\nc;d\ne,f,g,h,i") << ';';
    QTest::newRow("single line") << QByteArray("a\tb\tc") << '\t';
    QTest::newRow("no separator defaults to comma") << QByteArray("abc\ndef\n") << ',';
    QTest::newRow("empty defaults to comma") << QByteArray() << ',';
    QTest::newRow("consistency beats count") << QByteArray("a,b;c;d\ne,f;g\nh,i;j;k;l\n") << ',';
}

void TestCsvTokenizer::detectsSeparator()
{
    QFETCH(QByteArray, head);
    QFETCH(char, expected);
    QCOMPARE(CsvTokenizer::detectSeparator(head), expected);
}

void TestCsvTokenizer::restartsAfterFinish()
{
    CsvTokenizer tokenizer(',');
    QStringList out;
    const CsvTokenizer::RecordFn fn = [&](qint64 line, std::span<const QByteArrayView> fields,
                                          CsvTokenizer::Problem problem) { out << render(line, fields, problem); };
    tokenizer.feed("a\nb,\"c", fn);
    tokenizer.finish(fn);
    QCOMPARE(tokenizer.nextLine(), qint64(1));
    tokenizer.feed("\xEF\xBB\xBFz\n", fn);
    tokenizer.finish(fn);
    QCOMPARE(out,
             (QStringList{QStringLiteral("1:a"), QStringLiteral("2:b|c !UnterminatedQuote"), QStringLiteral("1:z")}));
    QVERIFY(!CsvTokenizer::problemText(CsvTokenizer::Problem::TextAfterQuote).isEmpty());
    QVERIFY(CsvTokenizer::problemText(CsvTokenizer::Problem::None).isEmpty());
}

void TestCsvTokenizer::givesSameRecordsForEveryChunkingOfRandomInput()
{
    // Inputs made of the bytes that matter, including a BOM prefix now and then; with a
    // small record limit so that the over-long paths are exercised too.
    QRandomGenerator random(4180);
    static constexpr char kAlphabet[] = {'a', 'b', ',', ',', '"', '"', '\n', '\r', '\xEF'};
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = random.bounded(8) == 0 ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i)
            input += kAlphabet[random.bounded(int(sizeof kAlphabet))];
        const qsizetype limit = random.bounded(2) ? 12 : CsvTokenizer::kDefaultMaxRecordBytes;
        const QStringList whole = tokenize(input, 0, ',', limit);
        for (const qsizetype chunk : kChunkSizes) {
            const QStringList got = tokenize(input, chunk, ',', limit);
            QVERIFY2(got == whole,
                     qPrintable(QStringLiteral("chunk %1, input %2: %3 vs %4")
                                    .arg(chunk)
                                    .arg(QString::fromLatin1(input.toHex()), got.join(QLatin1Char('/')),
                                         whole.join(QLatin1Char('/')))));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvTokenizer)
#include "tst_csv_tokenizer.moc"
