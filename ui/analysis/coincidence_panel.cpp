// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coincidence_panel.h"

#include "duration_text.h"
#include "span_text.h"
#include "timeline_plot.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QColor kNullInk(150, 150, 150);
const QColor kObservedInk(213, 94, 0);
const QColor kPeriInk(0, 114, 178);

QCustomPlot *smallPlot(QWidget *parent, const QString &title, const QString &xLabel, const QString &yLabel)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(parent->fontMetrics().height() * 12);
    plot->plotLayout()->insertRow(0);
    auto *heading = new QCPTextElement(plot, title, TimelinePlot::baseFont(9));
    plot->plotLayout()->addElement(0, 0, heading);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(TimelinePlot::baseFont(8));
        axis->setLabelFont(TimelinePlot::baseFont(8.5));
    }
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->xAxis->grid()->setVisible(false);
    return plot;
}

} // namespace

CoincidencePanel::CoincidencePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_series = new QComboBox(this);
    m_series->addItem(tr("Lookups in the view"));
    m_series->addItem(tr("Burst starts in the view"));
    m_events = new QComboBox(this);
    m_events->addItem(tr("All events"), QStringLiteral("all"));
    m_window = new QLineEdit(QStringLiteral("2d"), this);
    m_window->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    m_window->setToolTip(tr("W: a lookup within ±W of an event counts (90s, 15m, 6h, 2d, 1w)"));
    m_shifts = new QSpinBox(this);
    m_shifts->setRange(100, 1'000'000);
    m_shifts->setSingleStep(1000);
    m_shifts->setValue(10'000);
    m_shifts->setGroupSeparatorShown(true);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(1);
    controls->addWidget(new QLabel(tr("Series:"), this));
    controls->addWidget(m_series);
    controls->addWidget(new QLabel(tr("Events:"), this));
    controls->addWidget(m_events);
    controls->addWidget(new QLabel(tr("Window ±"), this));
    controls->addWidget(m_window);
    controls->addWidget(new QLabel(tr("Shifts:"), this));
    controls->addWidget(m_shifts);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_sentence->setFont(big);
    layout->addWidget(m_sentence);
    auto *plots = new QHBoxLayout;
    m_null = smallPlot(this, tr("Share within the windows: shifted series (grey) vs observed"),
                       tr("share of the series (%)"), tr("shifts"));
    m_peri = smallPlot(this, tr("Peri-event histogram"), tr("days from the event start"), tr("lookups"));
    plots->addWidget(m_null, 1);
    plots->addWidget(m_peri, 1);
    layout->addLayout(plots, 1);
    connect(m_series, &QComboBox::currentIndexChanged, this, &CoincidencePanel::paramsChanged);
    connect(m_events, &QComboBox::currentIndexChanged, this, &CoincidencePanel::paramsChanged);
    connect(m_window, &QLineEdit::editingFinished, this, &CoincidencePanel::paramsChanged);
    connect(m_shifts, &QSpinBox::editingFinished, this, &CoincidencePanel::paramsChanged);
    connect(m_seed, &QSpinBox::editingFinished, this, &CoincidencePanel::paramsChanged);
}

void CoincidencePanel::setCategories(const QStringList &categories)
{
    const QString current = events();
    const QSignalBlocker block(m_events);
    while (m_events->count() > 1)
        m_events->removeItem(1);
    for (const QString &c : categories)
        m_events->addItem(tr("Category: %1").arg(c), c);
    m_events->setCurrentIndex(std::max(0, m_events->findData(current)));
}

QString CoincidencePanel::events() const
{
    return m_events->currentData().toString();
}

void CoincidencePanel::setEventsChoice(const QString &allOrCategory)
{
    const int i = m_events->findData(allOrCategory);
    if (i >= 0)
        m_events->setCurrentIndex(i);
}

bool CoincidencePanel::ofBursts() const
{
    return m_series->currentIndex() == 1;
}

EventCoincidence::Params CoincidencePanel::params() const
{
    const auto w = DurationText::parse(m_window->text().trimmed());
    if (!w)
        throw Failure(
            Failure::Kind::BadInput,
            tr("The window '%1' is not a duration: write e.g. 90s, 15m, 6h, 2d or 1w.").arg(m_window->text()));
    EventCoincidence::Params p;
    p.windowUs = *w;
    p.shifts = m_shifts->value();
    p.seed = quint64(m_seed->value());
    // About 24 peri-event bins over ±3W, on a round duration.
    const qint64 target = 6 * *w / 24;
    p.periBinUs = target;
    for (qint64 step : {60LL, 300LL, 900LL, 3600LL, 3 * 3600LL, 6 * 3600LL, 12 * 3600LL, 86400LL, 7 * 86400LL}) {
        p.periBinUs = step * 1'000'000;
        if (p.periBinUs >= target)
            break;
    }
    p.seriesName = ofBursts() ? QStringLiteral("bursts") : QStringLiteral("lookups");
    return p;
}

QString CoincidencePanel::sentence() const
{
    return m_sentence->text();
}

