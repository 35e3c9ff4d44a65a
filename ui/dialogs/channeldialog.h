// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/notificationservice.h"
#include "ui/alertcontroller.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk::ui {

class AlertTestView;
class ErrorPanel;
class FieldSpecForm;

/// Adds or changes an alert channel: its type (fixed when changing), its name, the type's fields
/// (a FieldSpecForm, checked by the type's create() as they are typed, each error under its field;
/// secrets as password fields, left empty when changing to keep them), what it receives and
/// whether it is enabled, and Send test with the settings as they stand (when changing, with the
/// saved secrets that were not typed again, unsealed by the service on a worker thread). OK stays
/// disabled while a field is wrong; it saves through the AlertController and closes once saved,
/// while a refusal stays in the dialog.
class ChannelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelDialog)

public:
    /// A new channel; `takenNames` are refused inline.
    ChannelDialog(AlertController *controller, const QStringList &takenNames, QWidget *parent = nullptr);
    /// Changes the saved channel `existing`.
    ChannelDialog(AlertController *controller, const core::ChannelRecord &existing,
                  QWidget *parent = nullptr);
    ~ChannelDialog() override;

    /// Picks the type of a new channel by name ("webhook").
    void selectType(const QString &type);
    QString channelType() const;
    QString channelName() const;

    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    FieldSpecForm *form() const { return m_form; }
    QCheckBox *alertsCheck() const { return m_alerts; }
    QCheckBox *digestCheck() const { return m_digest; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *testButton() const { return m_test; }
    AlertTestView *testView() const { return m_testView; }
    /// What keeps OK disabled, when it names no field.
    QLabel *problemLabel() const { return m_problem; }
    /// Why the last save was refused.
    ErrorPanel *saveError() const { return m_saveError; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// The channel is saved; the dialog closes right after.
    void saved(const QString &name);

private:
    void setUp();
    void buildForm();
    void revalidate();
    void sendTest();
    /// The saved secrets that Send test of changed settings takes from the inventory.
    QStringList keptSecretsTested() const;
    void updateOptions();
    core::ChannelOptions options() const;

    AlertController *m_controller;
    std::optional<core::ChannelRecord> m_existing;
    QStringList m_taken;
    QComboBox *m_type;
    QLabel *m_description;
    QLineEdit *m_name;
    QLabel *m_nameError;
    FieldSpecForm *m_form;
    QCheckBox *m_alerts;
    QCheckBox *m_digest;
    QCheckBox *m_enabled;
    QPushButton *m_test;
    AlertTestView *m_testView;
    QLabel *m_problem;
    ErrorPanel *m_saveError;
    QPushButton *m_ok;
    TestCancel m_running;
    bool m_valid = false;
    bool m_saving = false;
    bool m_nameTouched = false;
};

} // namespace certdesk::ui
