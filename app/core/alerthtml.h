// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// E-mail-safe HTML pieces shared by the alert messages and the digest: tables and inline styles
// only (mail clients drop <style> blocks, scripts and external resources), colours by urgency.
// Internal to app/core.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace certdesk::core::alerthtml {

/// The text and background colour of an urgency, by days left: expired and up to 7 days red, up to
/// 14 orange, up to 30 amber, later green.
struct Colours
{
    QString text;
    QString background;
};
Colours urgencyColours(qint64 secondsLeft);

/// "2026-12-05 14:00 UTC".
QString utcText(const QDateTime &t);

/// A whole document around `body`: doctype, charset, the title, a 640 px wide centred column.
QString document(const QString &title, const QString &body);
/// A heading of the column.
QString heading(const QString &text);
/// A paragraph of plain `text` (escaped; line breaks kept).
QString paragraph(const QString &text);
/// A two-column table of labelled values (escaped).
QString factsTable(const QList<QPair<QString, QString>> &facts);

/// The inline style of a table cell, with an optional colour pair.
QString cellStyle(const Colours *colours = nullptr, bool header = false);
/// The opening tag of a full-width data table.
QString tableOpen();

} // namespace certdesk::core::alerthtml
