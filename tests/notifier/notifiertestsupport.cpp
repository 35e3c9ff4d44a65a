// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/notifier/notifiertestsupport.h"

#include "tests/acme/pebble/freeport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace certdesk::testsupport {

FakeService::FakeService(Handler handler)
    : m_handler(std::move(handler)), m_server([this](const FakeHttpRequest &request) {
          std::lock_guard guard(m_mutex);
          return m_failure ? *m_failure : m_handler(request);
      })
{}

bool FakeService::start()
{
    return m_server.start();
}

QString FakeService::baseUrl() const
{
    return m_server.baseUrl();
}

QList<FakeHttpRequest> FakeService::requests() const
{
    return m_server.requests();
}

void FakeService::failWith(const FakeHttpResponse &response)
{
    std::lock_guard guard(m_mutex);
    m_failure = response;
}

std::unique_lock<std::mutex> FakeService::lock() const
{
    return std::unique_lock(m_mutex);
}

FakeHttpResponse textResponse(int status, const QByteArray &text)
{
    return FakeHttpResponse{status, {{"Content-Type", "text/plain; charset=utf-8"}}, text, false};
}

FakeHttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return FakeHttpResponse{
        status, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson(), false};
}

notifier::ChannelSettings channelSettings(const QJsonObject &values,
                                          const std::map<QString, QByteArray> &secrets)
{
    notifier::ChannelSettings settings;
    settings.values = values;
    for (const auto &[key, value] : secrets)
        settings.secrets[key] = pki::SecureBytes(value);
    return settings;
}

Result<std::unique_ptr<notifier::Channel>> makeChannel(const QString &type,
                                                       const notifier::ChannelSettings &settings)
{
    const notifier::ChannelType *channelType = notifier::findChannelType(type);
    if (!channelType)
        return Error{QStringLiteral("no channel type %1").arg(type)};
    return channelType->create(settings);
}

std::unique_ptr<notifier::Channel> channelOrNull(const QString &type,
                                                 const notifier::ChannelSettings &settings)
{
    Result<std::unique_ptr<notifier::Channel>> channel = makeChannel(type, settings);
    if (!channel) {
        qWarning("%s", qPrintable(channel.error().fullText()));
        return nullptr;
    }
    return std::move(*channel);
}

notifier::AlertMessage expiringAlert()
{
    notifier::AlertMessage message;
    message.kind = notifier::AlertKind::Expiring;
    message.severity = notifier::AlertSeverity::Warning;
    message.subject = QStringLiteral("Certificate www.certdesk.test expires in 14 days");
    message.text = QStringLiteral("The certificate www.certdesk.test expires on 2031-05-04 12:00 UTC.\n"
                                  "Renew it, or check why the automatic renewal did not run.");
    message.html = QStringLiteral("<p>The certificate <b>www.certdesk.test</b> expires on 2031-05-04.</p>");
    message.dedupKey = notifier::certificateDedupKey(42);
    notifier::AlertCertificate certificate;
    certificate.id = 42;
    certificate.commonName = QStringLiteral("www.certdesk.test");
    certificate.notAfter = QDateTime(QDate(2031, 5, 4), QTime(12, 0), QTimeZone::utc());
    certificate.daysLeft = 14;
    certificate.sha256 =
        QString::fromLatin1(QCryptographicHash::hash("www", QCryptographicHash::Sha256).toHex());
    certificate.window = 14;
    message.certificate = certificate;
    message.details = QJsonObject{{QStringLiteral("profile"), QStringLiteral("web")}};
    message.deliveryId = QStringLiteral("alert-42-14");
    message.createdAt = QDateTime(QDate(2031, 4, 20), QTime(12, 0), QTimeZone::utc());
    return message;
}

QJsonObject jsonOf(const FakeHttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

bool leaksSecret(const notifier::DeliveryResult &result, const QByteArray &secret)
{
    const QString needle = QString::fromUtf8(secret);
    for (const QString &text :
         {result.error.message, result.error.detail, result.response, result.reference}) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

QString unreachableUrl()
{
    return QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort());
}

} // namespace certdesk::testsupport
