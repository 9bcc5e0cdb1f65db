// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_book_dock.h"

#include "address_book_command.h"
#include "address_book_file.h"
#include "address_entry_dialog.h"
#include "background_task.h"
#include "failure_notice.h"
#include "lookup_store.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

AddressBookDock::AddressBookDock(QUndoStack *undo, QWidget *parent)
    : QDockWidget(tr("Address book"), parent), m_undo(undo), m_table(new QTableWidget(0, 4, this)),
      m_summary(new QLabel(this)), m_read(new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this))
{
    setObjectName(QStringLiteral("addressBookDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_needStore = {
        button(tr("Add"), tr("Add a row: a network, an address, a name or a name glob, and who is behind it"),
               &AddressBookDock::addDialog),
        button(tr("Import…"), tr("Add the rows of a CSV or JSON address book"), &AddressBookDock::importDialog),
        button(tr("Export…"), tr("Save the address book as CSV or JSON"), &AddressBookDock::exportDialog)};
    m_needSelection = {button(tr("Edit"), tr("Edit the selected row"), &AddressBookDock::editDialog),
                       button(tr("Delete"), tr("Delete the selected row (Ctrl+Z brings it back)"), [this] {
                           if (const auto e = selected())
                               deleteEntry(e->id);
                       })};
    buttons->addStretch();
    layout->addLayout(buttons);
    m_table->setHorizontalHeaderLabels({tr("Pattern"), tr("Label"), tr("Note"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AddressBookDock::editDialog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AddressBookDock::updateButtons);
    layout->addWidget(m_table);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    setWidget(body);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const auto e = selected())
            deleteEntry(e->id);
    });
    m_table->addAction(remove);
    show({});
}

AddressBookDock::~AddressBookDock() = default;

void AddressBookDock::setStore(std::shared_ptr<LookupStore> store)
{
    m_store = std::move(store);
    show({});
    reload();
}

void AddressBookDock::reload()
{
    if (!m_store) {
        m_read->cancel();
        return;
    }
    m_read->run([store = m_store](const CancelToken &) { return store->addressBook(); },
                [this](const QList<AddressBookEntry> &entries) { show(entries); },
                [this](const Failure &f) { emit failed(f); });
}

void AddressBookDock::show(const QList<AddressBookEntry> &entries)
{
    const std::optional<AddressBookEntry> was = selected();
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AddressBookEntry &e = entries[row];
        const QStringList cells = {e.pattern, e.label, e.note, e.sourceUrl};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
        if (was && was->id == e.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(!m_store ? tr("Open a store to keep an address book in it.")
                           : entries.isEmpty()
                           ? tr("No rows yet. A row labels the addresses or names its pattern "
                                "matches; split or filter by client_owner, server_owner or answer_owner.")
                           : tr("%n row(s); the most specific match wins.", nullptr, int(entries.size())));
    for (QToolButton *b : std::as_const(m_needStore))
        b->setEnabled(bool(m_store));
    updateButtons();
}

std::optional<AddressBookEntry> AddressBookDock::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_entries.size())
        return std::nullopt;
    return m_entries[items.first()->row()];
}

void AddressBookDock::updateButtons()
{
    for (QToolButton *b : std::as_const(m_needSelection))
        b->setEnabled(m_store && selected());
}

void AddressBookDock::push(std::optional<AddressBookEntry> before, std::optional<AddressBookEntry> after,
                           const QString &text)
{
    if (!m_store) {
        emit failed(Failure(Failure::Kind::Refused, tr("No store is open.")));
        return;
    }
    m_undo->push(new AddressBookCommand(
        m_store, std::move(before), std::move(after), text, [this](const Failure &f) { emit failed(f); },
        [this] {
            reload();
            emit bookChanged();
        }));
}

void AddressBookDock::addEntry(const AddressBookEntry &entry)
{
    AddressBookEntry fresh = entry;
    fresh.id = 0;
    push(std::nullopt, fresh, tr("Add address book row “%1”").arg(entry.pattern));
}

void AddressBookDock::editEntry(const AddressBookEntry &after)
{
    for (const AddressBookEntry &e : std::as_const(m_entries)) {
        if (e.id == after.id)
            return push(e, after, tr("Edit address book row “%1”").arg(after.pattern));
    }
}

void AddressBookDock::deleteEntry(qint64 id)
{
    for (const AddressBookEntry &e : std::as_const(m_entries)) {
        if (e.id == id)
            return push(e, std::nullopt, tr("Delete address book row “%1”").arg(e.pattern));
    }
}

bool AddressBookDock::importFile(const QString &path, bool replace)
{
    if (!m_store)
        return false;
    try {
        m_store->importAddressBook(AddressBookFile::readFile(path), replace);
    } catch (const Failure &f) {
        emit failed(f);
        return false;
    }
    reload();
    emit bookChanged();
    return true;
}

bool AddressBookDock::exportFile(const QString &path)
{
    const QByteArray bytes =
        AddressBookFile::write(m_entries, AddressBookFile::fromExtension(path).value_or(AddressBookFile::Format::Csv));
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
        emit failed(Failure(Failure::Kind::Io, tr("cannot write %1: %2").arg(path, save.errorString())));
        return false;
    }
    return true;
}

void AddressBookDock::addDialog()
{
    AddressEntryDialog dialog({}, this);
    if (dialog.exec() == QDialog::Accepted)
        addEntry(dialog.entry());
}

void AddressBookDock::editDialog()
{
    const std::optional<AddressBookEntry> e = selected();
    if (!e)
        return;
    AddressEntryDialog dialog(*e, this);
    if (dialog.exec() == QDialog::Accepted)
        editEntry(dialog.entry());
}

void AddressBookDock::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import address book"), {},
                                                      tr("Address books (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    bool replace = false;
    if (!m_entries.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Import address book"),
            tr("Keep the rows the file does not have? (Rows with the same pattern take the file's label either way.)"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        replace = answer == QMessageBox::No;
    }
    importFile(path, replace);
}

void AddressBookDock::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export address book"), QStringLiteral("owners.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}
