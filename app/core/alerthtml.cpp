// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alerthtml.h"

namespace certdesk::core::alerthtml {

namespace {
constexpr qint64 Day = 86400;
const QString FontStyle =
    QStringLiteral("font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933;");
} // namespace

Colours urgencyColours(qint64 secondsLeft)
{
    if (secondsLeft <= 7 * Day)
        return {QStringLiteral("#8e1212"), QStringLiteral("#fde2e1")};
    if (secondsLeft <= 14 * Day)
        return {QStringLiteral("#8a3c00"), QStringLiteral("#ffe7cc")};
    if (secondsLeft <= 30 * Day)
        return {QStringLiteral("#6b5000"), QStringLiteral("#fff6cc")};
    return {QStringLiteral("#1d5e2b"), QStringLiteral("#e3f4e6")};
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString document(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
               "<body style=\"margin:0;padding:0;background-color:#f4f5f7;%2\">\n"
               "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
               "style=\"background-color:#f4f5f7;\"><tr><td align=\"center\" style=\"padding:16px;\">\n"
               "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" "
               "style=\"width:640px;max-width:100%;background-color:#ffffff;border:1px solid #d9dde3;\">"
               "<tr><td style=\"padding:20px;%2\">\n%3</td></tr></table>\n"
               "</td></tr></table>\n</body></html>\n")
        .arg(title.toHtmlEscaped(), FontStyle, body);
}

QString heading(const QString &text)
{
    return QStringLiteral(
               "<h2 style=\"margin:16px 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:18px;"
               "color:#1f2933;\">%1</h2>\n")
        .arg(text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p style=\"margin:0 0 12px 0;%1\">%2</p>\n").arg(FontStyle, escaped);
}

QString cellStyle(const Colours *colours, bool header)
{
    QString style = QStringLiteral("padding:6px 8px;border:1px solid #d9dde3;text-align:left;") + FontStyle;
    if (header)
        style += QStringLiteral("font-weight:bold;background-color:#eef1f4;");
    if (colours)
        style += QStringLiteral("color:%1;background-color:%2;").arg(colours->text, colours->background);
    return style;
}

QString tableOpen()
{
    return QStringLiteral("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                          "style=\"border-collapse:collapse;width:100%;margin:0 0 12px 0;\">\n");
}

QString factsTable(const QList<QPair<QString, QString>> &facts)
{
    QString html = tableOpen();
    for (const auto &[label, value] : facts)
        html += QStringLiteral("<tr><td style=\"%1\">%2</td><td style=\"%3\">%4</td></tr>\n")
                    .arg(cellStyle(nullptr, true), label.toHtmlEscaped(), cellStyle(), value.toHtmlEscaped());
    return html + QStringLiteral("</table>\n");
}

} // namespace certdesk::core::alerthtml
