// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/pagerdutychannel.h"

#include "connectors/notifier/alertfields.h"
#include "connectors/notifier/channelsettings.h"
#include "connectors/notifier/servicereply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString RoutingKeyKey = QStringLiteral("routing_key");
const QString SeverityKey = QStringLiteral("severity");
const QString SourceKey = QStringLiteral("source");
const QString GroupKey = QStringLiteral("group");
const QString ClientUrlKey = QStringLiteral("client_url");
const QString ApiUrlKey = QStringLiteral("api_url");
const QString AutoSeverity = QStringLiteral("auto");
const QStringList Severities = {AutoSeverity, QStringLiteral("critical"), QStringLiteral("error"),
                                QStringLiteral("warning"), QStringLiteral("info")};

// The Events API's documented limits.
constexpr int SummaryLimit = 1024;
constexpr int DedupKeyLimit = 255;

struct PagerDutySettings
{
    pki::SecureBytes routingKey;
    QString apiUrl;
    QString severity; ///< "auto": from the alert
    QString source;   ///< empty: the certificate's common name, else this computer's name
    QString group;
    QString clientUrl;
    ConnectionOptions http;
};

class PagerDutyChannel final : public Channel
{
public:
    explicit PagerDutyChannel(PagerDutySettings settings) : m_settings(std::move(settings)) {}

    QString type() const override { return QStringLiteral("pagerduty"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        if (message.dedupKey.size() > DedupKeyLimit)
            return DeliveryResult::failure(
                Error{tr("The dedup key is longer than PagerDuty's 255 characters."),
                      {},
                      ErrorCode::InvalidInput},
                false);
        if (message.resolve && message.dedupKey.isEmpty())
            return DeliveryResult::failure(
                Error{tr("A PagerDuty resolve event needs the dedup key of the incident "
                         "it resolves."),
                      {},
                      ErrorCode::InvalidInput},
                false);
        HttpPost post;
        post.url = m_settings.apiUrl;
        post.body = QJsonDocument(event(message)).toJson(QJsonDocument::Compact);
        post.headers = {"Content-Type: application/json", "Accept: application/json"};
        post.secrets = {m_settings.routingKey.bytes()};
        ServiceReply reply;
        reply.serviceName = QStringLiteral("PagerDuty");
        reply.accepted = [](const HttpAnswer &answer) {
            const QJsonObject json = jsonBody(answer);
            return json.isEmpty() || json.value(QStringLiteral("status")).toString() == u"success";
        };
        reply.describe = [](const HttpAnswer &answer) {
            return describeJson(answer, {QStringLiteral("message")});
        };
        reply.reference = [](const HttpAnswer &answer) {
            return jsonBody(answer).value(QStringLiteral("dedup_key")).toString();
        };
        return postToService(post, m_settings.http, cancelled, reply);
    }

private:
    QString severityOf(const AlertMessage &message) const
    {
        if (m_settings.severity != AutoSeverity)
            return m_settings.severity;
        return alertSeverityName(message.severity); // critical, warning and info are PagerDuty's words too
    }

    QJsonObject event(const AlertMessage &message) const
    {
        QJsonObject event{
            {QStringLiteral("routing_key"), QString::fromUtf8(m_settings.routingKey.bytes())},
            {QStringLiteral("event_action"),
             message.resolve ? QStringLiteral("resolve") : QStringLiteral("trigger")},
        };
        if (!message.dedupKey.isEmpty())
            event.insert(QStringLiteral("dedup_key"), message.dedupKey);
        if (message.resolve)
            return event;
        QJsonObject details = message.details;
        if (message.certificate)
            details.insert(QStringLiteral("certificate"), certificateJson(*message.certificate));
        if (!message.text.isEmpty())
            details.insert(QStringLiteral("text"), message.text);
        QString source = m_settings.source;
        if (source.isEmpty())
            source = message.certificate && !message.certificate->commonName.isEmpty()
                         ? message.certificate->commonName
                         : QSysInfo::machineHostName();
        QJsonObject payload{
            {QStringLiteral("summary"), truncated(message.subject, SummaryLimit)},
            {QStringLiteral("source"), source},
            {QStringLiteral("severity"), severityOf(message)},
            {QStringLiteral("timestamp"),
             (message.createdAt.isValid() ? message.createdAt : QDateTime::currentDateTimeUtc())
                 .toUTC()
                 .toString(Qt::ISODate)},
            {QStringLiteral("class"), alertKindName(message.kind)},
            {QStringLiteral("custom_details"), details},
        };
        if (message.certificate && !message.certificate->commonName.isEmpty())
            payload.insert(QStringLiteral("component"), message.certificate->commonName);
        if (!m_settings.group.isEmpty())
            payload.insert(QStringLiteral("group"), m_settings.group);
        event.insert(QStringLiteral("payload"), payload);
        event.insert(QStringLiteral("client"), QStringLiteral("CertDesk"));
        if (!m_settings.clientUrl.isEmpty())
            event.insert(QStringLiteral("client_url"), m_settings.clientUrl);
        return event;
    }

    PagerDutySettings m_settings;
};

Result<std::unique_ptr<Channel>> createPagerDuty(const ChannelSettings &settings, const QJsonObject &defaults)
{
    PagerDutySettings parsed;
    Result<pki::SecureBytes> key = requiredToken(
        settings, RoutingKeyKey,
        tr("the routing key is required; copy the Integration Key of the service's Events API v2 "
           "integration."));
    if (!key)
        return key.error();
    parsed.routingKey = std::move(*key);
    const target::SettingsReader reader(settings, defaults);
    parsed.apiUrl = reader.text(ApiUrlKey);
    if (const Status checked = checkUrl(ApiUrlKey, parsed.apiUrl, UrlRule::HttpsUnlessLoopback); !checked)
        return checked.error();
    Result<QString> severity = reader.choice(SeverityKey, Severities);
    if (!severity)
        return severity.error();
    parsed.severity = *severity;
    parsed.source = reader.text(SourceKey);
    parsed.group = reader.text(GroupKey);
    parsed.clientUrl = reader.text(ClientUrlKey);
    if (!parsed.clientUrl.isEmpty()) {
        if (const Status checked = checkUrl(ClientUrlKey, parsed.clientUrl, UrlRule::HttpOrHttps); !checked)
            return checked.error();
    }
    Result<ConnectionOptions> http = readConnectionOptions(reader);
    if (!http)
        return http.error();
    parsed.http = std::move(*http);
    return std::unique_ptr<Channel>(new PagerDutyChannel(std::move(parsed)));
}

} // namespace

