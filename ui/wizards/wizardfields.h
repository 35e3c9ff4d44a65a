// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small building blocks shared by the setup wizards' pages.

#include "models/domain/result.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWizard;

namespace certdesk::ui {

/// Whether `text` is an http:// or https:// URL with a host.
bool isHttpUrl(const QString &text);

/// A red, word-wrapped label for the one problem that keeps a page from going on.
QLabel *problemLabel(QWidget *parent);

/// A line edit with a Browse button that picks an existing file into it. Create `edit` just before
/// calling, so that the tab order runs edit, Browse, next field.
QWidget *fileRow(QLineEdit *edit, const QString &title, QWidget *parent);

/// What the Browse button of a pathRow() picks.
enum class PathPick {
    ExistingFile, ///< a file to read
    AnyFile,      ///< a file to write, which may not exist yet (no overwrite question)
    Folder,       ///< an existing folder
};
/// Like fileRow(), for any kind of path.
QWidget *pathRow(QLineEdit *edit, const QString &title, PathPick pick, QWidget *parent);

/// A value a wizard page shows (an account URL, a fingerprint): word-wrapped, selectable with the
/// mouse and the keyboard, with `objectName` for tests.
QLabel *valueLabel(const char *objectName, QWidget *parent);

/// While a page saves there is nothing to go back to or cancel: Back and Cancel are disabled while
/// `saving`.
void setWizardSaving(QWizard *wizard, bool saving);

/// A form label whose shortcut focuses `buddy`: for a row whose field is a container (fileRow()),
/// where QFormLayout would make the container, which takes no focus, the buddy.
QLabel *buddyLabel(const QString &text, QWidget *buddy);

/// A field with what belongs under it (its description, its error) as one form row: a column
/// without margins, its widgets 2 px apart.
QWidget *fieldColumn(const QList<QWidget *> &widgets, QWidget *parent);

/// Sets up the status line, busy bar and Cancel button of a check that runs on a worker thread (a
/// target's dry run, a Send test): the status wraps and can be selected, the bar is indeterminate
/// and one line high, Cancel is never the default button. They are named `<prefix>TestStatus`,
/// `<prefix>TestBusy` and `<prefix>TestCancelButton`. Returns the row of the bar and Cancel.
QHBoxLayout *testProgressRow(const QString &prefix, QLabel *status, QProgressBar *busy, QPushButton *cancel);

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
