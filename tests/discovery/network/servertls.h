// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The server side of TLS for the network discovery tests, with OpenSSL.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

struct ssl_ctx_st;
struct ssl_st;

namespace certdesk::testsupport {

/// What a test server presents: its certificate and key, and the chain it sends after it.
struct ServerIdentity
{
    QByteArray certificateDer;
    QByteArray keyPkcs8Der;
    QList<QByteArray> chainDers; ///< sent after the certificate, in this order

    /// The certificate followed by the chain: what a client should receive.
    QList<QByteArray> presented() const { return QList<QByteArray>{certificateDer} + chainDers; }
};

struct SslCtxFree
{
    void operator()(ssl_ctx_st *context) const;
};
struct SslFree
{
    void operator()(ssl_st *ssl) const;
};
using SslCtxPtr = std::unique_ptr<ssl_ctx_st, SslCtxFree>;
using SslPtr = std::unique_ptr<ssl_st, SslFree>;

/// A server context presenting `identity`, up to `maxVersion` (an OpenSSL TLS1_x_VERSION; 0 = the
/// newest). Aborts the test program when OpenSSL refuses the identity.
SslCtxPtr makeServerContext(const ServerIdentity &identity, int maxVersion = 0);

/// Serves several identities by SNI name on one port: `defaultContext` for no name or an unknown
/// one. The contexts must outlive every connection.
class SniSelector
{
public:
    SniSelector(ssl_ctx_st *defaultContext, QMap<QString, ssl_ctx_st *> byName);
    /// Installs the servername callback on the default context.
    void install();
    /// Server names clients sent, in order (an empty string for a handshake without SNI).
    QStringList namesSeen() const;

private:
    static int onServerName(ssl_st *ssl, int *alert, void *self);

    ssl_ctx_st *m_default;
    QMap<QString, ssl_ctx_st *> m_byName;
    mutable std::mutex m_mutex;
    QStringList m_seen;
};

/// Runs a server handshake on the connected socket `fd` (blocking, each read or write at most
/// 10 s); null on failure.
SslPtr acceptTls(ssl_ctx_st *context, int fd);

/// Reads from an established TLS connection until the client closes it (or a read times out).
void drainUntilClosed(ssl_st *ssl);

} // namespace certdesk::testsupport
