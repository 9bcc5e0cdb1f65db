// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;

// Preferences: the MaxMind-format databases (.mmdb: GeoLite2-ASN/-Country, DB-IP Lite, IPinfo
// Lite) that give the owner fields' ASN, AS organisation and country, in order (the first
// that knows a field wins). Each file is opened when added (MmdbDatabase::open) and listed
// with its type, build date and SHA-256; a file that is not a usable database is refused with
// the reason, the list unchanged. The window keeps the list in QSettings (load/save).
// GUI thread only.
class OwnerDatabasesDialog : public QDialog {
    Q_OBJECT
public:
    explicit OwnerDatabasesDialog(const QStringList &paths, QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; }
    // Adds a database; false (and the reason shown) when it cannot be used.
    bool addDatabase(const QString &path);
    QString problem() const;

    static QStringList load(); // from QSettings ("owners/mmdb")
    static void save(const QStringList &paths);

private:
    void refill();

    QStringList m_paths;
    QListWidget *m_list;
    QLabel *m_problem;
};
