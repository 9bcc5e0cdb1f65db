// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports end to end: chart files as asked, data equal to `dnstimeline bins`, evidence bundles
// whose reproduce.sh rebuilds their bins, and redaction that leaves no address behind.
#include "export_case.h"

class TstExport : public ExportCaseTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void pngAndJpgDecodeAtRequestedSizeAndScale();
    void pdfHasOnePage();
    void svgParsesAndKeepsTitleAsText();
    void footerNamesDatasetFiltersWidthAndZone();
    void binsCsvEqualsBinsCommand();
    void bundleHoldsItsFilesAndReproducesItsBins();
    void zipBundleHoldsTheFolderBundleFiles();
    void redactionLeavesNoRawAddressInAnyExportedFile();
    void redactionKeyIsStableAndNeedsAWritableStore();
};

void TstExport::initTestCase()
{
    makeCase();
}

void TstExport::pngAndJpgDecodeAtRequestedSizeAndScale()
{
    auto store = openStore(m_store, StoreOpenMode::ReadOnly);
    ExportView v = baseView();
    for (const double scale : {1.0, 2.0}) {
        v.scale = scale;
        const PreparedChart chart = ChartExport::prepare(*store, v, QDateTime::currentDateTimeUtc());
        for (const char *ext : {"png", "jpg"}) {
            const QString path = m_dir.filePath(QStringLiteral("size-%1.%2").arg(scale).arg(QLatin1String(ext)));
            QVERIFY_THROWS_NO_EXCEPTION(ChartRenderer::render(chart.spec, path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(qRound(900 * scale), qRound(560 * scale)));
            // Light theme: white paper with the first series' blue bars on it.
            QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
            bool blue = false;
            for (int y = 0; y < image.height() && !blue; y += 3) {
                for (int x = 0; x < image.width() && !blue; x += 3) {
                    const QColor c = image.pixelColor(x, y);
                    blue = c.blue() > 150 && c.red() < 40 && c.green() > 90 && c.green() < 140;
                }
            }
            QVERIFY2(blue || ext[0] == 'j', ext);
        }
    }
}

void TstExport::pdfHasOnePage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    const Run r = dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("-o"), pdf, QStringLiteral("--split"),
                               QStringLiteral("client")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
}

void TstExport::svgParsesAndKeepsTitleAsText()
{
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    const Run r =
        dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("-o"), svg, QStringLiteral("--title"),
                     QStringLiteral("Resolver evidence 2016"), QStringLiteral("--split"), QStringLiteral("server")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool ok = false;
    const QString text = svgText(readAll(svg), &ok);
    QVERIFY(ok);
    QVERIFY2(text.contains(QLatin1String("Resolver evidence 2016")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("198.51.100.53")));  // the legend is text too
    QVERIFY(text.contains(QLatin1String("Time zone: UTC"))); // and the footer
}

void TstExport::footerNamesDatasetFiltersWidthAndZone()
{
    auto store = openStore(m_store, StoreOpenMode::ReadOnly);
    ExportView v = baseView();
    v.query.filters = {{LookupField::Qname, QStringLiteral("host1.*")}};
    const PreparedChart chart =
        ChartExport::prepare(*store, v, QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc()));
    const QString footer = chart.spec.footer.join(QLatin1Char('|'));
    for (const char *part :
         {"Dataset: resolver log", "Filters: qname=host1.*", "Bin width: 6h", "Time zone: America/New_York",
          "Exported 2023-11-14 22:13:20 UTC", "Split by client (top 10)"})
        QVERIFY2(footer.contains(QLatin1String(part)), qPrintable(footer));
    // Wrapped to the width: every line fits a narrow chart.
    const QFont font = TimelinePlot::baseFont(7.5);
    const QString wrapped = ChartRenderer::wrapFooter(chart.spec.footer, font, 300);
    QVERIFY(wrapped.count(QLatin1Char('\n')) >= 2);
    for (const QString &line : wrapped.split(QLatin1Char('\n')))
        QVERIFY2(QFontMetricsF(font).horizontalAdvance(line) <= 300, qPrintable(line));
}

