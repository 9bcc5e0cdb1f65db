// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_connect_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString kUrlKey = QStringLiteral("clickhouse/lastUrl");
const QString kUserKey = QStringLiteral("clickhouse/lastUser");
} // namespace

ClickHouseConnectDialog::ClickHouseConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to ClickHouse"));
    const QSettings settings;
    m_url = new QLineEdit(settings.value(kUrlKey, QStringLiteral("clickhouse://localhost:8123/dnstimeline")).toString(), this);
    m_url->setPlaceholderText(QStringLiteral("clickhouse://HOST:PORT/DATABASE?cluster=NAME"));
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_user = new QLineEdit(settings.value(kUserKey).toString(), this);
    m_user->setPlaceholderText(tr("default"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    auto *hint = new QLabel(tr("The HTTP interface's port (8123 by default). Add ?cluster=NAME to read a cluster "
                               "through a Distributed table. The password is not saved."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(hint);
    form->addRow(buttons);
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

QString ClickHouseConnectDialog::displayUrl() const
{
    QUrl url(m_url->text().trimmed());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    query.removeAllQueryItems(QStringLiteral("user"));
    if (!m_user->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("user"), m_user->text().trimmed());
    url.setQuery(query);
    url.setPassword(QString());
    return url.toString();
}

QString ClickHouseConnectDialog::connectionUrl() const
{
    if (m_password->text().isEmpty())
        return displayUrl();
    QUrl url(displayUrl());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(m_password->text())));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void ClickHouseConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(kUrlKey, QUrl(displayUrl()).adjusted(QUrl::RemoveQuery).toString());
    settings.setValue(kUserKey, m_user->text().trimmed());
}
