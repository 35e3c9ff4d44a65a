// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the certdeskctl end-to-end tests (tst_cli*): runs the real binary with QProcess in a
// sandbox (an isolated environment inside a temporary folder, with its own inventory and master
// passphrase file), keeps what it printed for the secret checks, reads its JSON, and has the
// QVERIFY-style macros that print the whole run when a check fails. The library
// certdesk_clitestsupport defines CERTDESKCTL_PATH for it and the tests.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

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
    /// Standard output as one JSON object; nullopt when it is not one.
    std::optional<QJsonObject> jsonObject() const;
};

/// Runs CERTDESKCTL_PATH with `arguments` in `workDir` with `env` and waits for it (60 s at most,
/// then it is killed and exitCode is -1). Standard input is closed at once.
CliRun runCertdeskctl(const QStringList &arguments, const QProcessEnvironment &env, const QString &workDir);

/// The system environment without CERTDESK_DB, CERTDESK_PG_URL and CERTDESK_MASTER_KEY_FILE, then
/// CERTDESK_MASTER_KEY_FILE=`masterKeyFile`, HOME=`dir`/home (created) and XDG_DATA_HOME,
/// XDG_CONFIG_HOME and XDG_CACHE_HOME inside `dir`; `xdgDataHome` is the XDG_DATA_HOME set.
QProcessEnvironment isolatedEnvironment(const QString &dir, const QString &masterKeyFile,
                                        const QString &xdgDataHome);

/// A `certdeskctl daemon` that a CliSandbox runs in the background, with what it printed so far.
struct DaemonProcess
{
    std::unique_ptr<QProcess> process;
    QByteArray out;
    QByteArray err;

    /// Reads what it printed since the last call.
    void drain();
    /// Reads its output until standard output contains `needle`; false after `timeoutMs` or when it
    /// exited first.
    bool waitForOutput(const QByteArray &needle, int timeoutMs);
    QString describe() const;
};

/// One test function's certdeskctl world, made afresh in each init(): a temporary folder holding the
/// master passphrase file master.pass, the inventory inv.sqlite and the HOME and XDG folders of an
/// isolatedEnvironment() with English messages (LC_ALL=C.UTF-8, LANGUAGE=en); and the transcript of
/// everything certdeskctl printed in it, for the checks that no secret is ever shown.
class CliSandbox final
{
public:
    /// Makes the folder and writes `masterPassphrase` and a line break into master.pass.
    explicit CliSandbox(const QByteArray &masterPassphrase);
    /// Kills the daemons still running.
    ~CliSandbox();
    Q_DISABLE_COPY_MOVE(CliSandbox)

    /// False when the folder could not be made; errorString() says why.
    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }

    /// The folder, and the path of `name` inside it.
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The inventory that run() names with --db.
    const QString &db() const { return m_db; }
    /// XDG_DATA_HOME, where certdeskctl would create the user's default inventory.
    const QString &xdgDataHome() const { return m_xdgDataHome; }
    /// The environment certdeskctl runs with; a test may change it.
    QProcessEnvironment &environment() { return m_env; }

    /// Runs certdeskctl --db db() `arguments`; its output goes into the transcript.
    CliRun run(const QStringList &arguments);
    /// Runs certdeskctl with `arguments` as they are (no --db); its output goes into the transcript.
    CliRun runRaw(const QStringList &arguments);
    /// Starts `certdeskctl --db db() daemon` plus `extra` and waits until it says it is running;
    /// nullptr (with a warning) when it does not. The sandbox owns it.
    DaemonProcess *startDaemon(const QStringList &extra = {});
    /// Sends `signal` to the daemon and waits for it to exit (false on a timeout); what it printed
    /// goes into the transcript.
    bool stopDaemon(DaemonProcess &daemon, int signal);
    /// Kills the daemons still running; what every daemon printed goes into the transcript.
    void killDaemons();
    /// Everything certdeskctl printed in this sandbox.
    const QByteArray &transcript() const { return m_transcript; }

    /// Which of `secrets` appears in the transcript or in the database files (UTF-8 or UTF-16) and
    /// where, one line each; empty when none does.
    QString secretLeaks(const QList<QByteArray> &secrets) const;
    /// Whether the user's default inventory was created (it must not be when --db is given).
    bool defaultInventoryExists() const;

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_xdgDataHome;
    QProcessEnvironment m_env;
    QByteArray m_transcript;
    std::vector<std::unique_ptr<DaemonProcess>> m_daemons;
};

/// The strings of a JSON array.
QStringList toStringList(const QJsonValue &value);
/// Lowercase hex SHA-256, computed here rather than with the product's helper.
QString sha256Hex(const QByteArray &der);

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

/// Fails the test when a secret appears in what `sandbox` saw.
#define CLI_EXPECT_NO_SECRETS(sandbox, ...)                                                                  \
    do {                                                                                                     \
        const QString leaks_ = (sandbox).secretLeaks(__VA_ARGS__);                                           \
        QVERIFY2(leaks_.isEmpty(), qPrintable(leaks_));                                                      \
    } while (false)

#define CLI_EXPECT_CONTAINS(haystack, needle)                                                                \
    do {                                                                                                     \
        const QString haystack_ = QString::fromUtf8(haystack);                                               \
        const QString needle_ = QString(needle);                                                             \
        QVERIFY2(haystack_.contains(needle_),                                                                \
                 qPrintable(QStringLiteral("\"%1\" not found in:\n%2").arg(needle_, haystack_)));            \
    } while (false)
