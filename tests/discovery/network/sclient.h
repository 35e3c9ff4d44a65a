// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The independent check of the TLS scanner: what `openssl s_client -showcerts` receives from an
// endpoint, each certificate fingerprinted by `openssl x509 -fingerprint -sha256`.

#include <QString>
#include <QStringList>

namespace certdesk::testsupport {

/// The lowercase hex SHA-256 fingerprints (no colons) that `openssl x509 -fingerprint -sha256`
/// gives for each CERTIFICATE block in `pem`, in order.
QStringList opensslFingerprints(const QByteArray &pem);

/// The lowercase hex SHA-256 fingerprints (no colons) of the certificates that
/// `openssl s_client -connect 127.0.0.1:PORT -showcerts [-servername N | -noservername]
/// [-starttls P] </dev/null` shows, in the order shown. Empty when s_client got none.
QStringList sClientFingerprints(quint16 port, const QString &serverName = {}, const QString &startTls = {});

} // namespace certdesk::testsupport
