// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HTTP over libcurl for the ACME client. Private to the ACME protocol library (curl stays out of
// public headers).

#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace certdesk::issuer::acme {

/// How the transport connects.
struct HttpOptions
{
    /// A PEM file of the CA certificates to trust for TLS instead of the system trust store (a
    /// private ACME CA such as pebble or step-ca). Empty: the system trust store.
    QString caBundlePath;
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 30000; ///< for the whole request
    qint64 maxResponseBytes = 8 << 20;
    /// Asked before each request and while it runs (at least about once a second, even while the
    /// server sends nothing); true aborts the request with an ErrorCode::Cancelled Error. May be
    /// empty. Called on the sending thread: it must be thread-safe (an atomic flag).
    std::function<bool()> cancelled;
};

/// One request.
struct HttpRequest
{
    enum class Method { Get, Head, Post };
    Method method = Method::Get;
    QString url;
    QByteArray body; ///< POST only
    QByteArray contentType;
    QByteArray accept;
    bool followRedirects = false; ///< ACME resources never redirect; a typed directory URL may
};

/// One answer, whatever its status.
struct HttpResponse
{
    long status = 0;
    QString url;                                      ///< the URL that answered (after redirects)
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lowercase, in order
    QByteArray body;

    /// The first value of header `lowercaseName`; empty when absent.
    QByteArray header(QByteArrayView lowercaseName) const;
    /// Every value of header `lowercaseName`, in order.
    QList<QByteArray> headerValues(QByteArrayView lowercaseName) const;
    /// The media type without parameters, lowercase ("application/json").
    QByteArray mediaType() const;
};

/// Sends HTTP requests with libcurl. Blocking; safe for concurrent use: each request takes an easy
/// handle from a pool (keeping its connections alive for the next request), and the handles share
/// DNS answers and TLS sessions. The User-Agent is "CertDesk/<version>". A failure to get any
/// answer is an Error whose message says what to check, without the step (the caller adds it).
class HttpTransport final
{
public:
    explicit HttpTransport(HttpOptions options);
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    Result<HttpResponse> send(const HttpRequest &request) const;
    const HttpOptions &options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::issuer::acme
