// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "status_notice.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

StatusNotice::StatusNotice(QWidget *parent) : QWidget(parent)
{
    // A pale bar in the highlight's hue, light or dark with the palette.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base), tint = pal.color(QPalette::Highlight);
    pal.setColor(QPalette::Window,
                 QColor::fromRgbF(0.85 * base.redF() + 0.15 * tint.redF(), 0.85 * base.greenF() + 0.15 * tint.greenF(),
                                  0.85 * base.blueF() + 0.15 * tint.blueF()));
    setPalette(pal);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &StatusNotice::dismiss);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    layout->addWidget(close);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &StatusNotice::dismiss);
    setVisible(false);
}

void StatusNotice::post(const QString &text, const QList<Action> &actions, int timeoutMs)
{
    clearButtons();
    m_label->setText(text);
    m_label->setToolTip(text);
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            dismiss();
            run();
        });
        m_actions->addWidget(button);
        m_buttons.append(button);
    }
    m_timeout->stop();
    if (timeoutMs > 0)
        m_timeout->start(timeoutMs);
    setVisible(true);
}

void StatusNotice::dismiss()
{
    m_timeout->stop();
    clearButtons();
    m_label->clear();
    setVisible(false);
}

// Later: dismiss() may run inside a button's clicked().
void StatusNotice::clearButtons()
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
}

QString StatusNotice::text() const
{
    return m_label->text();
}

StatusNotice::Action StatusNotice::openFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return {tr("Open folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); }};
}
