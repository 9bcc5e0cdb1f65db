// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// File → Connect to ClickHouse…: asks for the store's URL, a user and a password. The
// password is asked each time and never written anywhere: location() is the URL without it,
// which is what the window remembers. The last URL and user are kept in QSettings.
class ClickHouseConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClickHouseConnectDialog(QWidget *parent = nullptr);

    // The URL to open, user and password included (for openStore only; do not store it).
    QString connectionUrl() const;
    // The same without the password, for titles, view state and recent stores.
    QString displayUrl() const;
    void remember() const;

private:
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
};
