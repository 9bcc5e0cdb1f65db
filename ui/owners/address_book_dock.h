// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"
#include "failure.h"

#include <QDockWidget>

#include <memory>
#include <optional>

class BackgroundTask;
class LookupStore;
class QLabel;
class QTableWidget;
class QToolButton;
class QUndoStack;

// The Address book dock: the store's address book (pattern → label, note, source URL), most
// specific first within each kind, with Add, Edit, Delete (buttons, a double-click, the Delete
// key), Import… and Export… (CSV or JSON, AddressBookFile). Add, edit and delete are
// AddressBookCommands on the window's undo stack, so Ctrl+Z undoes them like event changes; an
// import is one store transaction (all rows or none). After any change it re-reads the book
// and emits bookChanged, on which the window re-bins (owner fields are derived from the book).
// The book is read on a BackgroundTask; writes are small and run on the GUI thread, as event
// writes do. GUI thread only.
class AddressBookDock : public QDockWidget {
    Q_OBJECT
public:
    AddressBookDock(QUndoStack *undo, QWidget *parent = nullptr);
    ~AddressBookDock() override;

    // The store whose book to show (null: none); reads it.
    void setStore(std::shared_ptr<LookupStore> store);
    // Re-reads the book (another window or the command line may have changed it).
    void reload();
    QList<AddressBookEntry> entries() const { return m_entries; }
    QTableWidget *table() const { return m_table; }

    // What the buttons do, for tests and menus: each pushes one undoable command.
    void addEntry(const AddressBookEntry &entry);
    void editEntry(const AddressBookEntry &after);
    void deleteEntry(qint64 id);
    // Imports a CSV or JSON file (replace: the rows it lacks are removed); false and failed()
    // when the file is malformed or the store refuses it, the book then unchanged.
    bool importFile(const QString &path, bool replace);
    bool exportFile(const QString &path);

signals:
    void bookChanged();
    void failed(const Failure &failure);

private:
    void push(std::optional<AddressBookEntry> before, std::optional<AddressBookEntry> after, const QString &text);
    void show(const QList<AddressBookEntry> &entries);
    std::optional<AddressBookEntry> selected() const;
    void addDialog();
    void editDialog();
    void importDialog();
    void exportDialog();
    void updateButtons();

    QUndoStack *m_undo;
    std::shared_ptr<LookupStore> m_store;
    QList<AddressBookEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_summary;
    QList<QToolButton *> m_needSelection;
    QList<QToolButton *> m_needStore;
    BackgroundTask *m_read;
};
