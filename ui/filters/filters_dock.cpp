// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filters_dock.h"

#include "field_labels.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

FiltersDock::FiltersDock(QWidget *parent) : QDockWidget(tr("Filters"), parent)
{
    setObjectName(QStringLiteral("filtersDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *form = new QFormLayout;
    for (LookupField field : kViewFields) {
        auto *edit = new QLineEdit(body);
        edit->setPlaceholderText(QStringLiteral("*"));
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("A glob over the whole %1: * any run, ? one character, [abc] a set; "
                            "case-insensitive. Empty: any.")
                             .arg(FieldLabels::of(field)));
        connect(edit, &QLineEdit::editingFinished, this, [this] { emit filtersEdited(filters()); });
        form->addRow(FieldLabels::of(field), edit);
        m_edits.append(edit);
    }
    layout->addLayout(form);
    auto *clear = new QPushButton(tr("Clear filters"), body);
    connect(clear, &QPushButton::clicked, this, [this] {
        setFilters({});
        emit filtersEdited({});
    });
    layout->addWidget(clear, 0, Qt::AlignRight);
    layout->addStretch(1);
    // Fifteen fields are taller than the left of a laptop screen: the form scrolls instead of
    // setting the window's minimum height.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
}

QLineEdit *FiltersDock::editFor(LookupField field) const
{
    const int i = viewFieldIndex(field);
    return i >= 0 ? m_edits.value(i) : nullptr;
}

void FiltersDock::setFilters(const QList<FieldFilter> &filters)
{
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        QString glob;
        for (const FieldFilter &f : filters) {
            if (viewFieldIndex(f.field) == i)
                glob = f.glob;
        }
        if (m_edits[i]->text() != glob)
            m_edits[i]->setText(glob);
    }
}

QList<FieldFilter> FiltersDock::filters() const
{
    QList<FieldFilter> out;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        const QString glob = m_edits[i]->text().trimmed();
        if (!glob.isEmpty())
            out.append({kViewFields[size_t(i)], glob});
    }
    return out;
}
