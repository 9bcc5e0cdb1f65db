// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_options_bar.h"

#include "time_zone_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

ViewOptionsBar::ViewOptionsBar(QWidget *parent) : QToolBar(tr("View"), parent)
{
    setObjectName(QStringLiteral("viewToolBar"));
    auto label = [this](const QString &text) { addWidget(new QLabel(text, this)); };

    label(tr(" Split "));
    m_split = new QComboBox(this);
    m_split->addItem(tr("none"));
    m_split->addItem(lookupFieldName(LookupField::Dataset), int(LookupField::Dataset));
    for (LookupField f : kViewFields)
        m_split->addItem(lookupFieldName(f), int(f));
    m_split->setToolTip(tr("One series per value of a field"));
    addWidget(m_split);
    label(tr(" top "));
    m_topK = new QSpinBox(this);
    m_topK->setRange(1, 50);
    m_topK->setValue(10);
    m_topK->setToolTip(tr("Series kept by total over the whole extent; the rest are summed as “other”"));
    addWidget(m_topK);
    addSeparator();
    m_style = new QComboBox(this);
    m_style->addItems({tr("stacked bars"), tr("lines"), tr("steps")});
    addWidget(m_style);
    m_log = new QCheckBox(tr("log"), this);
    m_log->setToolTip(tr("Logarithmic count axis"));
    addWidget(m_log);
    label(tr(" avg "));
    m_average = new QSpinBox(this);
    m_average->setRange(0, 100);
    m_average->setSpecialValueText(tr("off"));
    m_average->setSuffix(tr(" bins"));
    m_average->setToolTip(tr("Moving average of each series over this many bins"));
    addWidget(m_average);
    addSeparator();
    label(tr(" Bins "));
    m_width = new QComboBox(this);
    m_width->addItem(tr("auto"));
    for (const BinWidth &w : BinWidth::niceWidths())
        m_width->addItem(w.name());
    m_width->setToolTip(tr("Bin width; auto follows the zoom"));
    addWidget(m_width);
    label(tr(" Zone "));
    m_zone = new TimeZoneBox(this);
    addWidget(m_zone);

    connect(m_split, &QComboBox::currentIndexChanged, this, [this](int i) {
        emit splitChosen(i <= 0 ? std::nullopt : std::optional<LookupField>(LookupField(m_split->itemData(i).toInt())));
    });
    connect(m_topK, &QSpinBox::valueChanged, this, &ViewOptionsBar::topKChosen);
    connect(m_style, &QComboBox::currentIndexChanged, this, [this](int i) { emit styleChosen(SeriesStyle(i)); });
    connect(m_log, &QCheckBox::toggled, this, &ViewOptionsBar::logScaleChosen);
    connect(m_average, &QSpinBox::valueChanged, this, &ViewOptionsBar::movingAverageChosen);
    connect(m_width, &QComboBox::currentIndexChanged, this,
            [this](int i) { emit binWidthChosen(i <= 0 ? std::nullopt : BinWidth::parse(m_width->itemText(i))); });
    connect(m_zone, &TimeZoneBox::zoneChosen, this, &ViewOptionsBar::zoneChosen);
}

void ViewOptionsBar::setSplit(const std::optional<LookupField> &split, int topK)
{
    const QSignalBlocker a(m_split), b(m_topK);
    m_split->setCurrentIndex(split ? m_split->findData(int(*split)) : 0);
    m_topK->setValue(topK);
}

void ViewOptionsBar::setLook(const SeriesLook &look)
{
    const QSignalBlocker a(m_style), b(m_log), c(m_average);
    m_style->setCurrentIndex(int(look.style));
    m_log->setChecked(look.logScale);
    m_average->setValue(look.movingAverage);
}

void ViewOptionsBar::setBinWidth(const std::optional<BinWidth> &width)
{
    const QSignalBlocker a(m_width);
    m_width->setCurrentIndex(width ? std::max(0, m_width->findText(width->name())) : 0);
}

void ViewOptionsBar::setZone(const QTimeZone &zone)
{
    const QSignalBlocker a(m_zone);
    m_zone->setZone(zone);
}
