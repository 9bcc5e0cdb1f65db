// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's owner parts: the Address book dock (its changes re-bin the view and refresh the
// Records dock, since owner fields are derived from the book) and Edit → Preferences, where
// the MaxMind-format databases are chosen.
#include "main_window.h"

#include "address_book_dock.h"
#include "event_editor.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "owner_databases_dialog.h"
#include "records_dock.h"
#include "timeline_controller.h"

#include <QMenu>

void MainWindow::buildOwners(QMenu *edit)
{
    m_addressBookDock = new AddressBookDock(m_eventWork->editor()->undoStack(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_addressBookDock);
    tabifyDockWidget(m_eventsDock, m_addressBookDock);
    m_recordsDock->raise(); // on first run the bottom shows Records, as before the book
    connect(m_addressBookDock, &AddressBookDock::bookChanged, m_controller, &TimelineController::reload);
    connect(m_addressBookDock, &AddressBookDock::failed, this, &MainWindow::showFailure);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        OwnerDatabasesDialog dialog(m_controller->ownerDatabases(), this);
        if (dialog.exec() == QDialog::Accepted)
            setOwnerDatabases(dialog.paths());
    });
    m_controller->setOwnerDatabases(OwnerDatabasesDialog::load());
}

void MainWindow::setOwnerDatabases(const QStringList &paths)
{
    OwnerDatabasesDialog::save(paths);
    m_controller->setOwnerDatabases(paths);
}
