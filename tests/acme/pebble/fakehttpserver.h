// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for tests that need a peer the real servers cannot play:
// an API that cannot be reached from here (ZeroSSL), an extension pebble 2.4.0 lacks (ARI,
// profiles), a web page at a wrong directory URL, a server that never answers.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace certdesk::testsupport {

/// A request as the fake server read it.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray path;                      ///< with the query string
    QMap<QByteArray, QByteArray> headers; ///< names lowercase
    QByteArray body;
};

/// What the fake server answers.
struct FakeHttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< Content-Length and Connection are added
    QByteArray body;
    /// Never answer: keep the connection open until the server stops (a hung server).
    bool hang = false;
};

/// Serves each connection with `handler` on its own thread, one request per connection
/// ("Connection: close"). Stops and joins in the destructor.
class FakeHttpServer final
{
public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    /// Listens on a free port of 127.0.0.1; false (with `error` set) on failure.
    bool start(QString *error = nullptr);
    /// "http://127.0.0.1:<port>".
    QString baseUrl() const;
    /// Every request served so far, in order.
    QList<FakeHttpRequest> requests() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::testsupport
