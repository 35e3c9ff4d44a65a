// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/javakeystore/keytool.h"

#include "connectors/pki/certificateparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk::target::javakeystore {
namespace {

// The names of the variables that carry the passwords (keytool's -storepass:env VAR).
const QString StorePassVariable = QStringLiteral("CERTDESK_KEYSTORE_PASS");

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::javakeystore", text);
}

/// keytool with English messages (they are parsed below) and `arguments`; the password in the
/// environment.
Result<ExecResult> runKeytool(Sandbox &sandbox, const QString &keytool, const QStringList &arguments,
                              const pki::SecureBytes &password)
{
    ExecRequest request;
    request.argv =
        QStringList{keytool, QStringLiteral("-J-Duser.language=en"), QStringLiteral("-J-Duser.country=US")} +
        arguments;
    request.extraEnvironment = {{StorePassVariable, QString::fromUtf8(password.bytes())}};
    request.timeout = std::chrono::seconds(120);
    return sandbox.exec(request);
}

bool saysWrongPassword(const QString &output)
{
    return output.contains(QLatin1String("password was incorrect")) ||
           output.contains(QLatin1String("keystore password was incorrect"));
}

Error keytoolFailed(const QString &what, const ExecResult &result)
{
    if (saysWrongPassword(result.output))
        return Error{
            tr("The keystore password is wrong: it does not open the keystore. Nothing was changed."),
            {},
            ErrorCode::WrongPassword};
    if (result.timedOut)
        return Error{tr("keytool did not finish %1 in time.").arg(what), result.output.trimmed()};
    return Error{tr("keytool failed %1 (exit code %2).").arg(what).arg(result.exitCode),
                 result.output.trimmed()};
}

QStringList storeArguments(const QString &keystore)
{
    return {QStringLiteral("-keystore"),      keystore,
            QStringLiteral("-storetype"),     QStringLiteral("JKS"),
            QStringLiteral("-storepass:env"), StorePassVariable};
}

} // namespace

Result<QString> jksAliasSha256(Sandbox &sandbox, const QString &keytool, const QString &keystore,
                               const pki::SecureBytes &password, const QString &alias)
{
    const Result<ExecResult> ran = runKeytool(
        sandbox, keytool,
        QStringList{QStringLiteral("-exportcert"), QStringLiteral("-rfc"), QStringLiteral("-alias"), alias} +
            storeArguments(keystore),
        password);
    if (!ran)
        return ran.error();
    if (!ran->succeeded()) {
        if (ran->output.contains(QStringLiteral("Alias <%1> does not exist").arg(alias), Qt::CaseInsensitive))
            return QString();
        return keytoolFailed(tr("reading the keystore"), *ran);
    }
    const Result<pki::ParsedContainer> parsed = pki::parseContainer(ran->output.toUtf8());
    if (!parsed || parsed->certificates.isEmpty())
        return Error{tr("keytool printed no certificate for the alias %1.").arg(alias),
                     ran->output.trimmed()};
    return parsed->certificates.first().sha256;
}

Status jksImport(Sandbox &sandbox, const QString &keytool, const QString &source, const QString &destination,
                 const pki::SecureBytes &password, const QString &alias)
{
    const QStringList arguments{
        QStringLiteral("-importkeystore"),    QStringLiteral("-noprompt"),
        QStringLiteral("-srckeystore"),       source,
        QStringLiteral("-srcstoretype"),      QStringLiteral("PKCS12"),
        QStringLiteral("-srcstorepass:env"),  StorePassVariable,
        QStringLiteral("-srcalias"),          alias,
        QStringLiteral("-destkeystore"),      destination,
        QStringLiteral("-deststoretype"),     QStringLiteral("JKS"),
        QStringLiteral("-deststorepass:env"), StorePassVariable,
        QStringLiteral("-destalias"),         alias,
    };
    const Result<ExecResult> ran = runKeytool(sandbox, keytool, arguments, password);
    if (!ran)
        return ran.error();
    if (!ran->succeeded())
        return keytoolFailed(tr("importing the certificate into the keystore"), *ran);
    return {};
}

Result<int> jksEntryCount(Sandbox &sandbox, const QString &keytool, const QString &keystore,
                          const pki::SecureBytes &password)
{
    const Result<ExecResult> ran = runKeytool(
        sandbox, keytool, QStringList{QStringLiteral("-list")} + storeArguments(keystore), password);
    if (!ran)
        return ran.error();
    if (!ran->succeeded())
        return keytoolFailed(tr("reading the keystore"), *ran);
    static const QRegularExpression count(QStringLiteral("Your keystore contains (\\d+) entr"));
    const QRegularExpressionMatch match = count.match(ran->output);
    if (!match.hasMatch())
        return Error{tr("keytool's list of the keystore could not be read."), ran->output.trimmed()};
    return match.captured(1).toInt();
}

} // namespace certdesk::target::javakeystore
