// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/teamschannel.h"

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

QString themeColor(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return QStringLiteral("D13438");
    case AlertSeverity::Warning:
        return QStringLiteral("FFAA44");
    case AlertSeverity::Info:
        break;
    }
    return QStringLiteral("0078D7");
}

QJsonObject messageCard(const AlertMessage &message)
{
    QJsonArray facts;
    for (const AlertFact &fact : alertFacts(message))
        facts.append(
            QJsonObject{{QStringLiteral("name"), fact.label}, {QStringLiteral("value"), fact.value}});
    QJsonObject section{
        {QStringLiteral("activityTitle"), QStringLiteral("CertDesk")},
        {QStringLiteral("activitySubtitle"),
         QStringLiteral("%1 · %2").arg(alertSeverityName(message.severity), alertKindName(message.kind))},
        {QStringLiteral("markdown"), true},
    };
    // A card's text is Markdown, where a single line break is not one.
    if (!message.text.isEmpty())
        section.insert(QStringLiteral("text"), QString(message.text).replace(u'\n', QLatin1String("\n\n")));
    if (!facts.isEmpty())
        section.insert(QStringLiteral("facts"), facts);
    return QJsonObject{
        {QStringLiteral("@type"), QStringLiteral("MessageCard")},
        {QStringLiteral("@context"), QStringLiteral("https://schema.org/extensions")},
        {QStringLiteral("summary"), message.subject},
        {QStringLiteral("themeColor"), themeColor(message.severity)},
        {QStringLiteral("title"), message.subject},
        {QStringLiteral("sections"), QJsonArray{section}},
    };
}

class TeamsChannel final : public Channel
{
public:
    TeamsChannel(pki::SecureBytes url, ConnectionOptions options)
        : m_url(std::move(url)), m_options(std::move(options))
    {}

    QString type() const override { return QStringLiteral("teams"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        HttpPost post;
        post.url = QString::fromUtf8(m_url.bytes());
        post.body = QJsonDocument(messageCard(message)).toJson(QJsonDocument::Compact);
        post.headers = {"Content-Type: application/json"};
        post.secrets = {m_url.bytes()};
        ServiceReply reply;
        reply.serviceName = QStringLiteral("Microsoft Teams");
        reply.accepted = [](const HttpAnswer &answer) {
            return answer.status == 202 || answer.body.trimmed() == "1";
        };
        reply.throttled = [](const HttpAnswer &answer) { return answer.body.contains("HTTP error 429"); };
        return postToService(post, m_options, cancelled, reply);
    }

private:
    pki::SecureBytes m_url;
    ConnectionOptions m_options;
};

Result<std::unique_ptr<Channel>> createTeams(const ChannelSettings &settings, const QJsonObject &defaults)
{
    Result<pki::SecureBytes> url = requiredSecretUrl(
        settings, WebhookUrlKey,
        tr("the incoming webhook URL is required; copy it from the Teams channel's connector or workflow."));
    if (!url)
        return url.error();
    Result<ConnectionOptions> options = readConnectionOptions(target::SettingsReader(settings, defaults));
    if (!options)
        return options.error();
    return std::unique_ptr<Channel>(new TeamsChannel(std::move(*url), std::move(*options)));
}

} // namespace

ChannelType teamsChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("teams");
    type.displayName = QStringLiteral("Microsoft Teams");
    type.description =
        tr("Posts each alert as a message card to a Microsoft Teams channel through a webhook.");
    type.fields = {
        makeField(WebhookUrlKey, tr("Webhook URL"), Kind::Secret,
                  tr("The channel's incoming webhook URL; kept as a secret."), true),
    };
    type.fields += connectionFields();
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createTeams(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
