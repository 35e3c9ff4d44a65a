// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/certificatereader.h"
#include "connectors/discovery/network/probejob.h"
#include "connectors/discovery/network/starttlsdialog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct ssl_st;
struct ssl_ctx_st;

namespace certdesk::discovery {

/// How one probe ended.
struct ProbeOutcome
{
    enum class Kind {
        Closed,   ///< the connection was refused
        Filtered, ///< no answer to the connection attempt in time, or no route
        Failed,   ///< connected, but no certificate chain came back: see `reason`
        Tls,      ///< handshake complete
    };
    Kind kind = Kind::Failed;
    bool connected = false; ///< the TCP connection was accepted
    QString reason;
    QString tlsVersion;
    QString cipher;
    QList<CertificateBlob> chain;
};

/// One connection to one endpoint, driven by the caller's poll() loop: a non-blocking connect,
/// the STARTTLS exchange if any, and a TLS handshake through memory BIOs (so that the bytes a
/// non-TLS server sends can be shown in the error). Never blocks.
class EndpointProbe
{
public:
    /// `deadlineMs` is on the steady clock in milliseconds (see steadyNowMs()).
    EndpointProbe(ProbeJob job, ssl_ctx_st *context, int timeoutMs, qint64 deadlineMs);
    ~EndpointProbe();
    EndpointProbe(const EndpointProbe &) = delete;
    EndpointProbe &operator=(const EndpointProbe &) = delete;

    /// Opens the socket and starts connecting; the probe may be finished when this returns.
    void start();
    /// The socket to poll, and the events to poll it for.
    int socket() const { return m_fd; }
    short pollEvents() const;
    /// Handles what poll() reported for the socket.
    void handleEvents(short revents);
    /// The time by which the probe must be finished.
    qint64 deadline() const { return m_deadlineMs; }
    /// Ends the probe because its time ran out.
    void expire();

    bool finished() const { return m_stage == Stage::Finished; }
    const ProbeJob &job() const { return m_job; }
    /// The outcome of a finished probe.
    ProbeOutcome takeOutcome() { return std::move(m_outcome); }

private:
    enum class Stage { Connecting, StartTls, Handshake, Finished };
    struct SslFree
    {
        void operator()(ssl_st *ssl) const;
    };

    void connectFailed(int error);
    void connected();
    void readAvailable();
    void receiveStartTls(const QByteArray &bytes);
    void beginHandshake(const QByteArray &early);
    void driveHandshake();
    void handshakeDone();
    void handshakeFailed(bool timedOut);
    void queueFromSsl();
    void sendPending();
    void fail(const QString &reason);
    void finish(ProbeOutcome::Kind kind);

    ProbeJob m_job;
    ssl_ctx_st *m_context;
    int m_timeoutMs;
    qint64 m_deadlineMs;
    int m_fd = -1;
    Stage m_stage = Stage::Connecting;
    std::optional<StartTlsDialog> m_dialog;
    std::unique_ptr<ssl_st, SslFree> m_ssl;
    QByteArray m_out;        ///< bytes waiting for the socket to take them
    QByteArray m_firstBytes; ///< the first bytes the server sent after the ClientHello
    bool m_peerClosed = false;
    ProbeOutcome m_outcome;
};

/// Milliseconds on the steady clock.
qint64 steadyNowMs();

} // namespace certdesk::discovery
