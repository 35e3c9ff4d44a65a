// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/javakeystore/javakeystoretarget.h"

#include "connectors/target/javakeystore/javakeystoreconnector.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk::target {
namespace {

const QString PathKey = QStringLiteral("keystore_path");
const QString PasswordKey = QStringLiteral("keystore_password");
const QString TypeKey = QStringLiteral("keystore_type");
const QString AliasKey = QStringLiteral("alias");
const QString ReloadKey = QStringLiteral("reload_command");
const QString CreateKey = QStringLiteral("create_keystore");
const QString KeytoolKey = QStringLiteral("keytool_path");
const QString Pkcs12 = QStringLiteral("PKCS12");
const QString Jks = QStringLiteral("JKS");

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::javakeystore", text);
}

QJsonObject defaults(const QJsonObject &)
{
    return QJsonObject{
        {PathKey, QString()},
        {TypeKey, Pkcs12},
        {AliasKey, QStringLiteral("server")},
        {ReloadKey, QString()},
        {CreateKey, QStringLiteral("true")},
        {KeytoolKey, QStringLiteral("keytool")},
    };
}

Result<std::unique_ptr<Connector>> create(const TargetSettings &settings)
{
    const SettingsReader reader(settings, defaults(settings.values));
    javakeystore::KeystoreSettings checked;
    Result<QString> path = reader.path(PathKey, true);
    if (!path)
        return path.error();
    checked.keystorePath = *path;
    const pki::SecureBytes *password = settings.secret(PasswordKey);
    if (!password || password->isEmpty())
        return SettingsReader::fieldError(PasswordKey,
                                          tr("the keystore password is required (Java's default is "
                                             "changeit; use the one the server's configuration names)."));
    checked.password = password->clone();
    Result<QString> type = reader.choice(TypeKey, {Pkcs12, Jks});
    if (!type)
        return type.error();
    checked.jks = *type == Jks;
    checked.alias = reader.text(AliasKey);
    static const QRegularExpression aliasPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!aliasPattern.match(checked.alias).hasMatch())
        return SettingsReader::fieldError(AliasKey,
                                          tr("\"%1\" is not an alias CertDesk writes: use 1 to 64 letters, "
                                             "digits, hyphens or underscores, such as server.")
                                              .arg(checked.alias));
    Result<QStringList> reload = reader.command(ReloadKey);
    if (!reload)
        return reload.error();
    checked.reloadCommand = *reload;
    Result<bool> createKeystore = reader.flag(CreateKey);
    if (!createKeystore)
        return createKeystore.error();
    checked.createKeystore = *createKeystore;
    checked.keytool = reader.text(KeytoolKey);
    if (checked.keytool.isEmpty())
        checked.keytool = QStringLiteral("keytool");
    if (checked.keytool.contains(u'/')) {
        Result<QString> keytool = reader.path(KeytoolKey, true);
        if (!keytool)
            return keytool.error();
        checked.keytool = *keytool;
    } else if (checked.keytool.contains(u' ')) {
        return SettingsReader::fieldError(KeytoolKey,
                                          tr("give the program's absolute path or its name alone, "
                                             "without arguments."));
    }
    Result<std::optional<Endpoint>> endpoint = reader.endpoint();
    if (!endpoint)
        return endpoint.error();
    checked.endpoint = *endpoint;
    return std::unique_ptr<Connector>(std::make_unique<javakeystore::Connector>(std::move(checked)));
}

} // namespace

TargetType javaKeystoreTargetType()
{
    const QJsonObject initial = defaults({});
    FieldSpec password;
    password.key = PasswordKey;
    password.label = tr("Keystore password");
    password.kind = FieldSpec::Kind::Secret;
    password.required = true;
    password.help = tr("Opens the keystore and protects the key entry; kept in the secret store.");
    FieldSpec type = fileTargetField(
        TypeKey, tr("Keystore type"), FieldSpec::Kind::Choice, initial,
        tr("PKCS12 is written by CertDesk itself; JKS needs keytool (a Java runtime)."), true);
    type.choices = {Pkcs12, Jks};

    TargetType target;
    target.name = QStringLiteral("javakeystore");
    target.displayName = tr("Java keystore");
    target.description =
        tr("Puts the certificate and key under an alias of a PKCS#12 or JKS keystore for Tomcat, "
           "Jetty, Kafka or Elasticsearch, keeping its other entries.");
    target.fields = {
        fileTargetField(PathKey, tr("Keystore file"), FieldSpec::Kind::Path, initial,
                        tr("The keystore the Java server reads, e.g. /opt/tomcat/conf/keystore.p12."), true),
        password,
        type,
        fileTargetField(AliasKey, tr("Alias"), FieldSpec::Kind::Text, initial,
                        tr("The key entry's name in the keystore (letters, digits, - and _)."), true),
        fileTargetField(
            ReloadKey, tr("Reload command"), FieldSpec::Kind::Command, initial,
            tr("Run after the keystore changed, without a shell; when it fails, the previous keystore "
               "is put back. Empty: none.")),
        fileTargetField(CreateKey, tr("Create the keystore"), FieldSpec::Kind::Bool, initial,
                        tr("Create the keystore when it does not exist yet.")),
        fileTargetField(KeytoolKey, tr("keytool"), FieldSpec::Kind::Text, initial,
                        tr("JKS only: keytool's absolute path, or its name on PATH.")),
    };
    target.fields += endpointFields();
    target.defaults = &defaults;
    target.create = &create;
    return target;
}

} // namespace certdesk::target
