// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/channelsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <arpa/inet.h>

#include <cstring>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString CaBundleKey = QStringLiteral("ca_bundle");
const QString TimeoutKey = QStringLiteral("timeout_seconds");

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    unsigned char address[16];
    if (::inet_pton(AF_INET6, host.toLatin1().constData(), address) == 1) {
        static constexpr unsigned char loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return std::memcmp(address, loopback, sizeof loopback) == 0;
    }
    return ::inet_pton(AF_INET, host.toLatin1().constData(), address) == 1 && address[0] == 127;
}

target::FieldSpec makeField(const QString &key, const QString &label, target::FieldSpec::Kind kind,
                            const QString &help, bool required, const QString &defaultValue,
                            const QStringList &choices)
{
    target::FieldSpec field;
    field.key = key;
    field.label = label;
    field.kind = kind;
    field.help = help;
    field.required = required;
    field.defaultValue = defaultValue;
    field.choices = choices;
    return field;
}

QList<target::FieldSpec> connectionFields(int defaultTimeoutSeconds)
{
    using Kind = target::FieldSpec::Kind;
    return {
        makeField(CaBundleKey, tr("CA bundle"), Kind::Path,
                  tr("A PEM file of CA certificates to trust instead of the system's, for a receiver with a "
                     "private CA; empty: the system's trust store.")),
        makeField(TimeoutKey, tr("Timeout (seconds)"), Kind::Number,
                  tr("How long to wait for the server's answer before the alert is retried later."), false,
                  QString::number(defaultTimeoutSeconds)),
    };
}

Result<int> readNumber(const target::SettingsReader &reader, const QString &key, int minimum, int maximum)
{
    const QString value = reader.text(key);
    bool numeric = false;
    const int number = value.toInt(&numeric);
    if (!numeric || number < minimum || number > maximum)
        return target::SettingsReader::fieldError(
            key, tr("\"%1\" is not a whole number from %2 to %3.").arg(value).arg(minimum).arg(maximum));
    return number;
}

Result<ConnectionOptions> readConnectionOptions(const target::SettingsReader &reader)
{
    ConnectionOptions options;
    Result<QString> caBundle = reader.path(CaBundleKey, false);
    if (!caBundle)
        return caBundle.error();
    options.caBundlePath = *caBundle;
    const Result<int> timeout = readNumber(reader, TimeoutKey, 1, 600);
    if (!timeout)
        return timeout.error();
    options.timeoutSeconds = *timeout;
    return options;
}

Status checkUrl(const QString &key, const QString &url, UrlRule rule)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
        url.contains(u' ') || url.contains(u'\n') || url.contains(u'\r'))
        return target::SettingsReader::fieldError(
            key, tr("the value is not an http:// or https:// URL; copy the whole address from the service."));
    if (!parsed.userInfo().isEmpty())
        return target::SettingsReader::fieldError(key, tr("the URL must not hold a user name or password."));
    if (rule == UrlRule::HttpsUnlessLoopback && scheme == u"http" && !isLoopbackHost(parsed.host()))
        return target::SettingsReader::fieldError(
            key,
            tr("%1 uses plain http; use https so the key is not sent in clear text.").arg(redactUrl(url)));
    return {};
}

Result<pki::SecureBytes> requiredSecret(const ChannelSettings &settings, const QString &key,
                                        const QString &whatToDo)
{
    const pki::SecureBytes *secret = settings.secret(key);
    if (!secret || secret->bytes().trimmed().isEmpty())
        return target::SettingsReader::fieldError(key, whatToDo);
    return pki::SecureBytes(secret->bytes().trimmed());
}

Result<pki::SecureBytes> requiredToken(const ChannelSettings &settings, const QString &key,
                                       const QString &whatToDo)
{
    Result<pki::SecureBytes> token = requiredSecret(settings, key, whatToDo);
    if (!token)
        return token;
    for (const char c : token->bytes()) {
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '\'' || c == 0x7f)
            return target::SettingsReader::fieldError(
                key, tr("the value holds spaces, quotes or control characters; copy the key again."));
    }
    return token;
}

Result<pki::SecureBytes> requiredSecretUrl(const ChannelSettings &settings, const QString &key,
                                           const QString &whatToDo)
{
    Result<pki::SecureBytes> url = requiredSecret(settings, key, whatToDo);
    if (!url)
        return url;
    if (const Status checked = checkUrl(key, QString::fromUtf8(url->bytes()), UrlRule::HttpsUnlessLoopback);
        !checked)
        return checked.error();
    return url;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList items;
    for (const QString &item : text.split(separators)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace certdesk::notifier
