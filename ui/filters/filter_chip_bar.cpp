// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_chip_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

FilterChipBar::FilterChipBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Filtered:"), this));
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Show every lookup again"));
    connect(clear, &QToolButton::clicked, this, [this] { emit filtersEdited({}); });
    layout->addWidget(clear);
    layout->addStretch(1);
    setVisible(false);
}

void FilterChipBar::setFilters(const QList<FieldFilter> &filters)
{
    m_filters = filters;
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < filters.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setText(QStringLiteral("%1 = %2  ✕").arg(lookupFieldName(filters[i].field), filters[i].glob));
        chip->setToolTip(tr("Remove this filter"));
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                           " padding: 1px 8px; background: palette(alternate-base); }"));
        connect(chip, &QToolButton::clicked, this, [this, i] {
            QList<FieldFilter> rest = m_filters;
            rest.removeAt(i);
            emit filtersEdited(rest);
        });
        m_chips->addWidget(chip);
    }
    setVisible(!filters.isEmpty());
}

QStringList FilterChipBar::chipTexts() const
{
    QStringList out;
    for (int i = 0; i < m_chips->count(); ++i) {
        if (auto *chip = qobject_cast<QToolButton *>(m_chips->itemAt(i)->widget()))
            out.append(chip->text());
    }
    return out;
}
