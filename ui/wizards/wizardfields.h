// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small building blocks shared by the setup wizards' pages.

#include "models/domain/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace certdesk::ui {

/// Whether `text` is an http:// or https:// URL with a host.
bool isHttpUrl(const QString &text);

/// A red, word-wrapped label for the one problem that keeps a page from going on.
QLabel *problemLabel(QWidget *parent);

/// A line edit with a Browse button that picks an existing file into it. Create `edit` just before
/// calling, so that the tab order runs edit, Browse, next field.
QWidget *fileRow(QLineEdit *edit, const QString &title, QWidget *parent);

/// A form label whose shortcut focuses `buddy`: for a row whose field is a container (fileRow()),
/// where QFormLayout would make the container, which takes no focus, the buddy.
QLabel *buddyLabel(const QString &text, QWidget *buddy);

/// An Error as a page shows it inline: its sentence in red, and its technical detail one click
/// away behind a Details button. Hidden while it holds no error.
class ErrorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorPanel)

public:
    explicit ErrorPanel(QWidget *parent = nullptr);
    void showError(const Error &error);
    void clear();
    QString message() const;
    QString detail() const;

private:
    QLabel *m_message;
    QToolButton *m_toggle;
    QLabel *m_detail;
};

} // namespace certdesk::ui
