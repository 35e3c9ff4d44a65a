// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fieldspecform.h"

#include "ui/wizards/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

namespace {
using Kind = target::FieldSpec::Kind;

/// A JSON value as the settings hold it: text ("true"/"false" for a flag).
QString jsonText(const QJsonObject &object, const QString &key)
{
    target::TargetSettings s;
    s.values = object;
    return s.text(key);
}

/// Stands in for a saved secret that was not typed again, so that the type can check the other
/// fields; it never leaves this form (settings() holds no value: the saved one is kept).
const QByteArray KeptSecretStandIn(24, 'k');
} // namespace

FieldSpecForm::FieldSpecForm(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent), m_prefix(objectPrefix), m_form(new QFormLayout), m_fieldsHost(new QWidget)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Types such as SSH or e-mail have many fields: they scroll, the form keeps its size.
    auto *fieldsLayout = new QVBoxLayout(m_fieldsHost);
    fieldsLayout->setContentsMargins(0, 0, 8, 0);
    fieldsLayout->addLayout(m_form);
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(m_prefix + QStringLiteral("SettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_fieldsHost);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void FieldSpecForm::addFixedRow(QWidget *label, QWidget *field)
{
    m_form->insertRow(m_fixedRows++, label, field);
}

void FieldSpecForm::clear()
{
    while (m_form->rowCount() > m_fixedRows)
        m_form->removeRow(m_form->rowCount() - 1);
    m_fields.clear();
    m_specs.clear();
    m_defaults = {};
    m_check = {};
    m_savedSecrets.clear();
}

QJsonObject FieldSpecForm::defaultsFor(const QJsonObject &values) const
{
    QJsonObject defaults = m_defaults ? m_defaults(values) : QJsonObject();
    for (const auto &spec : m_specs) {
        if (!defaults.contains(spec.key) && !spec.defaultValue.isEmpty())
            defaults.insert(spec.key, spec.defaultValue);
    }
    return defaults;
}

void FieldSpecForm::build(const QList<target::FieldSpec> &fields, Defaults defaults, Check check,
                          const QJsonObject &saved, const QStringList &savedSecrets)
{
    m_filling = true;
    clear();
    m_specs = fields;
    m_defaults = std::move(defaults);
    m_check = std::move(check);
    m_savedSecrets = savedSecrets;
    const QJsonObject filledDefaults = defaultsFor(saved);
    for (const auto &spec : fields)
        addField(spec, filledDefaults, saved);
    m_filling = false;
}

void FieldSpecForm::addField(const target::FieldSpec &spec, const QJsonObject &defaults,
                             const QJsonObject &saved)
{
    Field field;
    field.spec = spec;
    field.filledDefault = jsonText(defaults, spec.key);
    field.filledValue = spec.kind == Kind::Secret  ? QString()
                        : saved.contains(spec.key) ? jsonText(saved, spec.key)
                                                   : field.filledDefault;
    auto *box = new QWidget(m_fieldsHost);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    QWidget *focus = nullptr;
    switch (spec.kind) {
    case Kind::Bool:
        field.check = new QCheckBox(spec.label, box);
        focus = field.check;
        boxLayout->addWidget(field.check);
        break;
    case Kind::Choice:
        field.combo = new QComboBox(box);
        for (const auto &choice : spec.choices)
            field.combo->addItem(choice, choice);
        focus = field.combo;
        boxLayout->addWidget(field.combo, 0, Qt::AlignLeft);
        break;
    default: {
        field.line = new QLineEdit(box);
        focus = field.line;
        if (spec.kind == Kind::Secret) {
            // Never echoed, never copied out.
            field.line->setEchoMode(QLineEdit::Password);
            field.line->setContextMenuPolicy(Qt::NoContextMenu);
            const bool kept = m_savedSecrets.contains(spec.key);
            field.line->setPlaceholderText(kept            ? tr("set; leave empty to keep it")
                                           : spec.required ? QString()
                                                           : tr("optional"));
        } else if (!spec.required) {
            field.line->setPlaceholderText(tr("optional"));
        }
        if (spec.kind == Kind::Port)
            field.line->setValidator(new QIntValidator(1, 65535, field.line));
        const auto browseTitle = tr("Choose: %1").arg(spec.label);
        if (spec.kind == Kind::Path)
            boxLayout->addWidget(pathRow(field.line, browseTitle, PathPick::AnyFile, box));
        else if (spec.kind == Kind::Folder)
            boxLayout->addWidget(pathRow(field.line, browseTitle, PathPick::Folder, box));
        else
            boxLayout->addWidget(field.line);
    }
    }
    focus->setObjectName(m_prefix + QStringLiteral("Field_") + spec.key);
    focus->setToolTip(spec.help);
    if (!spec.help.isEmpty()) {
        auto *help = new QLabel(spec.help, box);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        QFont small = help->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        help->setFont(small);
        boxLayout->addWidget(help);
    }
    field.error = problemLabel(box);
    field.error->setObjectName(m_prefix + QStringLiteral("FieldError_") + spec.key);
    field.error->hide();
    boxLayout->addWidget(field.error);
    setValue(field, field.filledValue);
    if (spec.kind == Kind::Bool)
        m_form->addRow(QString(), box);
    else
        m_form->addRow(buddyLabel(spec.label + u':', focus), box);
    m_fields.append(field);

    const QString key = spec.key;
    const auto changed = [this, key] {
        Field *f = findField(key);
        if (m_filling || !f)
            return;
        f->touched = true;
        if (f->spec.kind == Kind::Choice)
            applyDefaults();
        Q_EMIT edited();
    };
    if (field.line)
        connect(field.line, &QLineEdit::textChanged, this, changed);
    if (field.combo)
        connect(field.combo, &QComboBox::currentIndexChanged, this, changed);
    if (field.check)
        connect(field.check, &QCheckBox::toggled, this, changed);
}

QString FieldSpecForm::valueOf(const Field &field)
{
    if (field.check)
        return field.check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (field.combo)
        return field.combo->currentData().toString();
    return field.line->text().trimmed();
}

void FieldSpecForm::setValue(Field &field, const QString &value)
{
    if (field.check) {
        field.check->setChecked(value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    } else if (field.combo) {
        int index = field.combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            // A saved value this build does not offer: shown, so the type's check can name it.
            field.combo->addItem(value, value);
            index = field.combo->count() - 1;
        }
        field.combo->setCurrentIndex(std::max(0, index));
    } else {
        field.line->setText(value);
    }
}

FieldSpecForm::Field *FieldSpecForm::findField(const QString &key)
{
    for (auto &field : m_fields) {
        if (field.spec.key == key)
            return &field;
    }
    return nullptr;
}

const FieldSpecForm::Field *FieldSpecForm::findField(const QString &key) const
{
    for (const auto &field : m_fields) {
        if (field.spec.key == key)
            return &field;
    }
    return nullptr;
}

void FieldSpecForm::applyDefaults()
{
    const QJsonObject defaults = defaultsFor(plainValues());
    m_filling = true;
    for (auto &field : m_fields) {
        if (field.spec.kind == Kind::Secret || field.spec.kind == Kind::Choice)
            continue;
        const QString fresh = jsonText(defaults, field.spec.key);
        if (valueOf(field) == field.filledDefault && fresh != field.filledDefault)
            setValue(field, fresh);
        field.filledDefault = fresh;
    }
    m_filling = false;
}

QJsonObject FieldSpecForm::plainValues() const
{
    QJsonObject values;
    for (const auto &field : m_fields) {
        if (field.spec.kind != Kind::Secret)
            values.insert(field.spec.key, valueOf(field));
    }
    return values;
}

target::TargetSettings FieldSpecForm::settings() const
{
    target::TargetSettings s;
    s.values = plainValues();
    for (const auto &field : m_fields) {
        if (field.spec.kind == Kind::Secret && !field.line->text().isEmpty())
            s.secrets.insert_or_assign(field.spec.key, pki::SecureBytes(field.line->text().toUtf8()));
    }
    return s;
}

bool FieldSpecForm::changedSinceFilled() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field &field) {
        return field.spec.kind == Kind::Secret ? !field.line->text().isEmpty()
                                               : valueOf(field) != field.filledValue;
    });
}

