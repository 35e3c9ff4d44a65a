// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/webhookchannel.h"

#include "connectors/notifier/alertfields.h"
#include "connectors/notifier/channelsettings.h"
#include "connectors/notifier/servicereply.h"
#include "connectors/pki/hmac.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString UrlKey = QStringLiteral("url");
const QString SecretKey = QStringLiteral("secret");

class WebhookChannel final : public Channel
{
public:
    WebhookChannel(QString url, std::optional<pki::SecureBytes> secret, ConnectionOptions options)
        : m_url(std::move(url)), m_secret(std::move(secret)), m_options(std::move(options))
    {}

    QString type() const override { return QStringLiteral("webhook"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        const QString deliveryId = deliveryIdFor(message);
        HttpPost post;
        post.url = m_url;
        post.body = QJsonDocument(alertJson(message, deliveryId, QDateTime::currentDateTimeUtc()))
                        .toJson(QJsonDocument::Compact);
        post.headers = {
            "Content-Type: application/json",
            "Accept: application/json, text/plain, */*",
            "X-CertDesk-Event: " + alertEventName(message.kind).toLatin1(),
            "X-CertDesk-Delivery: " + deliveryId.toUtf8(),
        };
        if (m_secret) {
            const QString signature = pki::hmacSha256Hex(*m_secret, post.body);
            if (signature.isEmpty())
                return DeliveryResult::failure(
                    Error{tr("The webhook body could not be signed (OpenSSL failed).")}, true);
            post.headers.append("X-CertDesk-Signature: sha256=" + signature.toLatin1());
            post.secrets.append(m_secret->bytes());
        }
        return postToService(post, m_options, cancelled,
                             ServiceReply{tr("The webhook receiver"), {}, {}, {}});
    }

private:
    QString m_url;
    std::optional<pki::SecureBytes> m_secret;
    ConnectionOptions m_options;
};

Result<std::unique_ptr<Channel>> createWebhook(const ChannelSettings &settings, const QJsonObject &defaults)
{
    const target::SettingsReader reader(settings, defaults);
    const QString url = reader.text(UrlKey);
    if (url.isEmpty())
        return target::SettingsReader::fieldError(UrlKey, tr("the receiver's URL is required."));
    if (const Status checked = checkUrl(UrlKey, url, UrlRule::HttpOrHttps); !checked)
        return checked.error();
    Result<ConnectionOptions> options = readConnectionOptions(reader);
    if (!options)
        return options.error();
    std::optional<pki::SecureBytes> secret;
    if (const pki::SecureBytes *given = settings.secret(SecretKey); given && !given->isEmpty())
        secret = given->clone();
    return std::unique_ptr<Channel>(new WebhookChannel(url, std::move(secret), std::move(*options)));
}

} // namespace

ChannelType webhookChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("webhook");
    type.displayName = tr("Webhook");
    type.description = tr("POSTs each alert as JSON to a URL, signed with HMAC-SHA256 when a secret is set.");
    type.fields = {
        makeField(UrlKey, tr("URL"), Kind::Text, tr("The receiver's http:// or https:// address."), true),
        makeField(SecretKey, tr("Signing secret"), Kind::Secret,
                  tr("Shared secret for the X-CertDesk-Signature header (sha256=HMAC of the body); empty: "
                     "unsigned.")),
    };
    type.fields += connectionFields();
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createWebhook(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
