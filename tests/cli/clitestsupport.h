// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the certdeskctl end-to-end tests (tst_cli, tst_cli_issuance): runs the real binary with
// QProcess, gives it an isolated environment inside a temporary folder, and the QVERIFY-style
// macros that print the whole run when a check fails. Compiled into each test executable, whose
// target defines CERTDESKCTL_PATH.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace certdesk::clitest {

/// How long one certdeskctl or openssl run may take.
constexpr int ProcessTimeoutMs = 60000;
/// certdeskctl's exit codes.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/// What one certdeskctl run gave.
struct CliRun
{
    QStringList arguments;
    int exitCode = -1; ///< -1: did not finish in time or did not start; -2: crashed
    QByteArray out;
    QByteArray err;

    QString describe() const;
};

/// Runs CERTDESKCTL_PATH with `arguments` in `workDir` with `env` and waits for it (60 s at most,
/// then it is killed and exitCode is -1). Standard input is closed at once.
CliRun runCertdeskctl(const QStringList &arguments, const QProcessEnvironment &env, const QString &workDir);

/// The system environment without CERTDESK_DB, CERTDESK_PG_URL and CERTDESK_MASTER_KEY_FILE, then
/// CERTDESK_MASTER_KEY_FILE=`masterKeyFile`, HOME=`dir`/home (created) and XDG_DATA_HOME,
/// XDG_CONFIG_HOME and XDG_CACHE_HOME inside `dir`; `xdgDataHome` is the XDG_DATA_HOME set.
QProcessEnvironment isolatedEnvironment(const QString &dir, const QString &masterKeyFile,
                                        const QString &xdgDataHome);

/// The whole file, or empty when it cannot be read.
QByteArray fileBytes(const QString &path);
/// Every byte of a SQLite database with its WAL and shared-memory files.
QByteArray allDatabaseBytes(const QString &dbPath);

} // namespace certdesk::clitest

#define CLI_EXPECT_EXIT(run, code)                                                                           \
    QVERIFY2((run).exitCode == int(code),                                                                    \
             qPrintable(QStringLiteral("expected exit code %1 from ").arg(int(code)) + (run).describe()))

#define CLI_JSON(jsonObject, run)                                                                            \
    QJsonObject jsonObject;                                                                                  \
    do {                                                                                                     \
        QJsonParseError parseError_;                                                                         \
        const QJsonDocument document_ = QJsonDocument::fromJson((run).out, &parseError_);                    \
        QVERIFY2(                                                                                            \
            parseError_.error == QJsonParseError::NoError && document_.isObject(),                           \
            qPrintable(                                                                                      \
                QStringLiteral("stdout is not one JSON object (%1) from ").arg(parseError_.errorString()) +  \
                (run).describe()));                                                                          \
        jsonObject = document_.object();                                                                     \
    } while (false)

#define CLI_EXPECT_CONTAINS(haystack, needle)                                                                \
    do {                                                                                                     \
        const QString haystack_ = QString::fromUtf8(haystack);                                               \
        const QString needle_ = QString(needle);                                                             \
        QVERIFY2(haystack_.contains(needle_),                                                                \
                 qPrintable(QStringLiteral("\"%1\" not found in:\n%2").arg(needle_, haystack_)));            \
    } while (false)
