// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/tlsprobe.h"

#include "connectors/pki/symmetriccrypto.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <sys/socket.h>
#include <sys/time.h>

#include <memory>

namespace certdesk::target {
namespace {

using SslContextPtr = std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)>;
using SslPtr = std::unique_ptr<SSL, decltype(&SSL_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

/// The OpenSSL error queue as one line, emptied.
QString drainErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        parts.append(QString::fromLatin1(text));
    }
    return parts.join(QStringLiteral("; "));
}

void setSocketTimeout(int fd, std::chrono::milliseconds timeout)
{
    timeval value{};
    value.tv_sec = time_t(timeout.count() / 1000);
    value.tv_usec = suseconds_t((timeout.count() % 1000) * 1000);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, sizeof value);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, sizeof value);
}

} // namespace

Result<QString> presentedCertificateSha256(Sandbox &sandbox, const Endpoint &endpoint,
                                           std::chrono::milliseconds timeout)
{
    Result<SocketHandle> socket = sandbox.dial(endpoint.host, endpoint.port, timeout);
    if (!socket)
        return socket.error();
    setSocketTimeout(socket->fd(), timeout);
    const QString where = endpoint.host + u':' + QString::number(endpoint.port);

    ERR_clear_error();
    SslContextPtr context(SSL_CTX_new(TLS_client_method()), &SSL_CTX_free);
    if (!context)
        return Error{tr("TLS could not be set up to check %1.").arg(where), drainErrors()};
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_NONE, nullptr);
    SslPtr ssl(SSL_new(context.get()), &SSL_free);
    if (!ssl || SSL_set_fd(ssl.get(), socket->fd()) != 1)
        return Error{tr("TLS could not be set up to check %1.").arg(where), drainErrors()};
    if (!endpoint.serverName.isEmpty()) {
        const QByteArray name = endpoint.serverName.toUtf8();
        if (SSL_set_tlsext_host_name(ssl.get(), name.constData()) != 1)
            return Error{tr("%1 cannot be sent as the TLS server name.").arg(endpoint.serverName),
                         drainErrors(), ErrorCode::InvalidInput};
    }
    if (SSL_connect(ssl.get()) != 1) {
        QString detail = drainErrors();
        if (detail.isEmpty())
            detail = tr("the connection was closed or timed out during the handshake");
        return Error{tr("The TLS handshake with %1 failed.").arg(where), detail};
    }
    X509Ptr leaf(SSL_get1_peer_certificate(ssl.get()), &X509_free);
    SSL_shutdown(ssl.get());
    if (!leaf)
        return Error{tr("%1 presented no certificate.").arg(where)};
    unsigned char *der = nullptr;
    const int length = i2d_X509(leaf.get(), &der);
    if (length <= 0)
        return Error{tr("The certificate presented by %1 cannot be encoded.").arg(where), drainErrors()};
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return pki::sha256Hex(bytes);
}

} // namespace certdesk::target
