// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/endpointprobe.h"

#include "connectors/discovery/network/certificateblob.h"
#include "connectors/discovery/network/handshakefailure.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace certdesk::discovery {
namespace {

/// How many of the server's first bytes are kept to describe a reply that is not TLS.
constexpr qsizetype KeptFirstBytes = 64;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The socket address of `ip`:`port`.
socklen_t socketAddress(const IpAddress &ip, quint16 port, sockaddr_storage &storage)
{
    storage = {};
    if (ip.v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        std::memcpy(&in6->sin6_addr, ip.bytes.data(), 16);
        return sizeof(sockaddr_in6);
    }
    auto *in = reinterpret_cast<sockaddr_in *>(&storage);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    std::memcpy(&in->sin_addr, ip.bytes.data(), 4);
    return sizeof(sockaddr_in);
}

/// Our end of the connection as an SMTP address literal ("[192.0.2.5]", "[IPv6:2001:db8::5]").
QByteArray localAddressLiteral(int fd)
{
    sockaddr_storage storage = {};
    socklen_t length = sizeof storage;
    char text[INET6_ADDRSTRLEN] = {};
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return QByteArrayLiteral("[127.0.0.1]");
    if (storage.ss_family == AF_INET6) {
        inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_addr, text, sizeof text);
        return "[IPv6:" + QByteArray(text) + "]";
    }
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in *>(&storage)->sin_addr, text, sizeof text);
    return "[" + QByteArray(text) + "]";
}

/// True when a connection to a closed local port met itself: Linux can pick the destination port
/// as the source port, and the "server" then answers with our own bytes.
bool isSelfConnected(int fd)
{
    sockaddr_storage local = {};
    sockaddr_storage peer = {};
    socklen_t localLength = sizeof local;
    socklen_t peerLength = sizeof peer;
    return getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0 &&
           getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) == 0 &&
           localLength == peerLength && std::memcmp(&local, &peer, localLength) == 0;
}

/// The reasons on the thread's OpenSSL error queue, each once, joined by "; "; empties the queue.
QString takeOpenSslReasons()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        const QString text =
            reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code, 0, 16);
        if (!reasons.contains(text))
            reasons.append(text);
    }
    return reasons.join(QStringLiteral("; "));
}

/// The certificates the server sent, leaf first.
QList<CertificateBlob> peerChain(SSL *ssl)
{
    QList<CertificateBlob> chain;
    auto append = [&chain](X509 *cert) {
        CertificateBlob blob = blobFromX509(cert);
        if (!blob.der.isEmpty())
            chain.append(std::move(blob));
    };
    // on the client side the stack starts with the server's own certificate
    if (STACK_OF(X509) *stack = SSL_get_peer_cert_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(stack); ++i)
            append(sk_X509_value(stack, i));
    }
    if (chain.isEmpty()) {
        if (X509 *leaf = SSL_get0_peer_certificate(ssl))
            append(leaf);
    }
    return chain;
}

} // namespace

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void EndpointProbe::SslFree::operator()(ssl_st *ssl) const
{
    SSL_free(ssl);
}

EndpointProbe::EndpointProbe(ProbeJob job, ssl_ctx_st *context, int timeoutMs, qint64 deadlineMs)
    : m_job(std::move(job)), m_context(context), m_timeoutMs(timeoutMs), m_deadlineMs(deadlineMs)
{}

EndpointProbe::~EndpointProbe()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void EndpointProbe::start()
{
    sockaddr_storage address;
    const socklen_t length = socketAddress(m_job.ip, m_job.port, address);
    m_fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0 && (errno == EAFNOSUPPORT || errno == EPROTONOSUPPORT)) {
        finish(ProbeOutcome::Kind::Filtered); // no IPv6 on this machine: the address cannot be reached
        return;
    }
    if (m_fd < 0) {
        fail(QCoreApplication::translate("certdesk::discovery", "could not open a socket: %1")
                 .arg(systemError(errno)));
        return;
    }
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), length) == 0)
        connected();
    else if (errno != EINPROGRESS)
        connectFailed(errno);
}

short EndpointProbe::pollEvents() const
{
    if (m_stage == Stage::Connecting)
        return POLLOUT;
    return static_cast<short>(POLLIN | (m_out.isEmpty() ? 0 : POLLOUT));
}

void EndpointProbe::handleEvents(short revents)
{
    if (m_stage == Stage::Connecting) {
        if (!(revents & (POLLOUT | POLLERR | POLLHUP)))
            return;
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0)
            connectFailed(error);
        else
            connected();
        return;
    }
    if (revents & POLLOUT)
        sendPending();
    if (revents & (POLLIN | POLLERR | POLLHUP))
        readAvailable();
}

void EndpointProbe::expire()
{
    switch (m_stage) {
    case Stage::Connecting:
        finish(ProbeOutcome::Kind::Filtered);
        break;
    case Stage::StartTls:
        fail(QCoreApplication::translate("certdesk::discovery", "no answer within %1 ms while waiting for %2")
                 .arg(m_timeoutMs)
                 .arg(m_dialog->awaiting()));
        break;
    case Stage::Handshake:
        handshakeFailed(true);
        break;
    case Stage::Finished:
        break;
    }
}

void EndpointProbe::connectFailed(int error)
{
    switch (error) {
    case ECONNREFUSED:
        finish(ProbeOutcome::Kind::Closed);
        break;
    case ETIMEDOUT:
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
    case EACCES:
    case EPERM:
        finish(ProbeOutcome::Kind::Filtered);
        break;
    default:
        fail(QCoreApplication::translate("certdesk::discovery", "could not connect: %1")
                 .arg(systemError(error)));
        break;
    }
}

