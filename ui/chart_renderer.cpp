// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_renderer.h"

#include "timeline_plot.h"

#include <QFileInfo>
#include <QSvgGenerator>

#include <memory>

namespace {

std::unique_ptr<TimelinePlot> buildPlot(const ChartSpec &spec)
{
    auto plot = std::make_unique<TimelinePlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->setInteractions({});
    plot->setTimeZone(spec.zone);
    plot->setBackground(Qt::white);
    int row = 0;
    for (const auto &[text, size, bold] : {std::tuple{spec.title, 15.0, true}, std::tuple{spec.subtitle, 10.0, false}}) {
        if (text.isEmpty())
            continue;
        QFont font = TimelinePlot::baseFont(size);
        font.setBold(bold);
        plot->plotLayout()->insertRow(row);
        auto *element = new QCPTextElement(plot.get(), text, font);
        element->setMargins(QMargins(8, row == 0 ? 8 : 0, 8, 2));
        plot->plotLayout()->addElement(row++, 0, element);
    }
    plot->setTable(spec.table);
    plot->setEvents(spec.events);
    const auto &edges = spec.table.edges;
    const TimeRange whole = edges.size() >= 2 ? TimeRange{edges.front(), edges.back()} : TimeRange{0, 86'400'000'000};
    plot->resize(spec.size);
    plot->setViewport(QRect(QPoint(0, 0), spec.size));
    // Lay out twice: the overlay and the ticks depend on the axis rectangle's final size.
    plot->setVisibleRange(spec.range.value_or(whole));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    plot->setVisibleRange(spec.range.value_or(whole));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    return plot;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QImage ChartRenderer::renderImage(const ChartSpec &spec)
{
    const auto plot = buildPlot(spec);
    return plot->toPixmap(spec.size.width(), spec.size.height()).toImage();
}

bool ChartRenderer::render(const ChartSpec &spec, const QString &filePath, QString *error)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    const int w = spec.size.width();
    const int h = spec.size.height();
    if (w <= 0 || h <= 0) {
        setError(error, QStringLiteral("Cannot draw a chart of %1×%2 pixels.").arg(w).arg(h));
        return false;
    }
    bool ok = false;
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        const QImage image = renderImage(spec);
        ok = image.save(filePath, suffix == QLatin1String("png") ? "PNG" : "JPG", suffix == QLatin1String("png") ? -1 : 92);
    } else if (suffix == QLatin1String("pdf")) {
        const auto plot = buildPlot(spec);
        ok = plot->savePdf(filePath, w, h, QCP::epNoCosmetic, QStringLiteral("DNS Timeline"), spec.title);
    } else if (suffix == QLatin1String("svg")) {
        const auto plot = buildPlot(spec);
        QSvgGenerator svg;
        svg.setFileName(filePath);
        svg.setSize(spec.size);
        svg.setViewBox(QRect(QPoint(0, 0), spec.size));
        svg.setTitle(spec.title);
        svg.setDescription(spec.subtitle);
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
    } else {
        setError(error, QStringLiteral("Cannot write %1: unknown chart format \"%2\" (use png, jpg, pdf or svg).")
                            .arg(QDir::toNativeSeparators(filePath), suffix));
        return false;
    }
    if (!ok)
        setError(error, QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(filePath)));
    return ok;
}