ChannelType pagerDutyChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("pagerduty");
    type.displayName = QStringLiteral("PagerDuty");
    type.description =
        tr("Opens a PagerDuty incident per certificate (Events API v2) and resolves it on renewal.");
    type.fields = {
        makeField(RoutingKeyKey, tr("Routing key"), Kind::Secret,
                  tr("The Integration Key of the service's Events API v2 integration; kept as a secret."),
                  true),
        makeField(SeverityKey, tr("Severity"), Kind::Choice,
                  tr("The incident severity; auto: the alert's own (critical, warning or info)."), false,
                  AutoSeverity, Severities),
        makeField(SourceKey, tr("Source"), Kind::Text,
                  tr("The affected system PagerDuty shows; empty: the certificate's common name.")),
        makeField(GroupKey, tr("Group"), Kind::Text,
                  tr("A logical grouping of the incidents, such as prod-web.")),
        makeField(ClientUrlKey, tr("Link"), Kind::Text,
                  tr("A URL the incident links to, such as the team's certificate runbook.")),
        makeField(ApiUrlKey, tr("API URL"), Kind::Text,
                  tr("The Events API v2 address; change it only for a proxy."), false,
                  QStringLiteral("https://events.pagerduty.com/v2/enqueue")),
    };
    type.fields += connectionFields();
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createPagerDuty(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
