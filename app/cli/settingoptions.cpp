// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/settingoptions.h"

#include <QFile>

#include <algorithm>

namespace certdesk::cli {

namespace {

bool isSecretField(const QList<target::FieldSpec> &fields, const QString &key)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&key](const target::FieldSpec &field) {
        return field.key == key && field.kind == target::FieldSpec::Kind::Secret;
    });
}

/// A secret from a file: the whole file, without the final line break when it is a single line
/// (a password), unchanged otherwise (a key).
Result<pki::SecureBytes> readSecret(const QString &field, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 for %2 cannot be read.").arg(path, field), file.errorString(),
                     ErrorCode::InvalidInput};
    constexpr qint64 MaxSecretBytes = 1 << 20;
    if (file.size() > MaxSecretBytes)
        return Error{tr("The file %1 for %2 is larger than 1 MiB; it holds no secret.").arg(path, field),
                     {},
                     ErrorCode::InvalidInput};
    pki::SecureBytes secret(file.readAll());
    const QByteArray &bytes = secret.bytes();
    qsizetype end = bytes.size();
    while (end > 0 && (bytes.at(end - 1) == '\n' || bytes.at(end - 1) == '\r'))
        --end;
    if (!QByteArrayView(bytes).first(end).contains('\n') && end != bytes.size())
        secret = pki::SecureBytes(QByteArray(bytes.constData(), end));
    if (secret.isEmpty())
        return Error{tr("The file %1 for %2 is empty.").arg(path, field), {}, ErrorCode::InvalidInput};
    return secret;
}

} // namespace

QString secretFileSuffix()
{
    return QStringLiteral("_file");
}

Result<target::TargetSettings> readSettingOptions(const QList<target::FieldSpec> &fields,
                                                  const QStringList &assignments)
{
    const QString suffix = secretFileSuffix();
    target::TargetSettings settings;
    for (const auto &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        const QString key = assignment.left(eq).trimmed();
        if (eq <= 0 || key.isEmpty())
            return Error{
                tr("--set takes key=value, not \"%1\".").arg(assignment), {}, ErrorCode::InvalidInput};
        const QString value = assignment.mid(eq + 1);
        if (isSecretField(fields, key))
            return Error{
                tr("%1 is a secret and is never given on the command line, where other users can see "
                   "it. Put it in a file only you can read and give --set %1%2=PATH.")
                    .arg(key, suffix),
                {},
                ErrorCode::InvalidInput};
        const QString field = key.chopped(qMin(key.size(), suffix.size()));
        if (key.endsWith(suffix) && isSecretField(fields, field)) {
            auto secret = readSecret(field, value);
            if (!secret)
                return secret.error();
            settings.secrets.insert_or_assign(field, std::move(secret).value());
        } else {
            settings.values.insert(key, value);
        }
    }
    return settings;
}

NamedSettingsOptions::NamedSettingsOptions(const QString &nameHelp)
    : name(QStringLiteral("name"), nameHelp, QStringLiteral("N")),
      set(QStringLiteral("set"), tr("A setting, key=value (repeatable); a secret as <field>_file=PATH."),
          QStringLiteral("KEY=VALUE"))
{}

std::optional<int>
NamedSettingsOptions::read(CommandContext &ctx, const CommandParser &p, const QString &typeMessage,
                           const std::function<QList<target::FieldSpec>(const QString &type)> &fieldsOf,
                           target::TargetSettings &settings) const
{
    if (auto code = oneArgument(ctx, p, typeMessage))
        return code;
    if (!p.isSet(name))
        return ctx.usage(tr("--name is required."));
    auto read = readSettingOptions(fieldsOf(p.positional().constFirst()), p.values(set));
    if (!read)
        return ctx.usage(read.error().fullText());
    settings = std::move(*read);
    return std::nullopt;
}

QJsonArray describeFields(const QList<target::FieldSpec> &fields, const QJsonObject &defaults,
                          QTextStream *text)
{
    QJsonArray out;
    for (const auto &field : fields) {
        const bool secret = field.kind == target::FieldSpec::Kind::Secret;
        const QString key = secret ? field.key + secretFileSuffix() : field.key;
        const QString fallback = defaults.value(field.key).toString(field.defaultValue);
        out.append(QJsonObject{{QStringLiteral("key"), field.key},
                               {QStringLiteral("label"), field.label},
                               {QStringLiteral("required"), field.required},
                               {QStringLiteral("secret"), secret},
                               {QStringLiteral("default"), fallback},
                               {QStringLiteral("help"), field.help}});
        if (text)
            *text << QStringLiteral("    %1  %2%3%4\n")
                         .arg(key.leftJustified(24), field.help,
                              field.required ? tr(" (required)") : QString(),
                              fallback.isEmpty() ? QString() : tr(" [default: %1]").arg(fallback));
    }
    return out;
}

} // namespace certdesk::cli
