// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records_dock.h"

#include "failure_notice.h"
#include "lookup_store.h"
#include "records_model.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

RecordsDock::RecordsDock(QWidget *parent) : QDockWidget(tr("Records"), parent)
{
    setObjectName(QStringLiteral("recordsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary =
        new QLabel(tr("Click a bar, or drag over the timeline with the right button, to list its lookups."), body);
    m_summary->setObjectName(QStringLiteral("recordsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    auto *copy = new QToolButton(body);
    copy->setText(tr("Copy CSV"));
    copy->setToolTip(tr("Copy every listed lookup (up to %L1) as CSV").arg(RecordsModel::kCsvLimit));
    connect(copy, &QToolButton::clicked, this, [this] { copyCsv(false); });
    top->addWidget(copy);
    layout->addLayout(top);

    m_model = new RecordsModel(this);
    m_view = new QTableView(body);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(RecordsModel::Time, Qt::AscendingOrder);
    // Columns as wide as their contents; the query name, the longest, takes what is left.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RecordsModel::Qname, QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    auto *copySelection = new QAction(tr("Copy as CSV"), m_view);
    copySelection->setShortcut(QKeySequence::Copy);
    copySelection->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelection, &QAction::triggered, this, [this] { copyCsv(true); });
    m_view->addAction(copySelection);
    m_view->installEventFilter(this); // Ctrl+C where the shortcut does not fire: not the view's own copy
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);
    setWidget(body);
    fitColumns(); // before anything is listed: each column as wide as its title

    connect(m_model, &RecordsModel::loaded, this, [this] {
        updateSummary();
        fitColumns();
    });
    connect(m_model, &RecordsModel::counted, this, &RecordsDock::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->hasFirstPage())
            updateSummary(); // more listed before the count, or the count
    });
    connect(m_model, &RecordsModel::failed, this,
            [this](const Failure &failure) { m_summary->setText(FailureNotice::line(failure)); });
}

void RecordsDock::setSources(TimelineController *controller, TimelinePlot *plot)
{
    m_controller = controller;
    m_plot = plot;
    connect(controller, &TimelineController::tableReady, this, &RecordsDock::refresh);
    connect(plot, &TimelinePlot::lookChanged, this, &RecordsDock::refresh);
}

void RecordsDock::drillDown(const TimeRange &range, int series)
{
    if (!m_controller || !m_controller->store() || range.isEmpty())
        return;
    m_drill.emplace(range, series, *m_controller);
    const QSet<QString> hidden = m_plot->look().hidden;
    show(m_controller->store(), m_drill->query(*m_controller, hidden), m_drill->description(*m_controller, hidden));
}

// The view changed under a drill-down: list it again if that changes what it lists.
void RecordsDock::refresh()
{
    if (!m_drill || !m_controller->store())
        return;
    m_drill->follow(*m_controller);
    const QSet<QString> hidden = m_plot->look().hidden;
    RecordQuery q = m_drill->query(*m_controller, hidden);
    q.descending = m_model->query().descending;
    if (q != m_model->query())
        list(m_controller->store(), q, m_drill->description(*m_controller, hidden));
}

void RecordsDock::show(std::shared_ptr<LookupViews> store, const RecordQuery &query, const QString &description)
{
    list(std::move(store), query, description);
    if (!isVisible())
        QDockWidget::show();
    raise();
}

void RecordsDock::list(std::shared_ptr<LookupViews> store, const RecordQuery &query, const QString &description)
{
    m_description = description;
    m_summary->setText(tr("Reading the lookups of %1…").arg(description));
    RecordQuery q = query;
    q.descending = m_view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    m_model->setQuery(std::move(store), q);
}

void RecordsDock::clear()
{
    m_drill.reset();
    m_description.clear();
    m_model->setQuery(nullptr, {});
    m_summary->setText(tr("Click a bar, or drag over the timeline with the right button, to list its lookups."));
}

// Each column as wide as its header and the first page's texts (at most 48 characters), in
// the view's font, so that times and names are not cut at any scale.
void RecordsDock::fitColumns()
{
    const QFontMetrics fm = m_view->fontMetrics(), header = m_view->horizontalHeader()->fontMetrics();
    const int pad = fm.averageCharWidth() * 2, widest = fm.averageCharWidth() * 48;
    const int rows = std::min(m_model->rowCount(), int(RecordsModel::kPageSize));
    for (int c = 0; c < RecordsModel::ColumnCount; ++c) {
        if (c == RecordsModel::Qname)
            continue; // stretched
        int width =
            header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 2 * pad;
        for (int row = 0; row < rows; ++row) {
            if (m_model->recordAt(row))
                width = std::max(
                    width,
                    fm.horizontalAdvance(m_model->data(m_model->index(row, c), Qt::DisplayRole).toString()) + pad);
        }
        m_view->setColumnWidth(c, std::min(width, widest));
    }
}

bool RecordsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copyCsv(true);
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void RecordsDock::updateSummary()
{
    if (!m_model->isCounted()) {
        m_summary->setText(tr("Counting the lookups… the %1 %L2 listed so far (scroll down for more): %3")
                               .arg(m_model->query().descending ? tr("last") : tr("first"))
                               .arg(m_model->total())
                               .arg(m_description));
        return;
    }
    if (m_model->total() > m_model->rowCount()) {
        m_summary->setText(tr("%L1 lookups, the %2 %L3 listed (sort by time the other way for the %4): %5", nullptr,
                              pluralCount(m_model->total()))
                               .arg(m_model->total())
                               .arg(m_model->query().descending ? tr("last") : tr("first"))
                               .arg(m_model->rowCount())
                               .arg(m_model->query().descending ? tr("first") : tr("last"))
                               .arg(m_description));
        return;
    }
    m_summary->setText(
        tr("%L1 lookups: %2", nullptr, pluralCount(m_model->total())).arg(m_model->total()).arg(m_description));
}

void RecordsDock::copyCsv(bool selectionOnly)
{
    QList<std::pair<int, int>> runs; // first, last row
    if (!selectionOnly) {
        // Before the count, every match up to the limit: the rows listed are only the first.
        runs.append({0, m_model->isCounted() ? m_model->rowCount() - 1 : RecordsModel::kCsvLimit - 1});
    } else {
        for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
            runs.append({range.top(), range.bottom()});
        std::sort(runs.begin(), runs.end());
        QList<std::pair<int, int>> merged;
        for (const auto &run : std::as_const(runs)) {
            if (!merged.isEmpty() && run.first <= merged.last().second + 1)
                merged.last().second = std::max(merged.last().second, run.second);
            else
                merged.append(run);
        }
        runs = merged;
    }
    if (runs.isEmpty() || runs.first().second < runs.first().first)
        return;
    m_model->csvRows(runs, [this](const QString &csv, int rows) {
        QApplication::clipboard()->setText(csv);
        emit copied(rows);
    });
}
