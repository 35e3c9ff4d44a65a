// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace certdesk::ui {

class ErrorPanel;

/// The digest as its recipients will read it: the HTML that DigestService composes, shown in a
/// QTextBrowser that follows no link and loads nothing from outside, with when it was composed.
class DigestPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestPreview)

public:
    explicit DigestPreview(QWidget *parent = nullptr);

    /// A new preview is being composed; the one shown stays until it arrives.
    void showComposing();
    void showDigest(const QString &html, const QDateTime &composedAt);
    void showError(const Error &error);

    QTextBrowser *browser() const { return m_browser; }
    QLabel *statusLabel() const { return m_status; }
    /// The plain text of the preview as shown (for tests and copy).
    QString plainText() const;

private:
    QLabel *m_status;
    ErrorPanel *m_error;
    QTextBrowser *m_browser;
};

} // namespace certdesk::ui
