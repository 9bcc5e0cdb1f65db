// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_connect_dialog.h"

#include "store_connector.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
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
    m_url = new QLineEdit(settings.value(kUrlKey, QStringLiteral("clickhouse://localhost:8123/dnstimeline")).toString(),
                          this);
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
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: no fraction is known
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_connector = new StoreConnector(this);
    connect(m_connector, &StoreConnector::opened, this, [this](const std::shared_ptr<LookupStore> &store) {
        setBusy(false);
        m_store = store;
        accept();
    });
    connect(m_connector, &StoreConnector::failed, this,
            [this](const QString &, const Failure &, const QString &message) {
                setBusy(false);
                m_error->setText(message);
                m_error->show();
            });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *buttons = m_buttons;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClickHouseConnectDialog::startConnecting);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClickHouseConnectDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(hint);
    form->addRow(m_busy);
    form->addRow(m_error);
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

void ClickHouseConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

bool ClickHouseConnectDialog::isConnecting() const
{
    return m_connector->isBusy();
}

QString ClickHouseConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClickHouseConnectDialog::startConnecting()
{
    m_error->hide();
    m_store.reset();
    setBusy(true);
    m_connector->open(connectionUrl(), displayUrl(), StoreOpenMode::ReadWrite);
}

void ClickHouseConnectDialog::reject()
{
    if (!m_connector->isBusy()) {
        QDialog::reject();
        return;
    }
    m_connector->cancel();
    setBusy(false);
    m_error->setText(tr("Cancelled."));
    m_error->show();
}

void ClickHouseConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QLineEdit *edit : {m_url, m_user, m_password})
        edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Connecting…") : tr("Connect"));
}
