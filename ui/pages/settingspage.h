// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace certdesk::ui {

/// Preferences: interface language, the "expiring" highlight window (a preference of this console;
/// the warning windows of alerts and notifications are the inventory's, on the Alerts page), minimise to
/// tray, which database the console uses (embedded SQLite file or a shared PostgreSQL server), where the data
/// key comes from, and the way to the alert channels (the Alerts page).
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    /// Shows the database in use and where its data key comes from.
    void setCurrentDatabase(const QString &displayName, const QString &keySource);
    /// Re-enables the Open button after an attempt finished.
    void databaseOpenFinished();

Q_SIGNALS:
    void expiringDaysChanged(int days);
    void minimiseToTrayChanged(bool on);
    /// The user asked to switch databases: exactly one of the two is non-empty.
    void databaseRequested(const QString &sqlitePath, const QString &postgresUrl);
    /// The user asked for the alert channels, rules and digest (the Alerts page).
    void alertsRequested();

private:
    void requestDatabase();
    void updateDatabaseFields();

    QComboBox *m_language;
    QSpinBox *m_expiringDays;
    QCheckBox *m_minimiseToTray;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_postgresUrl;
    QPushButton *m_open;
    QLabel *m_current;
    QLabel *m_keySource;
};

} // namespace certdesk::ui
