// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_session.h"

#include "clickhouse_url.h"
#include "lookup_store.h"

#include <QFileInfo>

ViewSession::ViewSession(QObject *parent) : QObject(parent)
{}

QString ViewSession::displayName() const
{
    return ClickHouseUrl::looksLike(m_path) ? m_path : QFileInfo(m_path).fileName();
}

void ViewSession::open(std::shared_ptr<LookupStore> store, const QString &path, const ViewState &opening)
{
    Q_ASSERT(store);
    m_store = std::move(store);
    m_path = path;
    m_readOnlyReason = m_store->readOnlyReason();
    emit storeOpened(m_store, opening);
}

void ViewSession::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    emit timeZoneChanged(m_zone);
}
