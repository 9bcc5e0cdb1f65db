// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_watch.h"

#include "failure_notice.h"
#include "lookup_store.h"
#include "timeline_controller.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>

StoreWatch::StoreWatch(TimelineController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &StoreWatch::poll);
    m_poll.start();
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &StoreWatch::retry);
    connect(controller, &TimelineController::failed, this, [this](const Failure &failure) {
        if (FailureNotice::isQuiet(failure))
            return;
        m_retry.start();
        emit notice(tr("%1 — trying again every %2 s").arg(FailureNotice::line(failure)).arg(kRetryMs / 1000),
                    kRetryMs + 1000);
    });
    connect(controller, &TimelineController::tableReady, this, [this] {
        if (!m_retry.isActive())
            return;
        m_retry.stop();
        emit notice(tr("The store answers again."), 5000);
    });
    window->installEventFilter(this);
}

void StoreWatch::watch(const std::shared_ptr<LookupStore> &store)
{
    m_store = store;
    m_stamp = store ? store->changeStamp() : -1;
}

void StoreWatch::reloadNow()
{
    if (m_controller->store())
        m_controller->reload();
}

bool StoreWatch::idle() const
{
    return !m_controller->isBusy() && QApplication::mouseButtons() == Qt::NoButton &&
        !QApplication::activeModalWidget() && !QApplication::activePopupWidget();
}

void StoreWatch::poll()
{
    const std::shared_ptr<LookupStore> store = m_controller->store();
    if (!store)
        return;
    if (store != m_store.lock()) { // not given to watch(): its stamp from now on
        watch(store);
        return;
    }
    if (!idle())
        return;
    const qint64 stamp = store->changeStamp();
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    m_controller->reload();
}

void StoreWatch::retry()
{
    if (idle())
        m_controller->reload();
}

bool StoreWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ActivationChange && m_window->isActiveWindow()) {
        const std::shared_ptr<LookupStore> store = m_controller->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (store && store->changeStamp() < 0 && now - m_lastActivationReload >= kPollMs && idle()) {
            m_lastActivationReload = now;
            m_controller->reload();
        }
    }
    return false;
}
