// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class LookupStore;
class TimelineController;
class TimelinePlot;
class TimeZoneBox;

// The main window: a TimelinePlot fed by a TimelineController, menus for stores, imports
// and export, a toolbar for the zone and the bin width, a status line. It wires the parts
// together and owns them (Qt parent); the store is shared with the controller and imports.
// GUI thread only; it never calls the store itself except to open one.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an existing store (read-write); on failure returns false with a message.
    bool openStore(const QString &path, QString *error);
    // Imports files into the open store in the background, with a progress dialog.
    void importFiles(const QStringList &paths);

    TimelinePlot *plot() const { return m_plot; }
    TimelineController *controller() const { return m_controller; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void useStore(std::shared_ptr<LookupStore> store, const QString &path);
    void newStoreDialog();
    void openStoreDialog();
    void importDialog();
    void exportDialog();
    void fillRecentMenu();
    void rememberRecent(const QString &path);
    void updateStatus();

    TimelinePlot *m_plot = nullptr;
    TimelineController *m_controller = nullptr;
    TimeZoneBox *m_zoneBox = nullptr;
    QComboBox *m_widthBox = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_status = nullptr;
    QString m_storePath;
    bool m_importing = false;
};
