// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "owner_databases_dialog.h"

#include "failure.h"
#include "mmdb_database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kKey = QStringLiteral("owners/mmdb");
}

OwnerDatabasesDialog::OwnerDatabasesDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>ASN and country databases</b><br>MaxMind-format files (.mmdb) such as "
                                "GeoLite2-ASN, GeoLite2-Country, DB-IP Lite or IPinfo Lite give the fields "
                                "client_asn, client_org, client_country and the same for server. The first "
                                "database that knows a field wins."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Add a database"), {}, tr("MaxMind DB (*.mmdb);;All files (*)"));
        if (!path.isEmpty())
            addDatabase(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_paths.size()) {
            m_paths.removeAt(row);
            refill();
        }
    });
    for (const QString &path : paths)
        addDatabase(path);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

bool OwnerDatabasesDialog::addDatabase(const QString &path)
{
    try {
        MmdbDatabase::open(path);
    } catch (const Failure &f) {
        m_problem->setText(f.message());
        return false;
    }
    m_problem->clear();
    if (!m_paths.contains(path))
        m_paths.append(path);
    refill();
    return true;
}

QString OwnerDatabasesDialog::problem() const
{
    return m_problem->text();
}

void OwnerDatabasesDialog::refill()
{
    m_list->clear();
    for (const QString &path : std::as_const(m_paths)) {
        MmdbDatabasePtr db;
        try {
            db = MmdbDatabase::open(path);
        } catch (const Failure &f) {
            new QListWidgetItem(f.message(), m_list);
            continue;
        }
        const MmdbDatabase::Info &info = db->info();
        auto *item = new QListWidgetItem(tr("%1 — %2, built %3 (gives %4)")
                                             .arg(info.fileName, info.databaseType,
                                                  info.built.toString(QStringLiteral("yyyy-MM-dd")),
                                                  info.fields.join(QLatin1String(", "))),
                                         m_list);
        item->setToolTip(tr("%1\nSHA-256 %2").arg(path, info.sha256));
    }
}

QStringList OwnerDatabasesDialog::load()
{
    return QSettings().value(kKey).toStringList();
}

void OwnerDatabasesDialog::save(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}
