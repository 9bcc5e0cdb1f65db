// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <QString>

class QWidget;

// How the window tells of a Failure, by its kind: a headline for each kind, the one line the
// status bar shows, and whether to tell at all (a cancel the user asked for is not news). The
// message itself (file, line, server) always follows the headline; no code reads it to decide.
// Functions of the GUI thread; cost of a few strings.
class FailureNotice {
public:
    static QString headline(Failure::Kind kind);
    // "Headline: message", for the status bar or a label.
    static QString line(const Failure &failure);
    // Cancelled: the user (or a newer request) stopped it; nothing to report.
    static bool isQuiet(const Failure &failure) { return failure.kind() == Failure::Kind::Cancelled; }
    // A warning box titled title with the headline and the message, unless isQuiet.
    static void warn(QWidget *parent, const QString &title, const Failure &failure);
};
