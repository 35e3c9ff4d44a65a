// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the alert channel tests: settings, a sample alert, and reading what a fake receiver
// got.

#include "connectors/notifier/channel.h"
#include "tests/acme/pebble/fakehttpserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace certdesk::testsupport {

/// A stand-in for a web service on 127.0.0.1 that cannot be reached from here: `handler` answers
/// each request, under the lock that lock() takes too, unless failWith() set one answer for every
/// request (a rate limit, an outage, a server that never answers).
class FakeService final
{
public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    explicit FakeService(Handler handler);
    FakeService(const FakeService &) = delete;
    FakeService &operator=(const FakeService &) = delete;

    bool start();
    QString baseUrl() const;
    QList<FakeHttpRequest> requests() const;
    void failWith(const FakeHttpResponse &response);
    /// For reading the state the handler keeps.
    std::unique_lock<std::mutex> lock() const;

private:
    Handler m_handler;
    mutable std::mutex m_mutex;
    std::optional<FakeHttpResponse> m_failure;
    FakeHttpServer m_server; ///< last: stopped first, before what its threads use
};

/// An answer with a text/plain body.
FakeHttpResponse textResponse(int status, const QByteArray &text);
/// An answer with a JSON body.
FakeHttpResponse jsonResponse(int status, const QJsonObject &body);

/// Channel settings from plain values and secrets.
notifier::ChannelSettings channelSettings(const QJsonObject &values,
                                          const std::map<QString, QByteArray> &secrets = {});

/// A channel of type `type` made by its registered ChannelType.
Result<std::unique_ptr<notifier::Channel>> makeChannel(const QString &type,
                                                       const notifier::ChannelSettings &settings);

/// The same, or null with the error printed as a warning, for tests that QVERIFY the channel.
std::unique_ptr<notifier::Channel> channelOrNull(const QString &type,
                                                 const notifier::ChannelSettings &settings);

/// A warning that certificate 42 ("www.certdesk.test", SHA-256 of "www") expires in 14 days
/// (window 14), with details {"profile": "web"}, dedup key certificateDedupKey(42) and delivery id
/// "alert-42-14".
notifier::AlertMessage expiringAlert();

/// The request's body as a JSON object; empty when it is not one.
QJsonObject jsonOf(const FakeHttpRequest &request);

/// Whether any text of `result` (message, detail, response, reference) contains `secret`.
bool leaksSecret(const notifier::DeliveryResult &result, const QByteArray &secret);

/// "http://127.0.0.1:<port>" of a loopback port nothing listens on.
QString unreachableUrl();

} // namespace certdesk::testsupport
