// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/slackchannel.h"

#include "connectors/notifier/alertfields.h"
#include "connectors/notifier/channelsettings.h"
#include "connectors/notifier/servicereply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString WebhookUrlKey = QStringLiteral("webhook_url");
const QString ChannelKey = QStringLiteral("channel");
const QString UsernameKey = QStringLiteral("username");
const QString IconKey = QStringLiteral("icon_emoji");

// Slack's documented limits for Block Kit.
constexpr int HeaderLimit = 150;
constexpr int SectionLimit = 3000;
constexpr int FieldLimit = 2000;
constexpr int MaxFields = 10;

/// Slack's mrkdwn and plain text treat &, < and > as control characters.
QString slackEscaped(QString text)
{
    return text.replace(u'&', QLatin1String("&amp;"))
        .replace(u'<', QLatin1String("&lt;"))
        .replace(u'>', QLatin1String("&gt;"));
}

QJsonObject textObject(const QString &type, const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("text"), text}};
}

QJsonObject slackBody(const AlertMessage &message)
{
    QJsonArray blocks;
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                              {QStringLiteral("text"), textObject(QStringLiteral("plain_text"),
                                                                  truncated(message.subject, HeaderLimit))}});
    if (!message.text.isEmpty())
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"),
             textObject(QStringLiteral("mrkdwn"), truncated(slackEscaped(message.text), SectionLimit))}});
    QJsonArray fields;
    for (const AlertFact &fact : alertFacts(message)) {
        if (fields.size() == MaxFields)
            break;
        fields.append(textObject(
            QStringLiteral("mrkdwn"),
            truncated(u'*' + slackEscaped(fact.label) + QStringLiteral("*\n") + slackEscaped(fact.value),
                      FieldLimit)));
    }
    if (!fields.isEmpty())
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                  {QStringLiteral("fields"), fields}});
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("context")},
        {QStringLiteral("elements"),
         QJsonArray{textObject(QStringLiteral("mrkdwn"), QStringLiteral("CertDesk · %1 · %2")
                                                             .arg(alertSeverityName(message.severity),
                                                                  alertKindName(message.kind)))}}});
    // `text` is what notifications and clients without Block Kit show.
    QString fallback = message.subject;
    if (!message.text.isEmpty())
        fallback += u'\n' + message.text;
    return QJsonObject{{QStringLiteral("text"), truncated(slackEscaped(fallback), SectionLimit)},
                       {QStringLiteral("blocks"), blocks}};
}

class SlackChannel final : public Channel
{
public:
    SlackChannel(pki::SecureBytes url, QJsonObject overrides, ConnectionOptions options)
        : m_url(std::move(url)), m_overrides(std::move(overrides)), m_options(std::move(options))
    {}

    QString type() const override { return QStringLiteral("slack"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        QJsonObject body = slackBody(message);
        for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
            body.insert(it.key(), it.value());
        HttpPost post;
        post.url = QString::fromUtf8(m_url.bytes());
        post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        post.headers = {"Content-Type: application/json; charset=utf-8"};
        post.secrets = {m_url.bytes()};
        ServiceReply reply;
        reply.serviceName = QStringLiteral("Slack");
        reply.accepted = [](const HttpAnswer &answer) { return answer.body.trimmed() == "ok"; };
        return postToService(post, m_options, cancelled, reply);
    }

private:
    pki::SecureBytes m_url;
    QJsonObject m_overrides; ///< channel, username, icon_emoji when set
    ConnectionOptions m_options;
};

Result<std::unique_ptr<Channel>> createSlack(const ChannelSettings &settings, const QJsonObject &defaults)
{
    Result<pki::SecureBytes> url = requiredSecretUrl(
        settings, WebhookUrlKey,
        tr("the incoming webhook URL is required; copy it from the Slack app's Incoming Webhooks page."));
    if (!url)
        return url.error();
    const target::SettingsReader reader(settings, defaults);
    Result<ConnectionOptions> options = readConnectionOptions(reader);
    if (!options)
        return options.error();
    QJsonObject overrides;
    for (const QString &key : {ChannelKey, UsernameKey, IconKey}) {
        const QString value = reader.text(key);
        if (!value.isEmpty())
            overrides.insert(key, value);
    }
    return std::unique_ptr<Channel>(new SlackChannel(std::move(*url), overrides, std::move(*options)));
}

} // namespace

ChannelType slackChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("slack");
    type.displayName = QStringLiteral("Slack");
    type.description = tr("Posts each alert to a Slack channel through an incoming webhook.");
    type.fields = {
        makeField(WebhookUrlKey, tr("Webhook URL"), Kind::Secret,
                  tr("The incoming webhook URL (https://hooks.slack.com/services/…); kept as a secret."),
                  true),
        makeField(
            ChannelKey, tr("Channel"), Kind::Text,
            tr("Overrides the webhook's channel where the workspace allows it (legacy webhooks); empty: "
               "the webhook's own.")),
        makeField(UsernameKey, tr("User name"), Kind::Text,
                  tr("The sender name shown in Slack (legacy webhooks); empty: the app's name.")),
        makeField(
            IconKey, tr("Icon emoji"), Kind::Text,
            tr("An emoji such as :lock: shown as the sender's icon (legacy webhooks); empty: the app's.")),
    };
    type.fields += connectionFields();
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createSlack(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
