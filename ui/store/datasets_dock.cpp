// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets_dock.h"

#include "timeline_plot.h"
#include "translations.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pixmap);
}

// Days for a dataset over days, minutes within one day (UTC): two lines a row; the tooltip
// has the exact extent.
QString extentText(const DatasetInfo &d, const QLocale &locale, bool exact)
{
    if (d.records == 0)
        return DatasetsDock::tr("empty");
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(d.tsMinUs / 1000, QTimeZone::utc()),
                    last = QDateTime::fromMSecsSinceEpoch(d.tsMaxUs / 1000, QTimeZone::utc());
    if (first == last) // one lookup, or all in one millisecond
        return DatasetsDock::tr("%1 UTC").arg(locale.toString(first, QLocale::ShortFormat));
    if (!exact && first.date() != last.date())
        return DatasetsDock::tr("%1 – %2").arg(locale.toString(first.date(), QLocale::ShortFormat),
                                               locale.toString(last.date(), QLocale::ShortFormat));
    // Lookups within one second (or minute, in a locale without seconds) would read as one time
    // twice ("00:00:00 – 00:00:00"): then both times are given to the millisecond.
    if (first.date() == last.date() &&
        locale.toString(first.time(), QLocale::ShortFormat) == locale.toString(last.time(), QLocale::ShortFormat)) {
        const QString ms = QStringLiteral("HH:mm:ss.zzz");
        return DatasetsDock::tr("%1 %2 – %3 UTC")
            .arg(locale.toString(first.date(), QLocale::ShortFormat), first.time().toString(ms),
                 last.time().toString(ms));
    }
    return DatasetsDock::tr("%1 – %2 UTC")
        .arg(locale.toString(first, QLocale::ShortFormat),
             first.date() == last.date() && !exact ? locale.toString(last.time(), QLocale::ShortFormat)
                                                   : locale.toString(last, QLocale::ShortFormat));
}

QString countText(const DatasetInfo &d, const QLocale &locale)
{
    return d.kind == DatasetKind::Observations
        ? DatasetsDock::tr("%1 observations", nullptr, pluralCount(d.records)).arg(locale.toString(d.records))
        : DatasetsDock::tr("%1 lookups", nullptr, pluralCount(d.records)).arg(locale.toString(d.records));
}

} // namespace

DatasetsDock::DatasetsDock(QWidget *parent) : QDockWidget(tr("Datasets"), parent)
{
    setObjectName(QStringLiteral("datasetsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_rename = new QPushButton(tr("Rename…"), body);
    m_delete = new QPushButton(tr("Delete…"), body);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_rename, &QPushButton::clicked, this, &DatasetsDock::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DatasetsDock::deleteCurrent);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit zoomRequested(item->data(Qt::UserRole).toLongLong()); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        const QList<qint64> ids = checkedIds();
        emit selectionEdited(ids.size() == m_list->count() ? QList<qint64>{} : ids.isEmpty() ? QList<qint64>{-1} : ids);
    });
}

void DatasetsDock::setDatasets(const QList<DatasetInfo> &datasets, const QList<qint64> &checked)
{
    // A reload (after an import by another program) keeps the row the user is on and where
    // the list is scrolled to.
    const QListWidgetItem *current = m_list->currentItem();
    const qint64 currentId = current ? current->data(Qt::UserRole).toLongLong() : -1;
    const int scrolled = m_list->verticalScrollBar()->value();
    m_filling = true;
    m_list->clear();
    const QLocale numbers = locale();
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        const DatasetInfo &d = datasets[i];
        auto *item = new QListWidgetItem(
            swatch(TimelinePlot::palette()[i % TimelinePlot::palette().size()]),
            tr("%1\n%2 · %3").arg(d.name, countText(d, numbers), extentText(d, numbers, false)), m_list);
        item->setData(Qt::UserRole, d.id);
        item->setData(Qt::UserRole + 1, d.name);
        const QString count = d.kind == DatasetKind::Observations
            ? tr("%1 passive-DNS observations", nullptr, pluralCount(d.records)).arg(numbers.toString(d.records))
            : countText(d, numbers);
        item->setToolTip(tr("%1\n%2, %3\nfrom %4 (%5)\nDouble-click to show it")
                             .arg(d.name, count, extentText(d, numbers, true), d.sourceFile, d.format));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.isEmpty() || checked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
        if (d.id == currentId)
            m_list->setCurrentItem(item);
    }
    m_list->verticalScrollBar()->setValue(scrolled);
    m_filling = false;
}

void DatasetsDock::setReadOnlyReason(const std::optional<QString> &reason)
{
    m_rename->setEnabled(!reason);
    m_delete->setEnabled(!reason);
    m_rename->setToolTip(reason ? tr("Datasets cannot be renamed: %1.").arg(*reason) : QString());
    m_delete->setToolTip(reason ? tr("Datasets cannot be deleted: %1.").arg(*reason) : QString());
}

QList<qint64> DatasetsDock::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void DatasetsDock::renameCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename dataset"), tr("Name:"), QLineEdit::Normal,
                                               item->data(Qt::UserRole + 1).toString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        emit renameRequested(item->data(Qt::UserRole).toLongLong(), name);
}

void DatasetsDock::deleteCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete dataset"),
                              tr("Delete the dataset “%1” and all its lookups from the store? This cannot be undone.")
                                  .arg(item->data(Qt::UserRole + 1).toString()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit deleteRequested(item->data(Qt::UserRole).toLongLong());
}
