// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One HTTP POST over libcurl for the HTTP alert channels. Private to connectors/notifier (curl
// stays out of the header).

#include "connectors/notifier/channel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace certdesk::notifier {

/// How a channel connects (HTTP and SMTP alike).
struct ConnectionOptions
{
    /// A PEM file of CA certificates to trust instead of the system trust store (a private
    /// receiver, or a test's own CA). Empty: the system trust store.
    QString caBundlePath;
    int timeoutSeconds = 30; ///< for the whole request; connecting gets at most 10 s of it
};

/// One POST. Redirects are never followed; TLS peers are always verified.
struct HttpPost
{
    QString url;
    QByteArray body;
    QList<QByteArray> headers; ///< "Name: value" lines besides User-Agent and Content-Length
    /// Values that must never appear in an error text (the URL when it holds a token, keys):
    /// every occurrence is replaced by "…".
    QList<QByteArray> secrets;
};

/// The answer to a POST: an HTTP response of any status, or no answer at all.
struct HttpAnswer
{
    bool answered = false;
    int status = 0;
    QByteArray body;        ///< at most 64 KiB of it
    QByteArray contentType; ///< lowercase, without parameters
    std::optional<std::chrono::seconds> retryAfter;
    /// When not answered: why (timeout, refused connection, TLS, cancelled), without secrets.
    Error error;
    bool retryable = false; ///< when not answered: whether trying again later can help
};

/// Sends `post` and waits for the answer, calling `cancelled` at least once a second. Blocks the
/// calling thread; never uses signals.
HttpAnswer httpPost(const HttpPost &post, const ConnectionOptions &options, const CancelCheck &cancelled);

/// "https://hooks.slack.com/…": the scheme, host and port of `url`, never its path or query, which
/// may hold a token.
QString redactUrl(const QString &url);

/// Seconds to wait that a Retry-After value asks for (RFC 9110 10.2.3): delay-seconds ("120") or
/// an HTTP-date, counted from `now` (a date in the past gives 0). Nullopt when it is neither.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// `text` with every occurrence of each of `secrets` (of 6 bytes or more) replaced by "…".
QString hideSecrets(QString text, const QList<QByteArray> &secrets);

} // namespace certdesk::notifier
