// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "series_panel.h"

#include "duration_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SeriesPanel::SeriesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *coverageBox = new QGroupBox(tr("Coverage"), this);
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    auto *coverageRow = new QHBoxLayout;
    m_coverage = new QCheckBox(tr("Show the coverage lane; silences longer than"), coverageBox);
    m_coverage->setChecked(true);
    m_coverage->setObjectName(QStringLiteral("coverageBox"));
    m_gap = new QLineEdit(QStringLiteral("1h"), coverageBox);
    m_gap->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    coverageRow->addWidget(m_coverage);
    coverageRow->addWidget(m_gap);
    coverageRow->addWidget(new QLabel(tr("are \"no data\", not zero"), coverageBox));
    coverageRow->addStretch(1);
    m_coverageText = new QLabel(coverageBox);
    m_coverageText->setWordWrap(true);
    coverageLayout->addLayout(coverageRow);
    coverageLayout->addWidget(m_coverageText);
    layout->addWidget(coverageBox);

    auto *derivedBox = new QGroupBox(tr("Derived series"), this);
    auto *derivedRow = new QHBoxLayout(derivedBox);
    m_derived = new QComboBox(derivedBox);
    m_derived->addItems({tr("None"), tr("NXDOMAIN share"), tr("SERVFAIL share"), tr("Distinct names per bin"),
                         tr("First-seen names per bin")});
    m_axis = new QComboBox(derivedBox);
    m_axis->addItems({tr("on a second axis"), tr("over the counts")});
    derivedRow->addWidget(m_derived);
    derivedRow->addWidget(m_axis);
    derivedRow->addStretch(1);
    layout->addWidget(derivedBox);

    auto *baselineBox = new QGroupBox(tr("Seasonal baseline"), this);
    auto *baselineLayout = new QVBoxLayout(baselineBox);
    m_baseline = new QCheckBox(tr("Show the expected count per hour of the week (median and IQR of the other weeks) "
                                  "and mark hours outside it"),
                               baselineBox);
    m_baselineText = new QLabel(baselineBox);
    m_baselineText->setWordWrap(true);
    baselineLayout->addWidget(m_baseline);
    baselineLayout->addWidget(m_baselineText);
    layout->addWidget(baselineBox);
    layout->addStretch(1);

    const auto axisFollows = [this] {
        const bool share = derived() == Derived::NxdomainShare || derived() == Derived::ServfailShare;
        if (share)
            m_axis->setCurrentIndex(0);
        m_axis->setEnabled(!share && derived() != Derived::None);
    };
    axisFollows();
    connect(m_coverage, &QCheckBox::toggled, this, &SeriesPanel::coverageChanged);
    connect(m_gap, &QLineEdit::editingFinished, this, &SeriesPanel::coverageChanged);
    connect(m_derived, &QComboBox::currentIndexChanged, this, [this, axisFollows] {
        axisFollows();
        emit derivedChanged();
    });
    connect(m_axis, &QComboBox::currentIndexChanged, this, &SeriesPanel::derivedChanged);
    connect(m_baseline, &QCheckBox::toggled, this, &SeriesPanel::baselineChanged);
}

bool SeriesPanel::coverage() const
{
    return m_coverage->isChecked();
}
std::optional<qint64> SeriesPanel::gapUs() const
{
    return DurationText::parse(m_gap->text().trimmed());
}
SeriesPanel::Derived SeriesPanel::derived() const
{
    return Derived(m_derived->currentIndex());
}
void SeriesPanel::setDerived(Derived derived)
{
    m_derived->setCurrentIndex(int(derived));
}
bool SeriesPanel::secondAxis() const
{
    return m_axis->currentIndex() == 0;
}
bool SeriesPanel::baseline() const
{
    return m_baseline->isChecked();
}
void SeriesPanel::setBaseline(bool on)
{
    m_baseline->setChecked(on);
}
void SeriesPanel::setCoverageText(const QString &text)
{
    m_coverageText->setText(text);
}
void SeriesPanel::setBaselineText(const QString &text)
{
    m_baselineText->setText(text);
}

QString SeriesPanel::baselineText() const
{
    return m_baselineText->text();
}
