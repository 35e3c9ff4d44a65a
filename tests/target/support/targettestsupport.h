// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the tests of the deployment SDK and its connectors.

#include "connectors/target/sdk/connector.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTest>

#include <functional>

namespace certdesk::testsupport {

/// A deployment of a fresh certificate for `cn` (also its DNS name) issued by an intermediate CA
/// under a root: certificate, chain (the intermediate), unencrypted PKCS#8 PEM key, sha256.
/// Each call makes a new key and certificate; the CAs are made once per process.
target::Deployment makeTestDeployment(const QString &cn = QStringLiteral("deploy.certdesk.test"));

/// The intermediate and root CA certificates (DER) that makeTestDeployment issues under.
QByteArray testDeploymentRootDer();

/// Empty when `program` is found on PATH or in the system folders; otherwise the sentence to skip or
/// fail with, naming the Debian package to install.
QString missingProgram(const QString &program, const QString &debianPackage);

/// The bytes of the file at `path`; empty when it cannot be read.
QByteArray fileBytes(const QString &path);
/// The permission bits of `path` (following links), e.g. 0600; -1 when it does not exist.
int fileMode(const QString &path);

/// The last `lines` lines of the file at `path` (a server's log); empty when it cannot be read.
QString lastLines(const QString &path, int lines);

/// True once something accepts TCP connections on 127.0.0.1:`port`, polled until `timeoutMs`.
bool waitForLoopbackPort(quint16 port, int timeoutMs = 10000);

/// Starts a server on free loopback ports with `startOnce`, up to `attempts` times. When an
/// attempt fails, its error's detail becomes `logs()` and `stop()` runs; when the log says that
/// another program took a port between the check and the bind ("address already in use", in any
/// case), the next attempt runs with `retrying` true (to pick new ports), else the error is
/// returned at once.
Status startRetryingTakenPorts(int attempts, const std::function<Status(bool retrying)> &startOnce,
                               const std::function<QString()> &logs, const std::function<void()> &stop);

/// A TCP socket listening on 127.0.0.1 at a free port that never accepts or answers: connections
/// complete in the kernel and then hear nothing (a hung server).
class SilentListener final
{
public:
    SilentListener();
    ~SilentListener();
    SilentListener(const SilentListener &) = delete;
    SilentListener &operator=(const SilentListener &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

/// Every regular file under `dir` (recursively, symbolic links not followed) with its content and
/// mode, to prove that a failed deployment changed nothing.
QMap<QString, QByteArray> snapshotFolder(const QString &dir);

} // namespace certdesk::testsupport

/// Stops the test when a program it needs is missing: QFAIL in CI (env CI=true), QSKIP elsewhere.
#define CERTDESK_REQUIRE_PROGRAM(program, debianPackage)                                                     \
    do {                                                                                                     \
        const QString missing_ = certdesk::testsupport::missingProgram(program, debianPackage);              \
        if (!missing_.isEmpty()) {                                                                           \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(qPrintable(missing_));                                                                 \
            QSKIP(qPrintable(missing_));                                                                     \
        }                                                                                                    \
    } while (false)
