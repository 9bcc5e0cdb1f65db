// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_renderer.h"

#include "timeline_plot.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <memory>

namespace {

QPalette themePalette(bool dark)
{
    QPalette pal;
    const QColor ink = dark ? QColor(0xE6, 0xE6, 0xE6) : QColor(0x20, 0x20, 0x20);
    const QColor paper = dark ? QColor(0x1E, 0x1E, 0x1E) : QColor(Qt::white);
    pal.setColor(QPalette::WindowText, ink);
    pal.setColor(QPalette::Text, ink);
    pal.setColor(QPalette::Base, paper);
    pal.setColor(QPalette::Window, paper);
    return pal;
}

QCPTextElement *addText(TimelinePlot &plot, int row, const QString &text, const QFont &font, const QColor &ink,
                        const QMargins &margins)
{
    plot.plotLayout()->insertRow(row);
    auto *element = new QCPTextElement(&plot, text, font);
    element->setTextColor(ink);
    element->setMargins(margins);
    plot.plotLayout()->addElement(row, 0, element);
    plot.plotLayout()->setRowStretchFactor(row, 0.001);
    return element;
}

std::unique_ptr<TimelinePlot> buildPlot(const ChartSpec &spec)
{
    auto plot = std::make_unique<TimelinePlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    // Charts are English whatever the window's language, so that the window's export and
    // `render` give the same pixels.
    plot->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    plot->setInteractions({});
    // The theme first: a palette change rebuilds the bars and recolours the axes.
    const QPalette pal = themePalette(spec.dark);
    plot->setPalette(pal);
    plot->setBackground(pal.color(QPalette::Base));
    plot->setTimeZone(spec.zone);
    const QColor ink = pal.color(QPalette::WindowText);
    int row = 0;
    for (const auto &[text, size, bold] :
         {std::tuple{spec.title, 15.0, true}, std::tuple{spec.subtitle, 10.0, false}}) {
        if (text.isEmpty())
            continue;
        QFont font = TimelinePlot::baseFont(size);
        font.setBold(bold);
        addText(*plot, row, text, font, ink, QMargins(8, row == 0 ? 8 : 0, 8, 2));
        ++row;
    }
    plot->setLook(spec.look);
    plot->setTable(spec.table);
    plot->setEvents(spec.events);
    // A series hidden in the window is left out of the legend too: a reader of the picture
    // cannot click it back (the footer names it).
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (!plot->plottable(i)->visible())
            plot->plottable(i)->removeFromLegend();
    }
    if (!spec.legend && plot->legend->layout() == plot->plotLayout()) {
        plot->plotLayout()->take(plot->legend);
        plot->plotLayout()->simplify();
        plot->legend->setVisible(false);
    }
    if (!spec.footer.isEmpty()) {
        const QFont font = TimelinePlot::baseFont(7.5);
        QColor grey = ink;
        grey.setAlpha(170);
        auto *footer = addText(*plot, plot->plotLayout()->rowCount(),
                               ChartRenderer::wrapFooter(spec.footer, font, spec.size.width() - 24), font, grey,
                               QMargins(12, 4, 12, 6));
        footer->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    }
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

// Vector viewers antialias each bar's edges on their own, which leaves hairline seams between
// adjacent bars: a thin outline in the bar's colour closes them.
void closeSeams(TimelinePlot &plot)
{
    for (int i = 0; i < plot.plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(plot.plottable(i)))
            bars->setPen(QPen(bars->brush().color(), 0.75));
    }
}

} // namespace

QImage ChartRenderer::renderImage(const ChartSpec &spec)
{
    const auto plot = buildPlot(spec);
    return plot->toPixmap(spec.size.width(), spec.size.height(), spec.scale).toImage();
}

QString ChartRenderer::wrapFooter(const QStringList &parts, const QFont &font, int width)
{
    const QFontMetricsF fm(font);
    const QString separator = QStringLiteral("  ·  ");
    QStringList lines;
    QString line;
    auto place = [&](const QString &piece, const QString &glue) {
        const QString joined = line.isEmpty() ? piece : line + glue + piece;
        if (line.isEmpty() || fm.horizontalAdvance(joined) <= width) {
            line = joined;
        } else {
            lines.append(line);
            line = piece;
        }
    };
    for (const QString &part : parts) {
        if (fm.horizontalAdvance(part) <= width) {
            place(part, separator);
            continue;
        }
        // A part wider than a line (a long list of datasets) breaks at its spaces.
        const QStringList words = part.split(QLatin1Char(' '));
        place(words.first(), separator);
        for (qsizetype i = 1; i < words.size(); ++i)
            place(words[i], QStringLiteral(" "));
    }
    if (!line.isEmpty())
        lines.append(line);
    for (QString &l : lines)
        l = fm.elidedText(l, Qt::ElideRight, width); // a single word wider than the chart
    return lines.join(QLatin1Char('\n'));
}

void ChartRenderer::render(const ChartSpec &spec, const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    const int w = spec.size.width();
    const int h = spec.size.height();
    if (w <= 0 || h <= 0) {
        throw Failure(Failure::Kind::BadInput, QStringLiteral("Cannot draw a chart of %1×%2 pixels.").arg(w).arg(h));
    }
    bool ok = false;
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        const QImage image = renderImage(spec);
        ok = image.save(filePath, suffix == QLatin1String("png") ? "PNG" : "JPG",
                        suffix == QLatin1String("png") ? -1 : 92);
    } else if (suffix == QLatin1String("pdf")) {
        const auto plot = buildPlot(spec);
        closeSeams(*plot);
        ok = plot->savePdf(filePath, w, h, QCP::epNoCosmetic, QStringLiteral("DNS Timeline"), spec.title);
    } else if (suffix == QLatin1String("svg")) {
        const auto plot = buildPlot(spec);
        closeSeams(*plot);
        QSvgGenerator svg;
        svg.setFileName(filePath);
        svg.setResolution(plot->logicalDpiX()); // text as large, next to the bars, as in the PNG
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
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("Cannot write %1: unknown chart format \"%2\" (use png, jpg, pdf or svg).")
                          .arg(QDir::toNativeSeparators(filePath), suffix));
    }
    if (!ok)
        throw Failure(Failure::Kind::Io, QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(filePath)));
}

QByteArray ChartRenderer::renderFile(const ChartSpec &spec, const QString &format)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString path = scratch.filePath(QStringLiteral("chart.") + format);
    render(spec, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(Failure::Kind::Io, QStringLiteral("Cannot read back %1.").arg(path));
    return file.readAll();
}
