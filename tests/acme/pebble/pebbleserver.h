// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debian's pebble (a test ACME CA) and pebble-challtestsrv (its mock DNS server) on loopback, for
// end-to-end tests of the ACME client, the challenge solvers and the ACME issuer.

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTest>

#include <memory>

namespace certdesk::testsupport {

/// How pebble is configured.
struct PebbleOptions
{
    /// PEBBLE_VA_ALWAYS_VALID: every challenge passes without validation.
    bool alwaysValid = true;
    /// PEBBLE_WFE_NONCEREJECT: the percentage of good nonces refused with badNonce (pebble's own
    /// default is 5; 0 here, so that only the tests that want rejections get them).
    int nonceRejectPercent = 0;
    /// EAB key ID -> base64url HMAC key; non-empty: pebble requires External Account Binding.
    QMap<QString, QString> eabKeys;
    /// The port pebble's VA connects to for http-01 (config "httpPort"); 0: a free port is picked
    /// (see httpChallengePort()). Names resolve to 127.0.0.1 through pebble-challtestsrv.
    int httpChallengePort = 0;
    /// PEBBLE_AUTHZREUSE: how often valid authorizations are reused (pebble's default is 50).
    int authzReusePercent = 0;
    /// PEBBLE_ALTERNATE_ROOTS: extra root chains, each served as a rel="alternate" link.
    int alternateRoots = 0;
    /// More environment for pebble (PEBBLE_CHAIN_LENGTH, PEBBLE_VA_SLEEPTIME, ...); wins over the
    /// settings above.
    QMap<QString, QString> extraEnvironment;
};

/// Starts pebble (-strict=false, -dnsserver pointing at pebble-challtestsrv) and
/// pebble-challtestsrv (-dns01 and -management only, every name resolving to 127.0.0.1) on free
/// loopback ports, with a TLS certificate for pebble's listeners made at run time; waits until
/// both answer; stops both in the destructor. Pebble makes a new root and intermediate at each
/// start and forgets every account when it stops. Use from the test's main thread.
class PebbleServer final
{
public:
    explicit PebbleServer(PebbleOptions options = {});
    ~PebbleServer();
    PebbleServer(const PebbleServer &) = delete;
    PebbleServer &operator=(const PebbleServer &) = delete;

    /// Empty when pebble and pebble-challtestsrv are installed; otherwise the sentence to skip with.
    static QString missingBinaries();

    /// Starts both servers and waits until they answer (up to a minute on a loaded machine).
    Status start();
    bool isRunning() const;

    /// "https://127.0.0.1:<port>/dir".
    QString directoryUrl() const;
    /// A PEM file that trusts pebble's TLS listeners (ACME and management), for
    /// AcmeClientOptions::caBundlePath.
    QString caBundlePath() const;
    /// "https://127.0.0.1:<port>": GET /roots/N, /intermediates/N, /cert-status-by-serial/<hex>.
    QString managementUrl() const;
    /// "http://127.0.0.1:<port>": POST /set-txt, /clear-txt, ... (pebble-challtestsrv).
    QString challTestSrvUrl() const;
    /// The UDP/TCP port of pebble-challtestsrv's DNS server (pebble's -dnsserver).
    int dnsPort() const;
    /// The port pebble connects to for http-01 validation.
    int httpChallengePort() const;

    /// Pebble's root certificate N (N > 0: an alternate root), PEM.
    Result<QByteArray> rootPem(int index = 0) const;
    /// Pebble's intermediate certificate N, PEM.
    Result<QByteArray> intermediatePem(int index = 0) const;
    /// What pebble knows of a certificate: {"Status": "Valid"|"Revoked", "Serial", "Reason",
    /// "RevokedAt", "Certificate"}. `serialHex` in any case, leading zeros allowed.
    Result<QJsonObject> certificateStatus(const QString &serialHex) const;
    /// Sets / removes a TXT record at pebble-challtestsrv ("_acme-challenge.example.org.").
    Status setTxtRecord(const QString &host, const QString &value) const;
    Status clearTxtRecord(const QString &host) const;

    /// The last lines of both servers' output, for failure messages.
    QString recentLogs() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::testsupport

/// Skips the test when pebble is not installed; otherwise starts `server` and fails the test when
/// it does not come up. For test functions (and initTestCase).
#define CERTDESK_START_PEBBLE(server)                                                                        \
    do {                                                                                                     \
        const QString certdeskMissing = certdesk::testsupport::PebbleServer::missingBinaries();              \
        if (!certdeskMissing.isEmpty())                                                                      \
            QSKIP(qPrintable(certdeskMissing));                                                              \
        const certdesk::Status certdeskStarted = (server).start();                                           \
        QVERIFY2(certdeskStarted.ok(), qPrintable(certdeskStarted.error().fullText()));                      \
    } while (false)
