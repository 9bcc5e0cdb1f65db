// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Russian (LANG=ru_RU.UTF-8, set by CTest): on the bundled sample, with the
// Analysis dock, the import dialog and the help open, no English word is left in the window's
// own texts (menus, docks, tabs, buttons, labels, headers, the status bar, the plot's axes,
// ticks and legend, the tracker) and none of them is cut short. Data (dataset names, host
// names, zone ids) and the vocabulary of DNS and file formats are not words to translate.
// DNSTL_SHOT_DIR=folder saves the screenshots to look at.
#include "walk_support.h"

#include "analysis_dock.h"
#include "analysis_registry.h"
#include "burst_panel.h"
#include "elided_label.h"
#include "records_dock.h"
#include "translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace walk;

namespace {

// Words that stay as they are in Russian: the product, formats, DNS vocabulary, key names.
const QSet<QString> &untranslated()
{
    static const QSet<QString> words = {
        QStringLiteral("DNS"),      QStringLiteral("Timeline"),   QStringLiteral("UTC"),
        QStringLiteral("CSV"),      QStringLiteral("JSON"),       QStringLiteral("SHA"),
        QStringLiteral("PNG"),      QStringLiteral("JPG"),        QStringLiteral("SVG"),
        QStringLiteral("PDF"),      QStringLiteral("ClickHouse"), QStringLiteral("NXDOMAIN"),
        QStringLiteral("SERVFAIL"), QStringLiteral("Ctrl"),       QStringLiteral("Shift"),
        QStringLiteral("Alt"),      QStringLiteral("Home"),       QStringLiteral("Del"),
        QStringLiteral("Escape"),   QStringLiteral("URL"),        QStringLiteral("HTTP"),
        QStringLiteral("zip"),      QStringLiteral("other"),      QStringLiteral("burst"),
        QStringLiteral("note"),     QStringLiteral("GNU"),        QStringLiteral("General"),
        QStringLiteral("Public"),   QStringLiteral("License"),    QStringLiteral("dnsmasq"),
        QStringLiteral("zeek"),     QStringLiteral("json"),       QStringLiteral("csv"),
        QStringLiteral("sample"),   QStringLiteral("dnstl"),      QStringLiteral("TTL"),
        QStringLiteral("ASN")};
    return words;
}

// The window's own texts that are shown, with where they are.
QList<std::pair<QString, QString>> shownTexts(QWidget &root)
{
    QList<std::pair<QString, QString>> out;
    const auto add = [&](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({where, text});
    };
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(name, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(name, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(name, box->title());
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(name, dock->windowTitle());
        else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable())
            add(name, combo->currentText());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(name, tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->orientation() == Qt::Horizontal) {
            for (int i = 0; i < header->count(); ++i)
                add(name, header->model()->headerData(i, Qt::Horizontal).toString());
        } else if (auto *elided = qobject_cast<ElidedLabel *>(w))
            add(name, elided->text());
    }
    if (auto *window = qobject_cast<MainWindow *>(&root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            add(QStringLiteral("menu"), menu->text());
            for (QAction *a : menu->menu()->actions())
                add(QStringLiteral("menu item"), a->text());
        }
        TimelinePlot *plot = window->plot();
        add(QStringLiteral("count axis"), plot->yAxis->label());
        for (const QString &tick : plot->xAxis->tickVectorLabels())
            add(QStringLiteral("time axis"), tick);
    }
    return out;
}

// English words in text (Latin words of three letters or more that are no data).
QStringList englishWords(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression data(
        QStringLiteral("[A-Za-z0-9._-]+\\.(example|com|net|org|dnstl|json|log|csv)\\b|[A-Za-z]+/[A-Za-z_/]+|"
                       "Sample resolver logs 2016|%[0-9]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    text.remove(tags).remove(data);
    QStringList out;
    for (auto m = word.globalMatch(text); m.hasNext();) {
        const QString w = m.next().captured();
        if (!untranslated().contains(w))
            out.append(w);
    }
    return out;
}

// Widgets whose text is cut short: a one-line label or a button narrower than its text.
QStringList clipped(QWidget &root)
{
    QStringList out;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull() &&
            label->width() + 1 < label->minimumSizeHint().width())
            out.append(QStringLiteral("label \"%1\": %2 < %3")
                           .arg(label->text())
                           .arg(label->width())
                           .arg(label->minimumSizeHint().width()));
        if (button && !button->text().isEmpty() && button->width() + 1 < button->minimumSizeHint().width())
            out.append(QStringLiteral("button \"%1\": %2 < %3")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(button->minimumSizeHint().width()));
        if (auto *elided = qobject_cast<ElidedLabel *>(w); elided && elided->isElided())
            out.append(QStringLiteral("status \"%1\"").arg(elided->text()));
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabRect(i).width() < tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)))
                    out.append(QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
            }
        }
    }
    return out;
}

} // namespace

