// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_entry_dialog.h"

#include "address_book.h"
#include "failure.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

AddressEntryDialog::AddressEntryDialog(const AddressBookEntry &entry, QWidget *parent)
    : QDialog(parent), m_id(entry.id), m_pattern(new QLineEdit(entry.pattern, this)),
      m_label(new QLineEdit(entry.label, this)), m_note(new QLineEdit(entry.note, this)),
      m_url(new QLineEdit(entry.sourceUrl, this)), m_problem(new QLabel(this))
{
    setWindowTitle(entry.id > 0 ? tr("Edit address book row") : tr("Add address book row"));
    m_pattern->setPlaceholderText(tr("217.12.96.0/24, 2001:db8::/32, mail.example.com or *.example.com"));
    m_label->setPlaceholderText(tr("Who is behind it, e.g. Alfa Bank"));
    m_url->setPlaceholderText(tr("Where that is said (optional)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Pattern"), m_pattern);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Source URL"), m_url);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

AddressBookEntry AddressEntryDialog::entry() const
{
    return {m_id, m_pattern->text(), m_label->text(), m_note->text(), m_url->text()};
}

void AddressEntryDialog::accept()
{
    try {
        AddressBook::checked(entry());
    } catch (const Failure &e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}