void CoincidencePanel::setMessage(const QString &message)
{
    m_result.reset();
    m_sentence->setText(message);
    for (QCustomPlot *plot : {m_null, m_peri}) {
        plot->clearPlottables();
        plot->clearItems();
        plot->replot();
    }
}

// The result in the window's language and numbers, with the digits that make it checkable.
QString CoincidencePanel::sentenceFor(const EventCoincidence::Result &r, const QLocale &locale)
{
    const int decimals = EventCoincidence::shareDecimals(r.nullSd);
    const auto percent = [&](double share) { return locale.toString(share * 100, 'f', decimals) + locale.percent(); };
    const QString series = r.seriesName == QLatin1String("bursts") ? tr("the burst starts") : tr("the lookups");
    const QString events = tr("the %n event(s)", nullptr, r.events);
    const QString window = SpanText::approximate(r.windowUs, locale);
    if (!r.pValue)
        return tr("%1 of %2 fell within ±%3 of %4; too little data around them for a test.")
            .arg(percent(r.observedShare), series, window, events);
    const QString p = r.shiftsAtLeast == 0
        ? tr("p < %1: none of %2 shifts reached it")
              .arg(locale.toString(EventCoincidence::pBound(r.shifts), 'f',
                                   std::max(0, -int(std::floor(std::log10(EventCoincidence::pBound(r.shifts)))))),
                   locale.toString(r.shifts))
        : tr("p = %1 (%2 of %3 shifts reached it)")
              .arg(locale.toString(*r.pValue, 'f', *r.pValue >= 0.01 ? 2 : 4), locale.toString(r.shiftsAtLeast),
                   locale.toString(r.shifts));
    return tr("%1 of %2 fell within ±%3 of %4; by chance %5 ± %6; %7.")
        .arg(percent(r.observedShare), series, window, events, percent(r.nullMean), percent(r.nullSd), p);
}

void CoincidencePanel::setResult(const EventCoincidence::Result &r)
{
    m_result = r;
    m_sentence->setText(sentenceFor(r, locale()));
    drawNull(r);
    drawPeri(r);
}

void CoincidencePanel::drawNull(const EventCoincidence::Result &r)
{
    m_null->clearPlottables();
    m_null->clearItems();
    const double total = double(std::max<qint64>(r.lookups, 1));
    auto *bars = new QCPBars(m_null->xAxis, m_null->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kNullInk);
    bars->setWidth(100.0 * double(r.nullStep) / total);
    double top = 1, right = 100 * r.observedShare, left = right;
    for (qsizetype i = 0; i < r.nullCounts.size(); ++i) {
        const double centre = 100.0 * (double(r.nullFirst + i * r.nullStep) + double(r.nullStep) / 2) / total;
        bars->addData(centre, double(r.nullCounts[i]));
        top = std::max(top, double(r.nullCounts[i]));
        left = std::min(left, centre - 100.0 * double(r.nullStep) / total);
        right = std::max(right, centre + 100.0 * double(r.nullStep) / total);
    }
    auto *observed = new QCPItemStraightLine(m_null);
    observed->point1->setCoords(100 * r.observedShare, 0);
    observed->point2->setCoords(100 * r.observedShare, 1);
    observed->setPen(QPen(kObservedInk, 2));
    auto *label = new QCPItemText(m_null);
    label->setFont(TimelinePlot::baseFont(8.5));
    label->setColor(kObservedInk.darker(120));
    label->setText(tr("observed %1%").arg(100 * r.observedShare, 0, 'f', 1));
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(100 * r.observedShare, 0.02);
    const bool nearRight = 100 * r.observedShare > (left + right) / 2;
    label->setPositionAlignment((nearRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    label->setPadding(QMargins(4, 0, 4, 0));
    const double pad = (right - left) * 0.05 + 0.5;
    m_null->xAxis->setRange(std::max(0.0, left - pad), std::min(100.0, right + pad));
    m_null->yAxis->setRange(0, top * 1.15);
    m_null->replot();
}

void CoincidencePanel::drawPeri(const EventCoincidence::Result &r)
{
    m_peri->clearPlottables();
    m_peri->clearItems();
    auto *bars = new QCPBars(m_peri->xAxis, m_peri->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kPeriInk);
    const double day = 86'400e6;
    bars->setWidth(double(r.periBinUs) / day);
    double top = 1;
    for (qsizetype i = 0; i < r.periCounts.size(); ++i) {
        bars->addData((double(r.periOffsetsUs[i]) + double(r.periBinUs) / 2) / day, double(r.periCounts[i]));
        top = std::max(top, double(r.periCounts[i]));
    }
    for (double x : {-double(r.windowUs) / day, 0.0, double(r.windowUs) / day}) {
        auto *line = new QCPItemStraightLine(m_peri);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(x == 0 ? QColor(51, 51, 51) : kObservedInk, 1.2, Qt::DashLine));
    }
    const double reach = 3 * double(r.windowUs) / day;
    m_peri->xAxis->setRange(-reach, reach);
    m_peri->yAxis->setRange(0, top * 1.1);
    m_peri->replot();
}
