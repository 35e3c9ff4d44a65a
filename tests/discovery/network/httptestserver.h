// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the SCEP probe tests, over plain TCP or TLS.

#include "tests/discovery/network/loopbackserver.h"
#include "tests/discovery/network/servertls.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace certdesk::testsupport {

/// The answer to one kind of request.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool hang = false; ///< never answer (until the client gives up)
};

/// Answers GET requests by the value of their `operation` query parameter; 404 for the rest.
class HttpTestServer
{
public:
    /// Plain HTTP, or HTTPS with `tlsIdentity`.
    explicit HttpTestServer(QMap<QString, HttpReply> byOperation,
                            std::optional<ServerIdentity> tlsIdentity = std::nullopt);
    ~HttpTestServer();

    quint16 port() const { return m_server->port(); }
    /// "http://127.0.0.1:PORT/cgi-bin/pkiclient.exe" (https with a TLS identity).
    QString url() const;
    /// The request targets received, in order ("/cgi-bin/pkiclient.exe?operation=GetCACaps").
    QStringList requests() const;

private:
    void serve(Connection &connection);
    QByteArray replyTo(const QByteArray &head);

    QMap<QString, HttpReply> m_byOperation;
    SslCtxPtr m_context;
    mutable std::mutex m_mutex;
    QStringList m_requests;
    std::unique_ptr<LoopbackServer> m_server; ///< last: stopped first
};

} // namespace certdesk::testsupport
