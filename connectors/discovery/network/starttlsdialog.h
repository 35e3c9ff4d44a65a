// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include "connectors/discovery/network/starttls.h"

#include <QByteArray>
#include <QString>

namespace certdesk::discovery {

/// The client side of one STARTTLS exchange, without any I/O: it is told what the server sent and
/// says what to send back, until the server agrees to start TLS or refuses.
class StartTlsDialog
{
public:
    /// `clientName` is what SMTP's EHLO announces (a host name or an address literal "[192.0.2.5]").
    StartTlsDialog(StartTlsProtocol protocol, QByteArray clientName);

    /// What to send as soon as the connection is up: the request of LDAP and PostgreSQL, nothing
    /// for the protocols where the server speaks first.
    QByteArray opening() const;

    /// What to do after the server sent more bytes.
    struct Step
    {
        QByteArray send;       ///< bytes for the server (may be empty)
        bool tlsReady = false; ///< the server agreed: the TLS handshake starts now
        QString failure;       ///< the server refused or did not speak the protocol; the dialog is over
    };
    /// Feeds bytes the server sent (any split).
    Step receive(const QByteArray &bytes);

    /// What the dialog waits for, for a timeout or early-close message ("the SMTP greeting").
    QString awaiting() const;

    /// Bytes the server sent after agreeing (a well-behaved server sends none).
    QByteArray leftover() const { return m_buffer; }

private:
    enum class Stage { Greeting, Ehlo, Request, Done };

    Step receiveSmtp();
    Step receiveImap();
    Step receivePop3();
    Step receiveLdap();
    Step receivePostgres();
    Step fail(const QString &message);
    Step ready();

    StartTlsProtocol m_protocol;
    QByteArray m_clientName;
    Stage m_stage = Stage::Greeting;
    QByteArray m_buffer;
};

} // namespace certdesk::discovery
