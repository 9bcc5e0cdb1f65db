// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring events in the window: the import dialog expanding the weekly board call within the
// store's extent widened by a year (and within a window the user sets), and a change or delete
// of one occurrence asking "this occurrence or the whole series", each undoable.
#include "event_dialog.h"
#include "event_editor.h"
#include "event_import_dialog.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "ui_test_store.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ui_test;

namespace {

const QString kBoardCall = QStringLiteral(DNSTL_TEST_DATA_DIR "/events/weekly_board_call.ics");

qint64 utc(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

} // namespace

class TstEventSeriesUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importDialogExpandsTheWeeklyBoardCallIntoFourOccurrences();
    void importDialogWindowCanBeChangedByTheUser();
    void changingAnOccurrenceAsksAndChangesItOrTheWholeSeries();
    void deletingAnOccurrenceAsksAndDeletesItOrTheWholeSeries();

private:
    QList<TimelineEvent> stored() const { return openStore(m_storePath, StoreOpenMode::ReadOnly)->events(); }
    QList<TimelineEvent> occurrences() const;
    EventImportDialog *importDialog();
    void importBoardCall();
    void answer(std::optional<EventWorkbench::SeriesScope> scope);

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked;
    qsizetype m_singleEvents = 0;
};

void TstEventSeriesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-event-series-ui"));
    m_storePath = m_dir.filePath(QStringLiteral("series.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath)); // lookups from 2016-07-18, and a few single events
    m_singleEvents = openStore(m_storePath, StoreOpenMode::ReadOnly)->events().size();
}

void TstEventSeriesUi::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    m_asked.clear();
}

void TstEventSeriesUi::cleanup()
{
    // Imports are not on the undo stack: remove the series this test added.
    m_window.reset();
    auto store = openStore(m_storePath, StoreOpenMode::ReadWrite);
    for (const EventSeries &s : store->eventSeries())
        store->deleteSeries(s.id);
    QCOMPARE(store->events().size(), m_singleEvents);
}

QList<TimelineEvent> TstEventSeriesUi::occurrences() const
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : stored())
        if (e.seriesId != 0)
            out.append(e);
    return out;
}

EventImportDialog *TstEventSeriesUi::importDialog()
{
    m_window->eventWorkbench()->openImportDialog(kBoardCall);
    EventImportDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<EventImportDialog *>()) != nullptr; }, 2000))
        return nullptr;
    return dialog;
}

void TstEventSeriesUi::importBoardCall()
{
    EventImportDialog *dialog = importDialog();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_COMPARE(m_window->eventWorkbench()->events().size(), m_singleEvents + 4);
}

void TstEventSeriesUi::answer(std::optional<EventWorkbench::SeriesScope> scope)
{
    m_asked.clear();
    m_window->eventWorkbench()->setScopeChooser([this, scope](const TimelineEvent &e, const QString &action) {
        m_asked.append(action + QLatin1Char(' ') + e.title);
        return scope;
    });
}

void TstEventSeriesUi::importDialogExpandsTheWeeklyBoardCallIntoFourOccurrences()
{
    EventImportDialog *dialog = importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->result().events.size(), 4);
    QCOMPARE(dialog->result().series.size(), 1);
    QVERIFY2(dialog->summary().contains(QLatin1String("4 events, 4 of them occurrences of 1 recurring series")),
             qPrintable(dialog->summary()));
    dialog->accept();
    QTRY_COMPARE(m_window->eventWorkbench()->events().size(), m_singleEvents + 4);
    const QList<TimelineEvent> events = occurrences();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].startUs, utc(2016, 10, 5, 7));
    QCOMPARE(events[3].startUs, utc(2016, 10, 26, 7));
    QCOMPARE(openStore(m_storePath, StoreOpenMode::ReadOnly)->eventSeries().size(), 1);
}

