// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/settingsreader.h"

#include "connectors/target/sdk/commandline.h"
#include "connectors/target/sdk/sandboxpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonValue>
#include <QRegularExpression>

#include <arpa/inet.h>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

const QString EndpointKey = QStringLiteral("endpoint");
const QString ServerNameKey = QStringLiteral("server_name");

bool isAddress(const QString &host, int family)
{
    unsigned char buffer[16];
    return ::inet_pton(family, host.toLatin1().constData(), buffer) == 1;
}

/// A DNS name (letters, digits, '-', '_', dots) or an IPv4 address.
bool isHostName(const QString &host)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
                       "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?$"));
    return isAddress(host, AF_INET) || (host.size() <= 253 && name.match(host).hasMatch());
}

} // namespace

SettingsReader::SettingsReader(const TargetSettings &settings, QJsonObject defaults)
    : m_settings(settings), m_defaults(std::move(defaults))
{}

Error SettingsReader::fieldError(const QString &key, const QString &reason)
{
    return Error{tr("%1: %2").arg(key, reason), {}, ErrorCode::InvalidInput};
}

QString SettingsReader::text(const QString &key) const
{
    const QJsonValue value = m_settings.values.value(key);
    if (value.isUndefined() || value.isNull()) {
        TargetSettings defaults;
        defaults.values = m_defaults;
        return defaults.text(key).trimmed();
    }
    return m_settings.text(key).trimmed();
}

Result<QString> SettingsReader::path(const QString &key, bool required) const
{
    const QString value = text(key);
    if (value.isEmpty()) {
        if (required)
            return fieldError(key, tr("a path is required."));
        return QString();
    }
    QString reason;
    const QString cleaned = detail::normalisedPath(value, &reason);
    if (cleaned.isEmpty())
        return fieldError(
            key,
            tr("%1 cannot be used: %2; give an absolute path such as /etc/ssl/site.pem.").arg(value, reason));
    return cleaned;
}

Result<QString> SettingsReader::fileName(const QString &key, bool required) const
{
    const QString value = text(key);
    if (value.isEmpty()) {
        if (required)
            return fieldError(key, tr("a file name is required."));
        return QString();
    }
    if (value.contains(u'/') || value.contains(u'\\') || value.contains(QChar(0)) ||
        value == QLatin1String(".") || value == QLatin1String(".."))
        return fieldError(
            key, tr("%1 is not a file name; give a name without folders, such as site.pem.").arg(value));
    return value;
}

Result<QString> SettingsReader::fileInFolder(const QString &folder, const QString &key, bool required) const
{
    Result<QString> name = fileName(key, required);
    if (!name || name->isEmpty())
        return name;
    return QDir::cleanPath(folder + u'/' + name.value());
}

Result<QStringList> SettingsReader::command(const QString &key) const
{
    Result<QStringList> argv = parseCommandLine(text(key));
    if (!argv)
        return fieldError(key, argv.error().message);
    return argv;
}

Result<bool> SettingsReader::flag(const QString &key) const
{
    const QString value = text(key).toLower();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false") || value.isEmpty())
        return false;
    return fieldError(key, tr("%1 is neither true nor false.").arg(value));
}

Result<QString> SettingsReader::choice(const QString &key, const QStringList &choices) const
{
    const QString value = text(key);
    if (!choices.contains(value))
        return fieldError(key, tr("\"%1\" is not one of %2.").arg(value, choices.join(QStringLiteral(", "))));
    return value;
}

Result<std::optional<Endpoint>> SettingsReader::endpoint() const
{
    const QString value = text(EndpointKey);
    const QString serverName = text(ServerNameKey);
    if (value.isEmpty()) {
        if (!serverName.isEmpty())
            return fieldError(ServerNameKey,
                              tr("a server name is only used with an endpoint; set endpoint too."));
        return std::optional<Endpoint>();
    }
    const QString example = tr("give host:port, such as www.example.org:443 or [2001:db8::1]:443.");
    QString host;
    QString port;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(QLatin1String("]:"));
        if (close < 0)
            return fieldError(EndpointKey, tr("%1 has no port; %2").arg(value, example));
        host = value.mid(1, close - 1);
        port = value.mid(close + 2);
        if (!isAddress(host, AF_INET6))
            return fieldError(EndpointKey, tr("%1 is not an IPv6 address; %2").arg(host, example));
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon <= 0)
            return fieldError(EndpointKey, tr("%1 has no port; %2").arg(value, example));
        host = value.left(colon);
        port = value.mid(colon + 1);
        if (!isHostName(host) || host.contains(u':'))
            return fieldError(EndpointKey, tr("%1 is not a host name or address; %2").arg(host, example));
    }
    bool numeric = false;
    const uint number = port.toUInt(&numeric);
    if (!numeric || number == 0 || number > 65535)
        return fieldError(EndpointKey, tr("%1 is not a port from 1 to 65535.").arg(port));
    if (!serverName.isEmpty() && (!isHostName(serverName) || isAddress(serverName, AF_INET)))
        return fieldError(ServerNameKey, tr("%1 is not a DNS name.").arg(serverName));
    return std::optional<Endpoint>(Endpoint{host, quint16(number), serverName});
}

QList<FieldSpec> endpointFields()
{
    FieldSpec endpoint;
    endpoint.key = EndpointKey;
    endpoint.label = tr("TLS endpoint");
    endpoint.kind = FieldSpec::Kind::Text;
    endpoint.help = tr("host:port where the server presents this certificate; when set, each deployment is "
                       "verified by a TLS handshake.");
    FieldSpec serverName;
    serverName.key = ServerNameKey;
    serverName.label = tr("Server name (SNI)");
    serverName.kind = FieldSpec::Kind::Host;
    serverName.help = tr("The name sent in the handshake to pick this site's certificate; empty: none.");
    return {endpoint, serverName};
}

} // namespace certdesk::target