class TstWalkRussian : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void look(QWidget &root, const QString &shot)
    {
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT_DIR"))
            root.grab().save(qEnvironmentVariable("DNSTL_SHOT_DIR") + QLatin1Char('/') + shot + QStringLiteral(".png"));
        QStringList english;
        for (const auto &[where, text] : shownTexts(root)) {
            const QStringList words = englishWords(text);
            if (!words.isEmpty())
                english.append(QStringLiteral("%1 \"%2\": %3").arg(where, text, words.join(QLatin1Char(' '))));
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        const QStringList cut = clipped(root);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        if (QLocale().language() != QLocale::Russian)
            QSKIP("run with LANG=ru_RU.UTF-8 (CTest does)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-walk-ru"));
        QSettings().clear();
        QCOMPARE(Translations::install(*qApp), QStringList{QStringLiteral("ru")});
    }

    // The analyses' names (the progress bar's "Coverage…", "… cancelled", "… failed") and their
    // panels' notes are looked up where lupdate put them: once, "Coverage…" came out in English
    // whenever the coverage ran while the window was looked at.
    void analysisNamesAreTranslated()
    {
        for (const AnalysisRegistry::Entry &e : AnalysisRegistry::all()) {
            const QStringList english = englishWords(e.label());
            QVERIFY2(english.isEmpty(), qPrintable(e.label()));
        }
    }

    void theWindowSpeaksRussianAndNothingIsCut()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir), MainWindow::firstRunSize({1366, 768})));
        const QPoint at = window.plot()->axisRect()->rect().center();
        QMouseEvent move(QEvent::MouseMove, at, window.plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(window.plot(), &move);
        look(window, QStringLiteral("ru-window"));
        QVERIFY(window.plot()->yAxis->label().startsWith(QStringLiteral("запросов")));
        // 248,154 lookups: "154" takes Russian's "few" form.
        QVERIFY2(window.statusText().contains(QRegularExpression(QStringLiteral("248.154 запроса в виде"))),
                 qPrintable(window.statusText()));

        window.analysisDock()->show();
        window.analysisDock()->raise();
        for (QWidget *tab : {static_cast<QWidget *>(window.analysisDock()->burstPanel())}) {
            window.analysisDock()->tabs()->setCurrentWidget(tab);
            QTRY_VERIFY_WITH_TIMEOUT(window.analysisDock()->isFresh(AnalysisDock::Kind::Bursts), 30'000);
        }
        look(window, QStringLiteral("ru-analysis"));
    }

    void theImportDialogSpeaksRussian()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir), MainWindow::firstRunSize({1366, 768})));
        window.showImportDialog({data("csv/simple.csv")});
        ImportDialog *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview(0).formatId.isEmpty(), 10'000);
        look(*dialog, QStringLiteral("ru-import"));
        dialog->reject();
    }
};

QTEST_MAIN(TstWalkRussian)
#include "tst_walk_russian.moc"
