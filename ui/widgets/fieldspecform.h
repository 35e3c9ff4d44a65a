// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace certdesk::ui {

/// A settings form generated from `target::FieldSpec`s, shared by the deployment target wizard and
/// the alert channel dialog: a line edit with a Browse button for paths and folders, a password
/// field for secrets, a combo box for choices and a check box for flags, each filled with its
/// default (a choice may change the defaults of the fields still at theirs). validate() runs the
/// type's check (its create(), which does no I/O) and shows the error under the field it names
/// (the types' errors start with the field's key). Editing: the saved values are filled in and a
/// secret left empty keeps its saved value. The fields scroll; the form keeps its size.
class FieldSpecForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldSpecForm)

public:
    /// The defaults for the values as they stand.
    using Defaults = std::function<QJsonObject(const QJsonObject &values)>;
    /// The type's own check of complete settings; an Error whose message starts with "key: ".
    using Check = std::function<Status(const target::TargetSettings &settings)>;

    /// The outcome of validate().
    struct Validation
    {
        bool ok = false;
        /// What names no field, or which field is still to be filled in; empty when there is none.
        QString problem;
        bool problemIsError = false; ///< an error (red) rather than a hint of what is missing
    };

    /// Editors are named `<objectPrefix>Field_<key>`, their error labels
    /// `<objectPrefix>FieldError_<key>` and the scroll area `<objectPrefix>SettingsScroll`.
    explicit FieldSpecForm(const QString &objectPrefix, QWidget *parent = nullptr);

    /// Adds a row (such as a name) that stays above the generated fields.
    void addFixedRow(QWidget *label, QWidget *field);
    /// Generates the fields. `saved`: the saved values (empty for a new object); `savedSecrets`: the
    /// secret fields that have a saved value. A null `defaults` takes each field's defaultValue.
    void build(const QList<target::FieldSpec> &fields, Defaults defaults, Check check,
               const QJsonObject &saved = {}, const QStringList &savedSecrets = {});
    /// Removes the generated fields (the fixed rows stay).
    void clear();

    /// The plain values (every field, "" included: an emptied optional field is switched off, not
    /// defaulted again) and the secrets typed in (a secret left empty is absent).
    target::TargetSettings settings() const;
    /// Whether a value differs from what the form was filled with.
    bool changedSinceFilled() const;
    /// The saved secrets that were not typed again (kept as they are).
    QStringList keptSecrets() const;
    /// Runs the check on the values as they stand (saved secrets not typed again pass as set) and
    /// shows its error under the field it names; a field the user has not touched yet gets a hint
    /// instead of an error.
    Validation validate();

    /// The editor of field `key` (QLineEdit, QComboBox or QCheckBox); nullptr when there is none.
    QWidget *fieldEditor(const QString &key) const;
    /// The inline error of field `key`.
    QLabel *fieldError(const QString &key) const;

Q_SIGNALS:
    /// The user changed a field (a choice's new defaults are applied before).
    void edited();

private:
    struct Field
    {
        target::FieldSpec spec;
        QLineEdit *line = nullptr;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr;
        QLabel *error = nullptr;
        QString filledDefault; ///< the default it holds until the user changes it
        QString filledValue;   ///< what the form was filled with
        bool touched = false;  ///< the user changed it
    };

    QJsonObject defaultsFor(const QJsonObject &values) const;
    QJsonObject plainValues() const;
    void addField(const target::FieldSpec &spec, const QJsonObject &defaults, const QJsonObject &saved);
    static QString valueOf(const Field &field);
    static void setValue(Field &field, const QString &value);
    Field *findField(const QString &key);
    const Field *findField(const QString &key) const;
    /// A choice changed: fields still at their default get the new defaults.
    void applyDefaults();
    static void showFieldError(Field &field, const QString &message);

    QString m_prefix;
    QFormLayout *m_form;
    QWidget *m_fieldsHost; ///< holds the form, inside the scroll area
    int m_fixedRows = 0;
    QList<target::FieldSpec> m_specs;
    Defaults m_defaults;
    Check m_check;
    QStringList m_savedSecrets;
    QList<Field> m_fields;
    bool m_filling = false;
};

} // namespace certdesk::ui
