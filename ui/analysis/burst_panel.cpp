// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "burst_panel.h"

#include "duration_text.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

BurstPanel::BurstPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QHBoxLayout;
    m_s = new QDoubleSpinBox(this);
    m_s->setRange(1.01, 100);
    m_s->setSingleStep(0.5);
    m_s->setValue(2);
    m_s->setToolTip(tr("s: how many times faster a burst state emits than the state below it"));
    m_gamma = new QDoubleSpinBox(this);
    m_gamma->setRange(0, 100);
    m_gamma->setSingleStep(0.5);
    m_gamma->setValue(1);
    m_gamma->setToolTip(tr("γ: the cost of moving up a state; higher finds fewer, stronger bursts"));
    m_levels = new QSpinBox(this);
    m_levels->setRange(2, 8);
    m_levels->setValue(2);
    m_levels->setToolTip(tr("States of the automaton: 2 finds bursts; more finds bursts within bursts"));
    m_show = new QCheckBox(tr("Show on timeline"), this);
    m_show->setChecked(false); // suggestions, not findings: drawn only when asked for
    m_show->setToolTip(tr("Draw the suggested bursts on the timeline as dashed boxes (hover one for what it is)"));
    form->addWidget(new QLabel(tr("s:"), this));
    form->addWidget(m_s);
    form->addWidget(new QLabel(tr("γ:"), this));
    form->addWidget(m_gamma);
    form->addWidget(new QLabel(tr("States:"), this));
    form->addWidget(m_levels);
    form->addWidget(m_show);
    form->addStretch(1);
    layout->addLayout(form);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Start"), tr("End"), tr("Level"), tr("Lookups"), tr("Weight")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_accept = new QPushButton(tr("Accept selected as events"), this);
    m_acceptAll = new QPushButton(tr("Accept all"), this);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    layout->addLayout(buttons);
    for (QDoubleSpinBox *box : {m_s, m_gamma})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BurstPanel::paramsChanged);
    connect(m_levels, &QSpinBox::valueChanged, this, &BurstPanel::paramsChanged);
    connect(m_show, &QCheckBox::toggled, this, &BurstPanel::paramsChanged);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        std::set<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows.insert(i.row());
        QList<BurstDetector::Burst> chosen;
        for (int r : rows)
            chosen.append(m_bursts.value(r));
        if (!chosen.isEmpty())
            emit acceptRequested(chosen);
    });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        if (!m_bursts.isEmpty())
            emit acceptRequested(m_bursts);
    });
}

BurstDetector::Params BurstPanel::params() const
{
    BurstDetector::Params p;
    p.s = m_s->value();
    p.gamma = m_gamma->value();
    p.levels = m_levels->value();
    return p;
}

bool BurstPanel::showOnTimeline() const
{
    return m_show->isChecked();
}

void BurstPanel::setResult(const QList<BurstDetector::Burst> &bursts, const QTimeZone &zone)
{
    m_bursts = bursts;
    m_table->setRowCount(int(bursts.size()));
    const auto stamp = [&](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    for (int r = 0; r < bursts.size(); ++r) {
        const BurstDetector::Burst &b = bursts[r];
        const QStringList cells = {stamp(b.startUs), stamp(b.endUs), QString::number(b.level),
                                   QString::number(b.lookups), QString::number(b.weight, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_accept->setEnabled(!bursts.isEmpty() && !m_readOnlyReason);
    m_acceptAll->setEnabled(!bursts.isEmpty() && !m_readOnlyReason);
    m_summary->setText(bursts.isEmpty()          ? tr("No bursts in this view.")
                           : m_show->isChecked() ? tr("%n suggested burst(s), dashed on the timeline (times in %1).",
                                                      nullptr, int(bursts.size()))
                                                       .arg(QString::fromUtf8(zone.id()))
                                                 : tr("%n suggested burst(s) (times in %1); tick Show on timeline to "
                                                      "see them there.",
                                                      nullptr, int(bursts.size()))
                                                       .arg(QString::fromUtf8(zone.id())));
}

void BurstPanel::setReadOnlyReason(const std::optional<QString> &reason)
{
    m_readOnlyReason = reason;
    const QString tip = reason ? tr("Bursts cannot be added as events: %1.").arg(*reason) : QString();
    m_accept->setToolTip(tip);
    m_acceptAll->setToolTip(tip);
    m_accept->setEnabled(!m_bursts.isEmpty() && !reason);
    m_acceptAll->setEnabled(!m_bursts.isEmpty() && !reason);
}