void EndpointProbe::connected()
{
    if (isSelfConnected(m_fd)) {
        finish(ProbeOutcome::Kind::Closed);
        return;
    }
    m_outcome.connected = true;
    // only now: most ports of a sweep are closed, and this is a system call for each
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (m_job.startTls == StartTlsProtocol::None) {
        beginHandshake({});
        return;
    }
    m_stage = Stage::StartTls;
    m_dialog.emplace(m_job.startTls, localAddressLiteral(m_fd));
    m_out += m_dialog->opening();
    sendPending();
}

void EndpointProbe::readAvailable()
{
    char buffer[16384];
    QByteArray received;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            received.append(buffer, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            break;
        m_peerClosed = true; // orderly close, or a reset
        break;
    }
    if (m_stage == Stage::StartTls) {
        receiveStartTls(received);
        return;
    }
    if (m_stage != Stage::Handshake)
        return;
    if (m_firstBytes.size() < KeptFirstBytes)
        m_firstBytes.append(received.left(KeptFirstBytes - m_firstBytes.size()));
    if (!received.isEmpty())
        BIO_write(SSL_get_rbio(m_ssl.get()), received.constData(), static_cast<int>(received.size()));
    driveHandshake();
}

void EndpointProbe::receiveStartTls(const QByteArray &bytes)
{
    const StartTlsDialog::Step step = bytes.isEmpty() ? StartTlsDialog::Step() : m_dialog->receive(bytes);
    if (!step.failure.isEmpty()) {
        fail(step.failure);
        return;
    }
    m_out += step.send;
    if (step.tlsReady) {
        beginHandshake(m_dialog->leftover());
        return;
    }
    if (m_peerClosed) {
        fail(QCoreApplication::translate("certdesk::discovery",
                                         "the server closed the connection while CertDesk waited for %1")
                 .arg(m_dialog->awaiting()));
        return;
    }
    sendPending();
}

void EndpointProbe::beginHandshake(const QByteArray &early)
{
    m_stage = Stage::Handshake;
    m_ssl.reset(SSL_new(m_context));
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    if (!m_ssl || !in || !out) {
        BIO_free(in);
        BIO_free(out);
        fail(QCoreApplication::translate("certdesk::discovery",
                                         "OpenSSL could not start a TLS connection (%1)")
                 .arg(takeOpenSslReasons()));
        return;
    }
    BIO_set_mem_eof_return(in, -1); // an empty input BIO means "wait", not end of stream
    SSL_set_bio(m_ssl.get(), in, out);
    SSL_set_connect_state(m_ssl.get());
    if (!m_job.sni.isEmpty())
        SSL_set_tlsext_host_name(m_ssl.get(), m_job.sni.toLatin1().constData());
    if (!early.isEmpty()) {
        m_firstBytes = early.left(KeptFirstBytes);
        BIO_write(in, early.constData(), static_cast<int>(early.size()));
    }
    driveHandshake();
}

void EndpointProbe::driveHandshake()
{
    ERR_clear_error();
    const int rc = SSL_do_handshake(m_ssl.get());
    queueFromSsl();
    if (rc == 1) {
        handshakeDone();
        return;
    }
    if (SSL_get_error(m_ssl.get(), rc) != SSL_ERROR_WANT_READ || m_peerClosed) {
        handshakeFailed(false);
        return;
    }
    sendPending();
}

void EndpointProbe::handshakeDone()
{
    SSL *ssl = m_ssl.get();
    m_outcome.chain = peerChain(ssl);
    if (m_outcome.chain.isEmpty()) {
        fail(QCoreApplication::translate("certdesk::discovery",
                                         "the server completed the TLS handshake without a certificate"));
        return;
    }
    m_outcome.tlsVersion = QString::fromLatin1(SSL_get_version(ssl));
    m_outcome.cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(ssl)));
    SSL_shutdown(ssl); // close_notify, sent once without waiting for the server's
    queueFromSsl();
    sendPending();
    finish(ProbeOutcome::Kind::Tls);
}

void EndpointProbe::handshakeFailed(bool timedOut)
{
    HandshakeFailure failure;
    failure.firstBytes = m_firstBytes;
    failure.peerClosed = m_peerClosed;
    failure.timedOut = timedOut;
    failure.inCertificate = SSL_get_state(m_ssl.get()) == TLS_ST_CR_CERT;
    if (timedOut)
        ERR_clear_error(); // what is on the queue now belongs to no step of this probe
    else
        failure.openSslReason = takeOpenSslReasons();
    fail(describeHandshakeFailure(failure, m_timeoutMs));
}

void EndpointProbe::queueFromSsl()
{
    BIO *out = SSL_get_wbio(m_ssl.get());
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(out, buffer, sizeof buffer)) > 0)
        m_out.append(buffer, n);
}

void EndpointProbe::sendPending()
{
    while (!m_out.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_out.constData(), m_out.size(), MSG_NOSIGNAL);
        if (n > 0) {
            m_out.remove(0, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        m_peerClosed = true; // the read side reports what happened
        m_out.clear();
        return;
    }
}

void EndpointProbe::fail(const QString &reason)
{
    m_outcome.reason = reason;
    finish(ProbeOutcome::Kind::Failed);
}

void EndpointProbe::finish(ProbeOutcome::Kind kind)
{
    m_outcome.kind = kind;
    m_stage = Stage::Finished;
    m_ssl.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace certdesk::discovery