void TstEventSeriesUi::importDialogWindowCanBeChangedByTheUser()
{
    EventImportDialog *dialog = importDialog();
    QVERIFY(dialog);
    dialog->setWindow({utc(2016, 10, 10, 0), utc(2016, 10, 20, 0)});
    QCOMPARE(dialog->result().events.size(), 2); // 12 and 19 October
    QVERIFY2(dialog->summary().contains(QLatin1String("2 notes")), qPrintable(dialog->summary()));
    dialog->setWindow({utc(2017, 1, 1, 0), utc(2017, 2, 1, 0)});
    QCOMPARE(dialog->result().events.size(), 0);
    dialog->reject();
}

void TstEventSeriesUi::changingAnOccurrenceAsksAndChangesItOrTheWholeSeries()
{
    importBoardCall();
    EventWorkbench *workbench = m_window->eventWorkbench();
    QUndoStack *stack = workbench->editor()->undoStack();
    const QList<TimelineEvent> before = occurrences();
    const auto edit = [&](const TimelineEvent &e, const QString &title) {
        workbench->openDialog(e);
        EventDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<EventDialog *>()) != nullptr; }, 2000));
        dialog->titleEdit()->setText(title);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<EventDialog *>());
    };

    answer(EventWorkbench::SeriesScope::Series);
    edit(before[1], QStringLiteral("Board call"));
    QCOMPARE(m_asked, QStringList{QStringLiteral("Change Weekly board call")});
    for (const TimelineEvent &e : occurrences())
        QCOMPARE(e.title, QStringLiteral("Board call"));
    stack->undo();
    for (const TimelineEvent &e : occurrences())
        QCOMPARE(e.title, QStringLiteral("Weekly board call"));
    stack->redo();
    QCOMPARE(occurrences()[3].title, QStringLiteral("Board call"));
    stack->undo();

    answer(EventWorkbench::SeriesScope::Occurrence);
    edit(before[1], QStringLiteral("Board call (budget)"));
    const QList<TimelineEvent> after = occurrences();
    QCOMPARE(after[1].title, QStringLiteral("Board call (budget)"));
    QCOMPARE(after[1].seriesId, before[1].seriesId);
    QCOMPARE(after[0].title, QStringLiteral("Weekly board call"));
    QCOMPARE(after[2].title, QStringLiteral("Weekly board call"));

    answer(std::nullopt); // cancelled: nothing changes
    edit(before[2], QStringLiteral("Never"));
    QCOMPARE(occurrences()[2].title, QStringLiteral("Weekly board call"));
    while (stack->canUndo())
        stack->undo();
}

void TstEventSeriesUi::deletingAnOccurrenceAsksAndDeletesItOrTheWholeSeries()
{
    importBoardCall();
    QUndoStack *stack = m_window->eventWorkbench()->editor()->undoStack();
    const QList<TimelineEvent> before = occurrences();

    answer(EventWorkbench::SeriesScope::Occurrence);
    emit m_window->eventsDock()->deleteRequested(before[0].id);
    QCOMPARE(occurrences().size(), 3);
    QCOMPARE(openStore(m_storePath, StoreOpenMode::ReadOnly)->eventSeries().size(), 1);
    stack->undo();
    QCOMPARE(occurrences().size(), 4);

    answer(EventWorkbench::SeriesScope::Series);
    emit m_window->eventsDock()->deleteRequested(before[2].id);
    QCOMPARE(m_asked, QStringList{QStringLiteral("Delete Weekly board call")});
    QVERIFY(occurrences().isEmpty());
    QVERIFY(openStore(m_storePath, StoreOpenMode::ReadOnly)->eventSeries().isEmpty());
    QTRY_COMPARE(m_window->eventWorkbench()->events().size(), m_singleEvents);
    stack->undo();
    const QList<TimelineEvent> back = occurrences();
    QCOMPARE(back.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(back[i].id, before[i].id);
        QCOMPARE(back[i].recurrenceUs, before[i].recurrenceUs);
    }
    stack->redo();
    QVERIFY(occurrences().isEmpty());
    stack->undo();
}

QTEST_MAIN(TstEventSeriesUi)
#include "tst_event_series_ui.moc"
