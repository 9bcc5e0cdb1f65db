// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records_dock.h"

#include "records_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
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
    m_summary = new QLabel(tr("Click a bar, or Alt+drag over the timeline, to list its lookups."), body);
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
    m_view->horizontalHeader()->setStretchLastSection(true);
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
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_model, &RecordsModel::loaded, this, [this] {
        updateSummary();
        const int widths[] = {190, 110, 120, 220, 60, 90, 120};
        for (int c = 0; c < int(std::size(widths)); ++c)
            m_view->setColumnWidth(c, m_view->fontMetrics().averageCharWidth() * widths[c] / 7);
    });
    connect(m_model, &RecordsModel::failed, this, [this](const QString &message) { m_summary->setText(message); });
}

void RecordsDock::show(std::shared_ptr<LookupStore> store, const RecordQuery &query, const QString &description)
{
    m_description = description;
    m_summary->setText(tr("Reading the lookups of %1…").arg(description));
    RecordQuery q = query;
    q.descending = m_view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    m_model->setQuery(std::move(store), q);
    if (!isVisible())
        QDockWidget::show();
    raise();
}

void RecordsDock::clear()
{
    m_description.clear();
    m_model->setQuery(nullptr, {});
    m_summary->setText(tr("Click a bar, or Alt+drag over the timeline, to list its lookups."));
}

void RecordsDock::updateSummary()
{
    m_summary->setText(tr("%L1 lookups: %2").arg(m_model->total()).arg(m_description));
}

void RecordsDock::copyCsv(bool selectionOnly)
{
    int first = 0, last = m_model->rowCount() - 1;
    if (selectionOnly) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        first = std::numeric_limits<int>::max();
        last = -1;
        for (const QModelIndex &i : rows) {
            first = std::min(first, i.row());
            last = std::max(last, i.row());
        }
    }
    m_model->csvRows(first, last, [](const QString &csv) { QApplication::clipboard()->setText(csv); });
}
