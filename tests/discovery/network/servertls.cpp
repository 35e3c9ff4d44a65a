// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/network/servertls.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <sys/socket.h>

namespace certdesk::testsupport {
namespace {

X509 *decodeCertificate(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!cert)
        qFatal("test server: a certificate does not decode");
    return cert;
}

void setTimeouts(int fd)
{
    timeval tenSeconds{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tenSeconds, sizeof tenSeconds);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tenSeconds, sizeof tenSeconds);
}

} // namespace

void SslCtxFree::operator()(ssl_ctx_st *context) const
{
    SSL_CTX_free(context);
}

void SslFree::operator()(ssl_st *ssl) const
{
    SSL_free(ssl);
}

SslCtxPtr makeServerContext(const ServerIdentity &identity, int maxVersion)
{
    SslCtxPtr context(SSL_CTX_new(TLS_server_method()));
    SSL_CTX *ctx = context.get();
    X509 *cert = decodeCertificate(identity.certificateDer);
    const int certOk = SSL_CTX_use_certificate(ctx, cert);
    X509_free(cert);
    const auto *p = reinterpret_cast<const unsigned char *>(identity.keyPkcs8Der.constData());
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(identity.keyPkcs8Der.size()));
    const int keyOk = key ? SSL_CTX_use_PrivateKey(ctx, key) : 0;
    EVP_PKEY_free(key);
    if (certOk != 1 || keyOk != 1 || SSL_CTX_check_private_key(ctx) != 1)
        qFatal("test server: OpenSSL refused the certificate or key");
    for (const QByteArray &der : identity.chainDers) {
        // add0: the context takes the certificate
        if (SSL_CTX_add0_chain_cert(ctx, decodeCertificate(der)) != 1)
            qFatal("test server: OpenSSL refused a chain certificate");
    }
    SSL_CTX_set_security_level(ctx, 0);
    if (maxVersion != 0)
        SSL_CTX_set_max_proto_version(ctx, maxVersion);
    return context;
}

SniSelector::SniSelector(ssl_ctx_st *defaultContext, QMap<QString, ssl_ctx_st *> byName)
    : m_default(defaultContext), m_byName(std::move(byName))
{}

void SniSelector::install()
{
    SSL_CTX_set_tlsext_servername_callback(m_default, &SniSelector::onServerName);
    SSL_CTX_set_tlsext_servername_arg(m_default, this);
}

QStringList SniSelector::namesSeen() const
{
    const std::lock_guard lock(m_mutex);
    return m_seen;
}

int SniSelector::onServerName(ssl_st *ssl, int *, void *self)
{
    auto *selector = static_cast<SniSelector *>(self);
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    const QString serverName = name ? QString::fromLatin1(name) : QString();
    {
        const std::lock_guard lock(selector->m_mutex);
        selector->m_seen.append(serverName);
    }
    if (SSL_CTX *chosen = selector->m_byName.value(serverName.toLower()))
        SSL_set_SSL_CTX(ssl, chosen);
    return SSL_TLSEXT_ERR_OK;
}

SslPtr acceptTls(ssl_ctx_st *context, int fd)
{
    setTimeouts(fd);
    SslPtr ssl(SSL_new(context));
    SSL_set_fd(ssl.get(), fd);
    if (SSL_accept(ssl.get()) != 1) {
        ERR_clear_error();
        return nullptr;
    }
    return ssl;
}

void drainUntilClosed(ssl_st *ssl)
{
    char buffer[4096];
    while (SSL_read(ssl, buffer, sizeof buffer) > 0) {
    }
    ERR_clear_error();
}

} // namespace certdesk::testsupport
