// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Servers on 127.0.0.1 for the TLS scanner tests: TLS from the first byte, STARTTLS after a real
// plain-text exchange (SMTP, IMAP, POP3, LDAP, PostgreSQL), and the ways endpoints go wrong.

#include "connectors/discovery/network/starttls.h"
#include "tests/discovery/network/loopbackserver.h"
#include "tests/discovery/network/servertls.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace certdesk::testsupport {

/// How a test server behaves on each connection.
enum class ServerBehaviour {
    Tls,                ///< the plain-text exchange of `startTls` (if any), then a TLS handshake
    Silent,             ///< accepts and never sends a byte
    PlainHttp,          ///< answers whatever comes with an HTTP/1.1 400 and closes
    GarbageCertificate, ///< answers the ClientHello with a TLS 1.2 ServerHello and a Certificate
                        ///< message whose certificate is not DER
};

/// What a TlsTestServer does.
struct TlsTestServerConfig
{
    ServerBehaviour behaviour = ServerBehaviour::Tls;
    ServerIdentity identity;                     ///< presented without SNI or for an unknown name
    QMap<QString, ServerIdentity> sniIdentities; ///< by lowercase server name
    discovery::StartTlsProtocol startTls = discovery::StartTlsProtocol::None;
    bool refuseStartTls = false; ///< answer the STARTTLS request with a refusal
    int maxTlsVersion = 0;       ///< e.g. TLS1_2_VERSION; 0 = the newest
};

/// A server on an ephemeral port of 127.0.0.1 that runs until destroyed.
class TlsTestServer
{
public:
    explicit TlsTestServer(TlsTestServerConfig config);
    ~TlsTestServer();

    quint16 port() const { return m_server->port(); }
    /// Server names that TLS clients sent, in order ("" for none).
    QStringList namesSeen() const { return m_sni ? m_sni->namesSeen() : QStringList(); }
    /// TLS handshakes that completed.
    int handshakes() const { return m_handshakes.load(); }

private:
    void serve(Connection &connection);
    bool startTlsExchange(Connection &connection);

    TlsTestServerConfig m_config;
    SslCtxPtr m_context;
    std::vector<SslCtxPtr> m_sniContexts;
    std::unique_ptr<SniSelector> m_sni;
    std::atomic<int> m_handshakes{0};
    std::unique_ptr<LoopbackServer> m_server; ///< last: stopped first
};

/// The SMTP server's refusal, as tests expect to see it quoted.
inline constexpr char SmtpRefusal[] = "454 4.7.0 TLS not available due to local problem";

} // namespace certdesk::testsupport
