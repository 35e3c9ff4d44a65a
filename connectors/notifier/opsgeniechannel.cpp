// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/opsgeniechannel.h"

#include "connectors/notifier/alertfields.h"
#include "connectors/notifier/channelsettings.h"
#include "connectors/notifier/servicereply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString ApiKeyKey = QStringLiteral("api_key");
const QString PriorityKey = QStringLiteral("priority");
const QString RespondersKey = QStringLiteral("responders");
const QString TagsKey = QStringLiteral("tags");
const QString ApiUrlKey = QStringLiteral("api_url");
const QString AutoPriority = QStringLiteral("auto");
const QStringList Priorities = {AutoPriority,         QStringLiteral("P1"), QStringLiteral("P2"),
                                QStringLiteral("P3"), QStringLiteral("P4"), QStringLiteral("P5")};

// The Alert API's documented limits.
constexpr int MessageLimit = 130;
constexpr int AliasLimit = 512;
constexpr int DescriptionLimit = 15000;
constexpr int NoteLimit = 25000;
constexpr int TagLimit = 50;

struct OpsGenieSettings
{
    pki::SecureBytes apiKey;
    QString apiUrl; ///< without a trailing slash: "https://api.opsgenie.com"
    QString priority;
    QStringList responders; ///< team names
    QStringList tags;
    ConnectionOptions http;
};

class OpsGenieChannel final : public Channel
{
public:
    explicit OpsGenieChannel(OpsGenieSettings settings) : m_settings(std::move(settings)) {}

    QString type() const override { return QStringLiteral("opsgenie"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        if (message.dedupKey.size() > AliasLimit)
            return DeliveryResult::failure(
                Error{tr("The dedup key is longer than OpsGenie's 512 characters."),
                      {},
                      ErrorCode::InvalidInput},
                false);
        if (message.resolve && message.dedupKey.isEmpty())
            return DeliveryResult::failure(
                Error{tr("Closing an OpsGenie alert needs the alias (dedup key) of the alert it closes."),
                      {},
                      ErrorCode::InvalidInput},
                false);
        HttpPost post;
        if (message.resolve) {
            post.url = m_settings.apiUrl + QStringLiteral("/v2/alerts/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(message.dedupKey)) +
                       QStringLiteral("/close?identifierType=alias");
            post.body = QJsonDocument(closeRequest(message)).toJson(QJsonDocument::Compact);
        } else {
            post.url = m_settings.apiUrl + QStringLiteral("/v2/alerts");
            post.body = QJsonDocument(createRequest(message)).toJson(QJsonDocument::Compact);
        }
        post.headers = {"Content-Type: application/json", "Accept: application/json",
                        "Authorization: GenieKey " + m_settings.apiKey.bytes()};
        post.secrets = {m_settings.apiKey.bytes()};
        ServiceReply reply;
        reply.serviceName = QStringLiteral("OpsGenie");
        reply.describe = [](const HttpAnswer &answer) {
            return describeJson(answer, {QStringLiteral("result"), QStringLiteral("message")});
        };
        reply.reference = [](const HttpAnswer &answer) {
            return jsonBody(answer).value(QStringLiteral("requestId")).toString();
        };
        return postToService(post, m_settings.http, cancelled, reply);
    }

private:
    QString priorityOf(const AlertMessage &message) const
    {
        if (m_settings.priority != AutoPriority)
            return m_settings.priority;
        switch (message.severity) {
        case AlertSeverity::Critical:
            return QStringLiteral("P1");
        case AlertSeverity::Warning:
            return QStringLiteral("P3");
        case AlertSeverity::Info:
            break;
        }
        return QStringLiteral("P5");
    }

    QJsonObject createRequest(const AlertMessage &message) const
    {
        // OpsGenie's details are a map of strings.
        QJsonObject details;
        for (const AlertFact &fact : alertFacts(message))
            details.insert(fact.key, fact.value);
        details.insert(QStringLiteral("kind"), alertKindName(message.kind));
        QJsonArray tags;
        for (const QString &tag : m_settings.tags)
            tags.append(truncated(tag, TagLimit));
        QJsonObject request{
            {QStringLiteral("message"), truncated(message.subject, MessageLimit)},
            {QStringLiteral("description"), truncated(message.text, DescriptionLimit)},
            {QStringLiteral("priority"), priorityOf(message)},
            {QStringLiteral("details"), details},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("source"), QStringLiteral("CertDesk")},
        };
        if (!message.dedupKey.isEmpty())
            request.insert(QStringLiteral("alias"), message.dedupKey);
        if (message.certificate && !message.certificate->commonName.isEmpty())
            request.insert(QStringLiteral("entity"), message.certificate->commonName);
        if (!m_settings.responders.isEmpty()) {
            QJsonArray responders;
            for (const QString &team : m_settings.responders)
                responders.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("team")},
                                              {QStringLiteral("name"), team}});
            request.insert(QStringLiteral("responders"), responders);
        }
        return request;
    }

    static QJsonObject closeRequest(const AlertMessage &message)
    {
        QString note = message.subject;
        if (!message.text.isEmpty())
            note += u'\n' + message.text;
        return QJsonObject{{QStringLiteral("source"), QStringLiteral("CertDesk")},
                           {QStringLiteral("user"), QStringLiteral("CertDesk")},
                           {QStringLiteral("note"), truncated(note, NoteLimit)}};
    }

    OpsGenieSettings m_settings;
};

