// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the menus (File, Edit, View, Help) and the help texts.
#include "main_window.h"

#include "address_book_dock.h"
#include "analysis_dock.h"
#include "datasets_dock.h"
#include "event_editor.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "export_actions.h"
#include "filters_dock.h"
#include "records_dock.h"
#include "store_watch.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store…"), QKeySequence::New, this, &MainWindow::newStoreDialog);
    file->addAction(tr("&Open store…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    file->addAction(tr("Connect to &ClickHouse…"), this, &MainWindow::connectClickHouseDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *reload = file->addAction(tr("Re&load"), QKeySequence::Refresh, m_watch, &StoreWatch::reloadNow);
    reload->setStatusTip(tr("Read the store's datasets and events again, for what other programs changed"));
    file->addSeparator();
    m_importAction =
        file->addAction(tr("&Import file(s)…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    m_importEventsAction = file->addAction(tr("Import e&vents…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import events"), QString(),
                                                          tr("Events (*.ics *.ical *.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            m_eventWork->openImportDialog(path);
    });
    file->addAction(tr("&Export chart…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    m_export = new ExportActions(this, file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_eventWork->editor()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_eventWork->editor()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    buildOwners(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *all = view->addAction(tr("Show &all"), this, [this] {
        plot()->recordHistory();
        m_controller->showAll();
    });
    all->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_0)});
    view->addAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), this, [this] { plot()->zoomBy(0.8); });
    view->addAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), this, [this] { plot()->zoomBy(1.25); });
    view->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { plot()->goBack(); });
    view->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { plot()->goForward(); });
    view->addSeparator();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_datasetsDock), static_cast<QDockWidget *>(m_filtersDock),
          static_cast<QDockWidget *>(m_recordsDock), static_cast<QDockWidget *>(m_eventsDock),
          static_cast<QDockWidget *>(m_analysisDock), static_cast<QDockWidget *>(m_addressBookDock)}) {
        view->addAction(dock->toggleViewAction());
        // A dock asked for comes to the front of its tabs.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Mouse and keys"), this, [this] {
        QMessageBox::information(
            this, tr("Mouse and keys"),
            tr("<table><tr><td>Wheel</td><td>zoom about the cursor</td></tr><tr><td>Drag</td><td>pan</td></tr>"
               "<tr><td>Shift+drag</td><td>zoom to the band</td></tr>"
               "<tr><td>Right-drag (or Alt+drag)</td><td>list the lookups of a range (Records dock); "
               "a drag shows its range and Escape drops it</td></tr>"
               "<tr><td>Click a bar</td><td>list its lookups</td></tr><tr><td>Double-click</td><td>zoom to the bin (on "
               "an event: edit it)</td></tr>"
               "<tr><td>Ctrl+click</td><td>add a point event</td></tr><tr><td>Ctrl+drag</td><td>add a range "
               "event</td></tr>"
               "<tr><td>Drag an event's line, label or edge</td><td>move it</td></tr>"
               "<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>undo / redo an event or address book change</td></tr>"
               "<tr><td>+ / − / 0, Home</td><td>zoom in / out / show all</td></tr>"
               "<tr><td>Left / Right, Alt+Left / Alt+Right</td><td>pan; back / forward</td></tr></table>"));
    });
    help->addAction(tr("&About DNS Timeline"), this, [this] {
        QMessageBox::about(this, tr("About DNS Timeline"),
                           tr("<h3>DNS Timeline %1</h3><p>DNS lookups on an interactive timeline, with dated events "
                              "laid over them.</p><p>Licensed under the GNU General Public License, version 3 or "
                              "later.</p>")
                               .arg(QStringLiteral(DNSTL_VERSION)));
    });
}

void MainWindow::exportDialog()
{
    m_export->chartDialog();
}
