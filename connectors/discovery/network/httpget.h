// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include <QByteArray>
#include <QString>

#include <atomic>

namespace certdesk::discovery {

/// How one GET is made.
struct HttpGetOptions
{
    int timeoutMs = 10000; ///< for the whole transfer, redirects included
    bool verifyTls = true; ///< check the server's certificate and name against the system trust store
    qint64 maxBytes = 1 << 20;
    const std::atomic<bool> *cancel = nullptr;
};

/// Why a GET got no HTTP answer.
enum class HttpFailure { None, Timeout, Connect, TlsUntrusted, Tls, TooLarge, Cancelled, Other };

/// What one GET gave: an answer (any status), or a failure with libcurl's explanation.
struct HttpGetResult
{
    HttpFailure failure = HttpFailure::None;
    QString detail;         ///< libcurl's error text when there was a failure
    long status = 0;        ///< the HTTP status of the last answer (after redirects)
    QByteArray contentType; ///< lowercase, without parameters ("application/x-x509-ca-cert")
    QByteArray body;
};

/// GETs an http or https URL with libcurl (following up to five redirects within http and https).
/// Blocks the calling thread; never uses signals.
HttpGetResult httpGet(const QByteArray &url, const HttpGetOptions &options);

} // namespace certdesk::discovery
