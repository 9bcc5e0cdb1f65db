// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_store.h"

#include "status_line.h"

#include <QTemporaryDir>

// The status line's text from a controller's state, without a window: what the view shows, and
// never "no lookups" while the datasets shown hold some.
class TstStatusLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutAStoreItSaysHowToOpenOne();
    void countsTheLookupsInViewInTheZone();
    void aViewAwayFromTheDataSaysWhereTheLookupsAre();
    void noTickedDatasetIsSaid();
    void aDatasetNarrowerThanAPixelIsNamed();
    void aSplitByAnswersDoesNotCallItsSumLookups();

private:
    // A controller over the test store, its first table read for view.
    bool ready(TimelineController &controller, const TimeRange &view);

    QTemporaryDir m_dir;
    QString m_storePath;
    const QLocale m_english{QLocale::English, QLocale::UnitedStates};
    const TimeRange m_all{ui_test::kStartUs, ui_test::kStartUs + ui_test::kDays *ui_test::kDayUs};
};

void TstStatusLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("status.dnstl"));
    QVERIFY(ui_test::makeStore(m_dir.path(), m_storePath));
}

bool TstStatusLine::ready(TimelineController &controller, const TimeRange &view)
{
    QSignalSpy table(&controller, &TimelineController::tableReady);
    controller.setPlotPixels(1000);
    controller.setStore(openStore(m_storePath, StoreOpenMode::ReadOnly), {}, view);
    controller.setVisibleRange(view);
    return table.wait(10'000) && QTest::qWaitFor([&] { return !controller.isBusy(); }, 10'000);
}

void TstStatusLine::withoutAStoreItSaysHowToOpenOne()
{
    TimelineController controller;
    QCOMPARE(StatusLine::text(controller, m_all, 1000, m_english),
             QStringLiteral("No store open: File → Open store, or drop a store here."));
}

void TstStatusLine::countsTheLookupsInViewInTheZone()
{
    TimelineController controller;
    controller.setTimeZone(QTimeZone("Europe/Berlin"));
    QVERIFY(ready(controller, m_all));
    const QString text = StatusLine::text(controller, m_all, 1000, m_english);
    QVERIFY2(text.startsWith(QStringLiteral("2016-07-18 02:00:00 – 2016-07-28 02:00:00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2,000 lookups in view")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Europe/Berlin")), qPrintable(text));
}

void TstStatusLine::aViewAwayFromTheDataSaysWhereTheLookupsAre()
{
    TimelineController controller;
    QVERIFY(ready(controller, m_all));
    const TimeRange later{m_all.toUs + 30 * ui_test::kDayUs, m_all.toUs + 31 * ui_test::kDayUs};
    const QString text = StatusLine::text(controller, later, 1000, m_english);
    QVERIFY2(text.contains(QStringLiteral("0 lookups in view")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("none here: the datasets shown hold 2,000 from 2016-07-18 00:00:00")),
             qPrintable(text));
}

void TstStatusLine::noTickedDatasetIsSaid()
{
    TimelineController controller;
    QVERIFY(ready(controller, m_all));
    controller.setDatasets({-1}); // none ticked
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(StatusLine::text(controller, m_all, 1000, m_english),
             QStringLiteral("No dataset is ticked: tick one in the Datasets dock."));
}

void TstStatusLine::aDatasetNarrowerThanAPixelIsNamed()
{
    TimelineController controller;
    QVERIFY(ready(controller, m_all));
    // Ten days in a thousand over fifty pixels: the dataset is narrower than one, and showing it
    // would zoom in.
    const TimeRange wide{m_all.fromUs, m_all.fromUs + 100 * m_all.length()};
    const QString text = StatusLine::text(controller, wide, 50, m_english);
    QVERIFY2(text.contains(QStringLiteral("lookups.csv (10 day")) &&
                 text.contains(QStringLiteral("is narrower than a pixel here: double-click it in Datasets")),
             qPrintable(text));
    // Ten days over one pixel: narrower, but showing it would not zoom in; nothing to say.
    const QString whole = StatusLine::text(controller, m_all, 1, m_english);
    QVERIFY2(!whole.contains(QStringLiteral("narrower than a pixel")), qPrintable(whole));
}

// Split by answer or answer_owner, a lookup counts under each distinct value of its answers:
// the sum of the series is not the number of lookups, and the line says what it is.
void TstStatusLine::aSplitByAnswersDoesNotCallItsSumLookups()
{
    for (const LookupField field : {LookupField::Answer, LookupField::AnswerOwner}) {
        TimelineController controller;
        QVERIFY(ready(controller, m_all));
        QSignalSpy table(&controller, &TimelineController::tableReady);
        controller.setSplit(field);
        QVERIFY(table.wait(10'000) && QTest::qWaitFor([&] { return !controller.isBusy(); }, 10'000));
        const QString text = StatusLine::text(controller, m_all, 1000, m_english);
        QVERIFY2(!text.contains(QStringLiteral("lookups in view")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" counts in view (split by %1: a lookup counts once under each")
                                   .arg(lookupFieldName(field))),
                 qPrintable(text));
    }
    TimelineController controller;
    QVERIFY(ready(controller, m_all));
    QSignalSpy table(&controller, &TimelineController::tableReady);
    controller.setSplit(LookupField::Client);
    QVERIFY(table.wait(10'000) && QTest::qWaitFor([&] { return !controller.isBusy(); }, 10'000));
    QVERIFY(StatusLine::text(controller, m_all, 1000, m_english).contains(QStringLiteral("2,000 lookups in view")));
}

QTEST_MAIN(TstStatusLine)
#include "tst_status_line.moc"
