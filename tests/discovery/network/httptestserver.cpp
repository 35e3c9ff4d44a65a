// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/network/httptestserver.h"

#include <QUrl>
#include <QUrlQuery>

#include <openssl/ssl.h>

namespace certdesk::testsupport {
namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

/// Reads a request head (up to the blank line) through TLS; empty when none comes.
QByteArray readHeadTls(SSL *ssl)
{
    QByteArray head;
    char buffer[4096];
    while (!head.contains("\r\n\r\n") && head.size() < 65536) {
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n <= 0)
            return {};
        head.append(buffer, n);
    }
    return head;
}

} // namespace

HttpTestServer::HttpTestServer(QMap<QString, HttpReply> byOperation,
                               std::optional<ServerIdentity> tlsIdentity)
    : m_byOperation(std::move(byOperation))
{
    if (tlsIdentity)
        m_context = makeServerContext(*tlsIdentity);
    m_server = std::make_unique<LoopbackServer>([this](Connection &c) { serve(c); });
}

HttpTestServer::~HttpTestServer()
{
    m_server.reset();
}

QString HttpTestServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/cgi-bin/pkiclient.exe")
        .arg(m_context ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

QStringList HttpTestServer::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

QByteArray HttpTestServer::replyTo(const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QString target = QString::fromLatin1(requestLine.value(1));
    {
        const std::lock_guard lock(m_mutex);
        m_requests.append(target);
    }
    const QString operation = QUrlQuery(QUrl(target).query()).queryItemValue(QStringLiteral("operation"));
    const HttpReply reply =
        m_byOperation.value(operation, HttpReply{404, "text/plain", "not found\n", false});
    if (reply.hang)
        return {};
    QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + statusText(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        answer += "Content-Type: " + reply.contentType + "\r\n";
    answer += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    return answer + reply.body;
}

void HttpTestServer::serve(Connection &c)
{
    if (!m_context) {
        const auto head = c.readUntil("\r\n\r\n");
        if (!head)
            return;
        const QByteArray answer = replyTo(*head);
        if (answer.isEmpty())
            c.waitForClose();
        else
            c.write(answer);
        return;
    }
    SslPtr ssl = acceptTls(m_context.get(), c.fd());
    if (!ssl)
        return;
    const QByteArray head = readHeadTls(ssl.get());
    if (head.isEmpty())
        return;
    const QByteArray answer = replyTo(head);
    if (answer.isEmpty()) {
        drainUntilClosed(ssl.get());
        return;
    }
    SSL_write(ssl.get(), answer.constData(), static_cast<int>(answer.size()));
    SSL_shutdown(ssl.get());
}

} // namespace certdesk::testsupport
