// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real `openssl` command line tool for the pki tests, so that what the library writes is
// checked by an independent implementation. SSL_CERT_FILE=/dev/null keeps it from loading the
// system trust store.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace certdesk::testsupport {

/// What one `openssl` run printed.
struct OpensslRun
{
    int exitCode = -1; ///< -1: did not start, -2: crashed or timed out
    QByteArray out;
    QByteArray err;

    /// stdout and stderr together: openssl prints verification results on either.
    QByteArray all() const { return out + err; }
    /// For QVERIFY2 messages.
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

/// Runs `openssl args...` in `workDir` and waits for it (one minute at most).
inline OpensslRun runOpenssl(const QStringList &args, const QString &workDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSL_CERT_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("SSL_CERT_DIR"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("openssl"), args);
    OpensslRun run;
    if (!process.waitForStarted(10000)) {
        run.err = "openssl did not start: " + process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace certdesk::testsupport
