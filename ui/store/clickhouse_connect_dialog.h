// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class LookupStore;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class StoreConnector;

// File → Connect to ClickHouse…: asks for the store's URL, a user and a password. The
// password is asked each time and never written anywhere: location() is the URL without it,
// which is what the window remembers. The last URL and user are kept in QSettings.
// Connect opens the store on a worker thread (StoreConnector) with a busy bar while the dialog
// stays responsive: Cancel abandons the attempt (a second Cancel closes), a failure is shown in
// the dialog for another try, and success accepts the dialog with store() set.
class ClickHouseConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClickHouseConnectDialog(QWidget *parent = nullptr);

    // The URL to open, user and password included (for openStore only; do not store it).
    QString connectionUrl() const;
    // The same without the password, for titles, view state and recent stores.
    QString displayUrl() const;
    void remember() const;
    // The opened store once the dialog is accepted.
    std::shared_ptr<LookupStore> store() const { return m_store; }
    void setUrl(const QString &url);
    bool isConnecting() const;
    QString errorText() const; // the last failure shown, empty if none

    void reject() override; // while connecting: abandons the attempt only

private:
    void startConnecting();
    void setBusy(bool busy);

    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    StoreConnector *m_connector;
    std::shared_ptr<LookupStore> m_store;
};
