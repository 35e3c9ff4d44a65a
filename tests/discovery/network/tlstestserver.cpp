// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/network/tlstestserver.h"

#include <openssl/ssl.h>

namespace certdesk::testsupport {
namespace {

using discovery::StartTlsProtocol;

/// The command word of a line, upper case ("EHLO" from "ehlo client\r\n").
QByteArray commandOf(const QByteArray &line, int word = 0)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    return words.size() > word ? words.at(word).toUpper() : QByteArray();
}

/// RFC 5321 server side up to STARTTLS: greeting, EHLO/HELO, NOOP, RSET, QUIT, STARTTLS.
bool smtpExchange(Connection &c, bool refuse)
{
    c.write("220 mail.scan.test ESMTP CertDesk test server\r\n");
    while (const auto line = c.readLine()) {
        const QByteArray command = commandOf(*line);
        if (command == "EHLO") {
            c.write("250-mail.scan.test greets " + line->trimmed().mid(5) + "\r\n250-PIPELINING\r\n" +
                    (refuse ? QByteArray() : QByteArray("250-STARTTLS\r\n")) + "250 8BITMIME\r\n");
        } else if (command == "HELO") {
            c.write("250 mail.scan.test\r\n");
        } else if (command == "NOOP" || command == "RSET") {
            c.write("250 2.0.0 OK\r\n");
        } else if (command == "QUIT") {
            c.write("221 2.0.0 Bye\r\n");
            return false;
        } else if (command == "STARTTLS") {
            if (!refuse) {
                c.write("220 2.0.0 Ready to start TLS\r\n");
                return true;
            }
            c.write(QByteArray(SmtpRefusal) + "\r\n");
        } else {
            c.write("502 5.5.2 Error: command not recognized\r\n");
        }
    }
    return false;
}

/// RFC 3501 server side up to STARTTLS: CAPABILITY, NOOP, LOGOUT, STARTTLS.
bool imapExchange(Connection &c, bool refuse)
{
    c.write("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] CertDesk test server ready\r\n");
    while (const auto line = c.readLine()) {
        const QByteArray tag = line->trimmed().split(' ').value(0); // as sent: tags are case-sensitive
        const QByteArray command = commandOf(*line, 1);
        if (command == "CAPABILITY") {
            c.write("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n" + tag +
                    " OK CAPABILITY completed\r\n");
        } else if (command == "NOOP") {
            c.write(tag + " OK NOOP completed\r\n");
        } else if (command == "LOGOUT") {
            c.write("* BYE logging out\r\n" + tag + " OK LOGOUT completed\r\n");
            return false;
        } else if (command == "STARTTLS" && !refuse) {
            c.write(tag + " OK Begin TLS negotiation now\r\n");
            return true;
        } else {
            c.write(tag + " BAD command unknown or not allowed\r\n");
        }
    }
    return false;
}

/// RFC 2595 server side up to STLS: CAPA, NOOP, QUIT, STLS.
bool pop3Exchange(Connection &c, bool refuse)
{
    c.write("+OK CertDesk test POP3 server ready\r\n");
    while (const auto line = c.readLine()) {
        const QByteArray command = commandOf(*line);
        if (command == "CAPA") {
            c.write("+OK Capability list follows\r\nUSER\r\nSTLS\r\n.\r\n");
        } else if (command == "NOOP") {
            c.write("+OK\r\n");
        } else if (command == "QUIT") {
            c.write("+OK bye\r\n");
            return false;
        } else if (command == "STLS" && !refuse) {
            c.write("+OK Begin TLS negotiation\r\n");
            return true;
        } else {
            c.write("-ERR command not allowed\r\n");
        }
    }
    return false;
}

/// RFC 4511 server side of the StartTLS extended operation (resultCode 0, or 2 when refusing).
bool ldapExchange(Connection &c, bool refuse)
{
    const auto header = c.readExactly(2);
    if (!header || header->at(0) != 0x30 || (static_cast<quint8>(header->at(1)) & 0x80))
        return false;
    const auto body = c.readExactly(static_cast<quint8>(header->at(1)));
    // 02 01 <id> 77 ...: the message ID is one byte in every client the tests use
    if (!body || body->size() < 3 || !body->contains("1.3.6.1.4.1.1466.20037"))
        return false;
    const char messageId = body->at(2);
    const QByteArray diagnostic = refuse ? QByteArray("StartTLS is not offered here") : QByteArray();
    QByteArray response;
    response += QByteArray("\x0a\x01", 2) + char(refuse ? 2 : 0);
    response += QByteArray("\x04\x00", 2);
    response += QByteArray("\x04", 1) + char(diagnostic.size()) + diagnostic;
    QByteArray message =
        QByteArray("\x02\x01", 2) + messageId + QByteArray("\x78", 1) + char(response.size()) + response;
    c.write(QByteArray("\x30", 1) + char(message.size()) + message);
    return !refuse;
}

/// PostgreSQL: SSLRequest answered 'S' (or 'N' when refusing).
bool postgresExchange(Connection &c, bool refuse)
{
    const auto request = c.readExactly(8);
    if (!request || *request != QByteArray("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8))
        return false;
    c.write(refuse ? "N" : "S");
    return !refuse;
}

/// A TLS 1.2 ServerHello (ECDHE-RSA-AES128-GCM-SHA256, renegotiation_info) and a Certificate
/// message whose one certificate claims 256 bytes of DER and holds 24 bytes of text.
QByteArray garbageCertificateFlight()
{
    QByteArray hello = QByteArray("\x03\x03", 2) + QByteArray(32, '\x11') +
                       QByteArray("\x00\xc0\x2f\x00", 4) + QByteArray("\x00\x05\xff\x01\x00\x01\x00", 7);
    const QByteArray junk = QByteArray("\x30\x82\x01\x00", 4) + "this is not a certificate";
    QByteArray certificateList = QByteArray("\x00\x00", 2) + char(junk.size()) + junk;
    QByteArray certificate = QByteArray("\x00\x00", 2) + char(certificateList.size()) + certificateList;
    QByteArray handshake = QByteArray("\x02\x00\x00", 3) + char(hello.size()) + hello;
    handshake += QByteArray("\x0b\x00\x00", 3) + char(certificate.size()) + certificate;
    return QByteArray("\x16\x03\x03\x00", 4) + char(handshake.size()) + handshake;
}

} // namespace

TlsTestServer::TlsTestServer(TlsTestServerConfig config) : m_config(std::move(config))
{
    if (m_config.behaviour == ServerBehaviour::Tls) {
        m_context = makeServerContext(m_config.identity, m_config.maxTlsVersion);
        QMap<QString, ssl_ctx_st *> byName;
        for (auto it = m_config.sniIdentities.cbegin(); it != m_config.sniIdentities.cend(); ++it) {
            m_sniContexts.push_back(makeServerContext(it.value(), m_config.maxTlsVersion));
            byName.insert(it.key().toLower(), m_sniContexts.back().get());
        }
        m_sni = std::make_unique<SniSelector>(m_context.get(), byName);
        m_sni->install();
    }
    m_server = std::make_unique<LoopbackServer>([this](Connection &c) { serve(c); });
}

TlsTestServer::~TlsTestServer()
{
    m_server.reset(); // joins every connection before the contexts go
}

bool TlsTestServer::startTlsExchange(Connection &c)
{
    const bool refuse = m_config.refuseStartTls;
    switch (m_config.startTls) {
    case StartTlsProtocol::None:
        return true;
    case StartTlsProtocol::Smtp:
        return smtpExchange(c, refuse);
    case StartTlsProtocol::Imap:
        return imapExchange(c, refuse);
    case StartTlsProtocol::Pop3:
        return pop3Exchange(c, refuse);
    case StartTlsProtocol::Ldap:
        return ldapExchange(c, refuse);
    case StartTlsProtocol::Postgres:
        return postgresExchange(c, refuse);
    }
    return false;
}

void TlsTestServer::serve(Connection &c)
{
    switch (m_config.behaviour) {
    case ServerBehaviour::Silent:
        c.waitForClose();
        return;
    case ServerBehaviour::PlainHttp:
        c.readSome();
        c.write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
                "Connection: close\r\n\r\nBad Request\n");
        return;
    case ServerBehaviour::GarbageCertificate:
        c.readSome();
        c.write(garbageCertificateFlight());
        c.waitForClose(5000);
        return;
    case ServerBehaviour::Tls:
        break;
    }
    if (!startTlsExchange(c))
        return;
    if (!c.takeBuffered().isEmpty())
        return; // the client sent TLS bytes before the go-ahead: not what a client may do
    SslPtr ssl = acceptTls(m_context.get(), c.fd());
    if (!ssl)
        return;
    ++m_handshakes;
    drainUntilClosed(ssl.get());
}

} // namespace certdesk::testsupport