void TstExport::binsCsvEqualsBinsCommand()
{
    auto store = openStore(m_store, StoreOpenMode::ReadOnly);
    ExportView v = baseView();
    v.query.filters = {{LookupField::Qname, QStringLiteral("host[12].example.com")}};
    const PreparedChart chart = ChartExport::prepare(*store, v, QDateTime::currentDateTimeUtc());
    const Run bins =
        dnstimeline(QStringList{QStringLiteral("bins"), m_store} + RenderCommand::viewArguments(v.query, true));
    QVERIFY2(bins.exitCode == 0, bins.err.constData());
    QVERIFY(bins.out.count('\n') > 28 * 2);
    QCOMPARE(BinTableFormat::toCsv(chart.table), bins.out);
}

void TstExport::bundleHoldsItsFilesAndReproducesItsBins()
{
    const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
    const Run r = dnstimeline({QStringLiteral("render"),   m_store,
                               QStringLiteral("--bundle"), bundle,
                               QStringLiteral("--from"),   QStringLiteral("2016-07-18T06:00:00"),
                               QStringLiteral("--to"),     QStringLiteral("2016-07-23"),
                               QStringLiteral("--bin"),    QStringLiteral("3h"),
                               QStringLiteral("--tz"),     QStringLiteral("Europe/Berlin"),
                               QStringLiteral("--split"),  QStringLiteral("client"),
                               QStringLiteral("--top"),    QStringLiteral("3"),
                               QStringLiteral("--where"),  QStringLiteral("qname=host[013]*"),
                               QStringLiteral("--title"),  QStringLiteral("It's a case")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &name : EvidenceBundle::fileNames())
        QVERIFY2(QFile::exists(bundle + QLatin1Char('/') + name), qPrintable(name));
    QCOMPARE(QImage(bundle + QStringLiteral("/chart.png")).size(), QSize(1600, 900));
    // The events the chart shows: the point inside the range, not the span after it.
    const QByteArray events = readAll(bundle + QStringLiteral("/events.csv"));
    QVERIFY(events.contains("Server moved") && !events.contains("Conference"));

    const QJsonObject provenance =
        QJsonDocument::fromJson(readAll(bundle + QStringLiteral("/provenance.json"))).object();
    const QJsonObject dataset = provenance.value(QStringLiteral("datasets")).toArray().first().toObject();
    QCOMPARE(dataset.value(QStringLiteral("source_file")).toString(), QStringLiteral("lookups.csv"));
    QCOMPARE(dataset.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(readAll(m_csv), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(dataset.value(QStringLiteral("records")).toInt(), kLookups);
    const QJsonObject view = provenance.value(QStringLiteral("view")).toObject();
    QCOMPARE(view.value(QStringLiteral("bin_width")).toString(), QStringLiteral("3h"));
    QCOMPARE(view.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(view.value(QStringLiteral("from")).toString(), QStringLiteral("2016-07-18T06:00:00+02:00"));
    QCOMPARE(view.value(QStringLiteral("filters")).toArray().first().toString(), QStringLiteral("qname=host[013]*"));
    QCOMPARE(provenance.value(QStringLiteral("files")).toObject().value(QStringLiteral("bins.csv")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(readAll(bundle + QStringLiteral("/bins.csv")), QCryptographicHash::Sha256)
                     .toHex()));

    // Run the script elsewhere, on the source files, with the built program.
    QTemporaryDir work;
    const Run script = reproduce(bundle, m_sources, work.path(), QStringLiteral("out"));
    QVERIFY2(script.exitCode == 0, script.err.constData());
    QVERIFY(script.out.contains("identical"));
    const QByteArray original = readAll(bundle + QStringLiteral("/bins.csv"));
    QVERIFY(original.count('\n') > 20);
    QCOMPARE(readAll(work.filePath(QStringLiteral("out/bins.csv"))), original);
    QCOMPARE(QImage(work.filePath(QStringLiteral("out/chart.png"))), QImage(bundle + QStringLiteral("/chart.png")));

    // A changed source file is refused by its SHA-256.
    QTemporaryDir forged;
    QVERIFY(QFile::copy(m_csv, forged.filePath(QStringLiteral("lookups.csv"))));
    QFile f(forged.filePath(QStringLiteral("lookups.csv")));
    QVERIFY(f.open(QIODevice::Append));
    f.write("2016-07-19T00:00:00Z,192.0.2.17,host1.example.com,A,NOERROR,198.51.100.53\n");
    f.close();
    const Run refused = reproduce(bundle, forged.path(), work.path(), QStringLiteral("out2"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("is not the bundle's source file"));
}

void TstExport::zipBundleHoldsTheFolderBundleFiles()
{
    auto store = openStore(m_store, StoreOpenMode::ReadOnly);
    const QString folder = m_dir.filePath(QStringLiteral("zipped-folder"));
    const QString zip = m_dir.filePath(QStringLiteral("zipped.zip"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartExport::writeBundle(*store, baseView(), folder));
    QVERIFY_THROWS_NO_EXCEPTION(ChartExport::writeBundle(*store, baseView(), zip));
    // Two independent readers: Info-ZIP's unzip -t and Python's zipfile check every CRC.
    const zip_readers::Result tested = zip_readers::unzipTest(zip);
    QVERIFY2(tested.ok, qPrintable(tested.problem));
    const zip_readers::Result python = zip_readers::pythonZipfile(zip);
    QVERIFY2(python.ok, qPrintable(python.problem));
    QCOMPARE(python.entries.size(), EvidenceBundle::fileNames().size());
    const QDateTime exported = QDateTime::fromSecsSinceEpoch(QByteArray(kEpoch).toLongLong(), QTimeZone::utc());
    for (const QJsonValue &v : std::as_const(python.entries)) {
        const QJsonObject entry = v.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        QVERIFY2(EvidenceBundle::fileNames().contains(name), qPrintable(name));
        QCOMPARE(entry.value(QStringLiteral("data_sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(readAll(folder + QLatin1Char('/') + name), QCryptographicHash::Sha256)
                         .toHex()));
        // SOURCE_DATE_EPOCH is every entry's time (DOS fields: UTC, 2-second steps).
        const QJsonArray t = entry.value(QStringLiteral("date_time")).toArray();
        QCOMPARE(QDateTime(QDate(t[0].toInt(), t[1].toInt(), t[2].toInt()),
                           QTime(t[3].toInt(), t[4].toInt(), t[5].toInt()), QTimeZone::utc())
                     .toSecsSinceEpoch(),
                 exported.toSecsSinceEpoch() / 2 * 2);
    }
    // The text files shrink, the PNG is stored as it is.
    for (const QJsonValue &v : std::as_const(python.entries)) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("name")).toString().endsWith(QLatin1String(".csv")))
            QCOMPARE(entry.value(QStringLiteral("compress_type")).toInt(), 8);
    }
    const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), unpacked});
    QVERIFY(p.waitForFinished(60'000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    for (const QString &name : EvidenceBundle::fileNames()) {
        QVERIFY2(readAll(unpacked + QLatin1Char('/') + name) == readAll(folder + QLatin1Char('/') + name),
                 qPrintable(name));
        QCOMPARE(QFileInfo(unpacked + QLatin1Char('/') + name).lastModified().toSecsSinceEpoch(),
                 exported.toSecsSinceEpoch());
    }
    QVERIFY(QFileInfo(unpacked + QStringLiteral("/reproduce.sh")).isExecutable());
    // Reproducible: the same view gives the same archive, byte for byte.
    const QString again = m_dir.filePath(QStringLiteral("zipped-again.zip"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartExport::writeBundle(*store, baseView(), again));
    QCOMPARE(readAll(again), readAll(zip));
}

void TstExport::redactionLeavesNoRawAddressInAnyExportedFile()
{
    const QString out = m_dir.filePath(QStringLiteral("redacted"));
    QVERIFY(QDir().mkpath(out));
    QStringList written;
    for (const char *split : {"client", "server"}) {
        for (const char *ext : {"png", "svg", "pdf"}) {
            const QString chart = QStringLiteral("%1/%2.%3").arg(out, QLatin1String(split), QLatin1String(ext));
            const Run r = dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("-o"), chart,
                                       QStringLiteral("--redact"), QStringLiteral("--split"), QLatin1String(split),
                                       QStringLiteral("--where"), QStringLiteral("client=192.0.2.*")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            written.append(chart);
        }
    }
    const QString bundle = out + QStringLiteral("/bundle");
    const Run r = dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("--redact"),
                               QStringLiteral("--bundle"), bundle, QStringLiteral("--split"), QStringLiteral("client"),
                               QStringLiteral("--where"), QStringLiteral("server=198.51.100.53")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &name : EvidenceBundle::fileNames())
        written.append(bundle + QLatin1Char('/') + name);
    // The window's records export, through the same redaction.
    auto store = openStore(m_store, StoreOpenMode::ReadOnly);
    ExportView v = baseView();
    v.redact = true;
    RecordQuery records;
    records.range = *v.query.range;
    const QByteArray csv = ChartExport::recordsCsv(*store, records, v);
    QCOMPARE(csv.count('\n'), store->records(records, 0, 1).total + 1);
    QVERIFY(csv.count('\n') > kLookups / 2);
    QVERIFY(csv.contains("addr-") && csv.contains("host1.example.com"));
    QFile recordsFile(out + QStringLiteral("/records.csv"));
    QVERIFY(recordsFile.open(QIODevice::WriteOnly));
    recordsFile.write(csv);
    recordsFile.close();
    written.append(recordsFile.fileName());

    const QByteArray svg = readAll(out + QStringLiteral("/client.svg"));
    QVERIFY(svg.contains("addr-"));
    QVERIFY(readAll(bundle + QStringLiteral("/bins.csv")).contains("addr-"));
    for (const QString &path : std::as_const(written)) {
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        for (const QString &address : clients() + servers())
            QVERIFY2(!bytes.contains(address.toUtf8()), qPrintable(QStringLiteral("%1 holds %2").arg(path, address)));
    }
    // Names stay unless asked; with --redact-names they go too.
    QVERIFY(readAll(bundle + QStringLiteral("/chart.svg")).contains("Filters: server=addr-"));
    v.redactNames = true;
    const QByteArray noNames = ChartExport::recordsCsv(*store, records, v);
    QVERIFY(!noNames.contains("example.com") && noNames.contains("name-"));
}

void TstExport::redactionKeyIsStableAndNeedsAWritableStore()
{
    // A fresh copy has no key: read-only it cannot make one.
    const QString copy = m_dir.filePath(QStringLiteral("nokey.dnstl"));
    const Run import = dnstimeline({QStringLiteral("import"), copy, m_csv});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    {
        auto readOnly = openStore(copy, StoreOpenMode::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(Failure, readOnly->redactionKey());
        try {
            readOnly->redactionKey();
        } catch (const Failure &e) {
            QVERIFY2(e.message().contains(QLatin1String("redaction key")), qPrintable(e.message()));
        }
    }
    QByteArray key;
    {
        auto writable = openStore(copy, StoreOpenMode::ReadWrite);
        key = writable->redactionKey();
        QCOMPARE(key.size(), 32);
        QCOMPARE(writable->redactionKey(), key);
    }
    auto again = openStore(copy, StoreOpenMode::ReadOnly);
    QCOMPARE(again->redactionKey(), key);
    // Other stores have other keys, so their pseudonyms differ.
    QVERIFY(openStore(m_store, StoreOpenMode::ReadWrite)->redactionKey() != key);
    // The same store gives the same pseudonyms every time.
    const QStringList args{QStringLiteral("render"),   m_store,
                           QStringLiteral("--redact"), QStringLiteral("--split"),
                           QStringLiteral("client"),   QStringLiteral("-o")};
    const QString a = m_dir.filePath(QStringLiteral("stable-a.svg")),
                  b = m_dir.filePath(QStringLiteral("stable-b.svg"));
    QCOMPARE(dnstimeline(args + QStringList{a}).exitCode, 0);
    QCOMPARE(dnstimeline(args + QStringList{b}).exitCode, 0);
    QCOMPARE(readAll(a), readAll(b));
}

QTEST_MAIN(TstExport)
#include "tst_export.moc"
