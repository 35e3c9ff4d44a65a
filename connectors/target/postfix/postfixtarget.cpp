// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/postfix/postfixtarget.h"

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QCoreApplication>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::postfix", text);
}

const QString ModeKey = QStringLiteral("mode");
const QString Postfix = QStringLiteral("postfix");
const QString Dovecot = QStringLiteral("dovecot");

/// The mode picks the service's folder and commands; chain_path is empty in both (the chain is
/// appended to the certificate file).
QJsonObject defaultsFor(const QJsonObject &values)
{
    const bool dovecot = values.value(ModeKey).toString() == Dovecot;
    const QString folder =
        dovecot ? QStringLiteral("/etc/dovecot/certs/") : QStringLiteral("/etc/postfix/certs/");
    return QJsonObject{
        {ModeKey, dovecot ? Dovecot : Postfix},
        {QStringLiteral("cert_path"), QString(folder + QStringLiteral("cert.pem"))},
        {QStringLiteral("key_path"), QString(folder + QStringLiteral("key.pem"))},
        {QStringLiteral("chain_path"), QString()},
        {QStringLiteral("reload_command"),
         dovecot ? QStringLiteral("doveadm reload") : QStringLiteral("postfix reload")},
        {QStringLiteral("validate_command"),
         dovecot ? QStringLiteral("doveconf -n") : QStringLiteral("postfix check")},
    };
}

} // namespace

TargetType postfixTargetType()
{
    TargetType type = pemFileTargetType(Postfix, tr("Postfix/Dovecot"),
                                        tr("Writes the certificate and key files for Postfix or Dovecot, "
                                           "checks the configuration and reloads "
                                           "the mail service."),
                                        &defaultsFor);
    FieldSpec mode = fileTargetField(ModeKey, tr("Service"), FieldSpec::Kind::Choice, defaultsFor({}),
                                     tr("postfix or dovecot; picks the default paths and commands."), true);
    mode.choices = {Postfix, Dovecot};
    type.fields.prepend(mode);
    type.create = [create = type.create, choices = mode.choices](
                      const TargetSettings &settings) -> Result<std::unique_ptr<Connector>> {
        const Result<QString> chosen =
            SettingsReader(settings, defaultsFor(settings.values)).choice(ModeKey, choices);
        if (!chosen)
            return chosen.error();
        return create(settings);
    };
    return type;
}

} // namespace certdesk::target