Result<std::unique_ptr<Channel>> createOpsGenie(const ChannelSettings &settings, const QJsonObject &defaults)
{
    OpsGenieSettings parsed;
    Result<pki::SecureBytes> key = requiredToken(
        settings, ApiKeyKey,
        tr("the API key is required; copy it from an API integration of the OpsGenie team (GenieKey)."));
    if (!key)
        return key.error();
    parsed.apiKey = std::move(*key);
    const target::SettingsReader reader(settings, defaults);
    QString apiUrl = reader.text(ApiUrlKey);
    while (apiUrl.endsWith(u'/'))
        apiUrl.chop(1);
    // Accept the alerts endpoint too, as the documentation shows it.
    if (apiUrl.endsWith(QLatin1String("/v2/alerts")))
        apiUrl.chop(int(qstrlen("/v2/alerts")));
    if (const Status checked = checkUrl(ApiUrlKey, apiUrl, UrlRule::HttpsUnlessLoopback); !checked)
        return checked.error();
    parsed.apiUrl = apiUrl;
    Result<QString> priority = reader.choice(PriorityKey, Priorities);
    if (!priority)
        return priority.error();
    parsed.priority = *priority;
    parsed.responders = splitList(reader.text(RespondersKey));
    parsed.tags = splitList(reader.text(TagsKey));
    Result<ConnectionOptions> http = readConnectionOptions(reader);
    if (!http)
        return http.error();
    parsed.http = std::move(*http);
    return std::unique_ptr<Channel>(new OpsGenieChannel(std::move(parsed)));
}

} // namespace

ChannelType opsGenieChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("opsgenie");
    type.displayName = QStringLiteral("OpsGenie");
    type.description =
        tr("Raises an OpsGenie alert per certificate (Alert API v2) and closes it on renewal.");
    type.fields = {
        makeField(ApiKeyKey, tr("API key"), Kind::Secret,
                  tr("The GenieKey of an API integration; kept as a secret."), true),
        makeField(PriorityKey, tr("Priority"), Kind::Choice,
                  tr("The alert priority; auto: P1 for critical alerts, P3 for warnings, P5 otherwise."),
                  false, AutoPriority, Priorities),
        makeField(RespondersKey, tr("Responder teams"), Kind::Text,
                  tr("Team names to notify, separated by commas; empty: the integration's team.")),
        makeField(TagsKey, tr("Tags"), Kind::Text, tr("Tags for the alerts, separated by commas."), false,
                  QStringLiteral("certdesk")),
        makeField(ApiUrlKey, tr("API URL"), Kind::Text,
                  tr("https://api.opsgenie.com, or https://api.eu.opsgenie.com for accounts in the EU."),
                  false, QStringLiteral("https://api.opsgenie.com")),
    };
    type.fields += connectionFields();
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createOpsGenie(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
