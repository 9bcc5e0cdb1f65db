// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// The dialog that adds or edits one address book row: pattern (a CIDR network, an address, a
// name or a name glob), label, note and source URL. OK is refused, with the reason shown under
// the fields, while AddressBook::checked() rejects the row. GUI thread only.
class AddressEntryDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddressEntryDialog(const AddressBookEntry &entry, QWidget *parent = nullptr);

    // The row as entered (id kept), canonical once accepted.
    AddressBookEntry entry() const;
    QLineEdit *patternEdit() const { return m_pattern; }
    QLineEdit *labelEdit() const { return m_label; }

    void accept() override;

private:
    qint64 m_id = 0;
    QLineEdit *m_pattern;
    QLineEdit *m_label;
    QLineEdit *m_note;
    QLineEdit *m_url;
    QLabel *m_problem;
};