QStringList FieldSpecForm::keptSecrets() const
{
    QStringList kept;
    for (const auto &field : m_fields) {
        if (field.spec.kind == Kind::Secret && field.line->text().isEmpty() &&
            m_savedSecrets.contains(field.spec.key))
            kept << field.spec.key;
    }
    return kept;
}

QWidget *FieldSpecForm::fieldEditor(const QString &key) const
{
    const Field *field = findField(key);
    if (!field)
        return nullptr;
    return field->line    ? static_cast<QWidget *>(field->line)
           : field->combo ? static_cast<QWidget *>(field->combo)
                          : static_cast<QWidget *>(field->check);
}

QLabel *FieldSpecForm::fieldError(const QString &key) const
{
    const Field *field = findField(key);
    return field ? field->error : nullptr;
}

void FieldSpecForm::showFieldError(Field &field, const QString &message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
}

FieldSpecForm::Validation FieldSpecForm::validate()
{
    for (auto &field : m_fields)
        showFieldError(field, QString());
    Validation result;
    if (!m_check) {
        result.ok = true;
        return result;
    }
    auto check = settings();
    const QStringList kept = keptSecrets();
    for (const auto &key : kept)
        check.secrets.insert_or_assign(key, pki::SecureBytes(KeptSecretStandIn));
    // The check stops at its first error. To show every bad field at once, each field it names is
    // given a known good value (its default) and the check runs again, once per field at most.
    const QJsonObject defaults = defaultsFor(plainValues());
    QStringList named;
    QStringList missing;
    result.ok = true;
    for (qsizetype round = 0; round <= m_fields.size(); ++round) {
        const Status checked = m_check(check);
        if (checked.ok())
            break;
        const QString message = checked.error().message;
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        Field *field = colon > 0 ? findField(message.left(colon)) : nullptr;
        if (!field || named.contains(field->spec.key)) {
            // A problem of no single field, or one the stand-in did not cure: shown only when it is
            // the first, as later ones may come from the stand-ins themselves.
            if (named.isEmpty()) {
                result.ok = false;
                result.problem = message;
                result.problemIsError = true;
            }
            break;
        }
        named << field->spec.key;
        if (kept.contains(field->spec.key))
            break; // about the stand-in: the saved secret passed when it was saved
        result.ok = false;
        // The reason as the type wrote it: it may start with the value itself (a path).
        if (field->touched || !valueOf(*field).isEmpty() || field->spec.kind == Kind::Secret)
            showFieldError(*field, message.mid(colon + 2));
        else
            missing << field->spec.label;
        if (field->spec.kind == Kind::Secret)
            check.secrets.insert_or_assign(field->spec.key, pki::SecureBytes(KeptSecretStandIn));
        else
            check.values.insert(field->spec.key, defaults.value(field->spec.key));
    }
    if (!missing.isEmpty() && result.problem.isEmpty())
        result.problem = tr("Fill in %1.").arg(missing.join(QStringLiteral(", ")));
    return result;
}

} // namespace certdesk::ui
