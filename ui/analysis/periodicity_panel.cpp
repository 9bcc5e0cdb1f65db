// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodicity_panel.h"

#include "duration_text.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A gap or period in the largest whole unit that keeps two significant figures.
QString durationText(qint64 us)
{
    if (us <= 0)
        return QStringLiteral("–");
    const double s = double(us) / 1e6;
    if (s < 120)
        return QStringLiteral("%1 s").arg(s, 0, 'f', s < 10 ? 1 : 0);
    if (s < 7200)
        return QStringLiteral("%1 min").arg(s / 60, 0, 'f', 1);
    if (s < 172800)
        return QStringLiteral("%1 h").arg(s / 3600, 0, 'f', 1);
    return QStringLiteral("%1 d").arg(s / 86400, 0, 'f', 1);
}

} // namespace

PeriodicityPanel::PeriodicityPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.8);
    m_threshold->setToolTip(tr("A pair whose beacon score reaches this looks automated"));
    m_hide = new QCheckBox(tr("Hide automated traffic"), this);
    m_hide->setToolTip(
        tr("Leave every automated-looking client → name pair out of the timeline and the other analyses"));
    controls->addWidget(new QLabel(tr("Automated from score:"), this));
    controls->addWidget(m_threshold);
    controls->addSpacing(12);
    controls->addWidget(m_hide);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Client"), tr("Query name"), tr("Lookups"), tr("Score"), tr("Median gap"), tr("Period"), tr("Looks")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &PeriodicityPanel::paramsChanged);
    connect(m_hide, &QCheckBox::toggled, this, &PeriodicityPanel::hideAutomatedToggled);
}

PeriodicityScorer::Params PeriodicityPanel::params() const
{
    PeriodicityScorer::Params p;
    p.automatedAt = m_threshold->value();
    p.top = 200;
    return p;
}

bool PeriodicityPanel::hideAutomated() const
{
    return m_hide->isChecked();
}

void PeriodicityPanel::setHideAutomated(bool hide)
{
    m_hide->setChecked(hide);
}

void PeriodicityPanel::setAutomatedAt(double score)
{
    m_threshold->setValue(score);
}

void PeriodicityPanel::restore(bool hide, double automatedAt)
{
    const QSignalBlocker blockThreshold(m_threshold), blockHide(m_hide);
    m_threshold->setValue(automatedAt);
    m_hide->setChecked(hide);
    m_named = Named{};
    m_table->setRowCount(0);
    m_summary->clear();
}

void PeriodicityPanel::setResult(const Named &named)
{
    m_named = named;
    const auto &top = named.result.top;
    m_table->setRowCount(int(top.size()));
    const QColor automatedInk(213, 94, 0), humanInk(0, 158, 115);
    for (int r = 0; r < top.size(); ++r) {
        const PeriodicityScorer::PairScore &s = top[r];
        const QStringList cells = {named.clients.value(r),
                                   named.qnames.value(r),
                                   QString::number(s.lookups),
                                   QString::number(s.score, 'f', 2),
                                   durationText(s.medianGapUs),
                                   durationText(s.periodUs),
                                   s.automated ? tr("automated") : tr("human")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2 && c <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 6)
                item->setForeground(s.automated ? automatedInk : humanInk);
            item->setToolTip(tr("score %1 = mean of: skew %2, dispersion %3, gap mode %4, count %5")
                                 .arg(s.score, 0, 'f', 2)
                                 .arg(s.skewPart, 0, 'f', 2)
                                 .arg(s.madPart, 0, 'f', 2)
                                 .arg(s.modeShare, 0, 'f', 2)
                                 .arg(s.countPart, 0, 'f', 2));
            m_table->setItem(r, c, item);
        }
    }
    m_summary->setText(tr("%1 of %2 client → name pairs with at least %3 lookups look automated (regular gaps); the "
                          "busiest %4 are listed.")
                           .arg(named.automated.size())
                           .arg(named.result.pairs)
                           .arg(params().minLookups)
                           .arg(top.size()));
}
