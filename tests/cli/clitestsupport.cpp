// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clitestsupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <signal.h>
#include <sys/types.h>

namespace certdesk::clitest {

QString CliRun::describe() const
{
    return QStringLiteral("certdeskctl %1\n  exit code: %2\n  stdout: %3\n  stderr: %4")
        .arg(arguments.join(u' '))
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

std::optional<QJsonObject> CliRun::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

CliRun runCertdeskctl(const QStringList &arguments, const QProcessEnvironment &env, const QString &workDir)
{
    CliRun r;
    r.arguments = arguments;
    QProcess p;
    p.setProgram(QStringLiteral(CERTDESKCTL_PATH));
    p.setArguments(arguments);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start();
    if (!p.waitForStarted(ProcessTimeoutMs)) {
        r.err = "could not start " CERTDESKCTL_PATH ": " + p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(ProcessTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "\n[timed out after 60 s]";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

QProcessEnvironment isolatedEnvironment(const QString &dir, const QString &masterKeyFile,
                                        const QString &xdgDataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"CERTDESK_DB", "CERTDESK_PG_URL", "CERTDESK_MASTER_KEY_FILE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("CERTDESK_MASTER_KEY_FILE"), masterKeyFile);
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/xdg-cache"));
    QDir().mkpath(dir + QStringLiteral("/home"));
    return env;
}

void DaemonProcess::drain()
{
    out += process->readAllStandardOutput();
    err += process->readAllStandardError();
}

bool DaemonProcess::waitForOutput(const QByteArray &needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    drain();
    while (!out.contains(needle)) {
        if (deadline.hasExpired() || process->state() != QProcess::Running)
            return false;
        process->waitForReadyRead(int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
        drain();
    }
    return true;
}

QString DaemonProcess::describe() const
{
    return QStringLiteral("daemon %1\n  stdout: %2\n  stderr: %3")
        .arg(process->arguments().join(u' '), QString::fromUtf8(out), QString::fromUtf8(err));
}

CliSandbox::CliSandbox(const QByteArray &masterPassphrase)
    : m_db(path(QStringLiteral("inv.sqlite"))), m_xdgDataHome(path(QStringLiteral("xdg-data")))
{
    if (!m_dir.isValid())
        return;
    QFile passphrase(path(QStringLiteral("master.pass")));
    if (!passphrase.open(QIODevice::WriteOnly) || passphrase.write(masterPassphrase + '\n') < 0) {
        qWarning("cannot write %s: %s", qPrintable(passphrase.fileName()),
                 qPrintable(passphrase.errorString()));
        m_dir.remove();
        return;
    }
    passphrase.close();
    m_env = isolatedEnvironment(dir(), passphrase.fileName(), m_xdgDataHome);
    // The messages the tests check are the untranslated ones.
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
}

CliRun CliSandbox::run(const QStringList &arguments)
{
    return runRaw(QStringList{QStringLiteral("--db"), m_db} + arguments);
}

CliRun CliSandbox::runRaw(const QStringList &arguments)
{
    CliRun r = runCertdeskctl(arguments, m_env, dir());
    m_transcript += r.out + r.err;
    return r;
}

CliSandbox::~CliSandbox()
{
    killDaemons();
}

DaemonProcess *CliSandbox::startDaemon(const QStringList &extra)
{
    auto daemon = std::make_unique<DaemonProcess>();
    daemon->process = std::make_unique<QProcess>();
    daemon->process->setProgram(QStringLiteral(CERTDESKCTL_PATH));
    daemon->process->setArguments(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("daemon")} +
                                  extra);
    daemon->process->setProcessEnvironment(m_env);
    daemon->process->setWorkingDirectory(dir());
    daemon->process->start();
    m_daemons.push_back(std::move(daemon));
    DaemonProcess *started = m_daemons.back().get();
    if (!started->process->waitForStarted(ProcessTimeoutMs)) {
        qWarning("the daemon did not start: %s", qPrintable(started->process->errorString()));
        return nullptr;
    }
    started->process->closeWriteChannel();
    if (!started->waitForOutput("daemon running", ProcessTimeoutMs)) {
        qWarning("the daemon did not say it is running: %s", qPrintable(started->describe()));
        return nullptr;
    }
    return started;
}

bool CliSandbox::stopDaemon(DaemonProcess &daemon, int signal)
{
    if (daemon.process->state() == QProcess::Running) {
        if (signal == SIGTERM)
            daemon.process->terminate();
        else
            ::kill(pid_t(daemon.process->processId()), signal);
    }
    const bool finished =
        daemon.process->state() == QProcess::NotRunning || daemon.process->waitForFinished(ProcessTimeoutMs);
    daemon.drain();
    m_transcript += daemon.out + daemon.err;
    return finished;
}

void CliSandbox::killDaemons()
{
    for (auto &daemon : m_daemons) {
        if (daemon->process->state() != QProcess::NotRunning) {
            daemon->process->kill();
            daemon->process->waitForFinished(5000);
        }
        daemon->drain();
        m_transcript += daemon->out + daemon->err;
    }
    m_daemons.clear();
}

QString CliSandbox::secretLeaks(const QList<QByteArray> &secrets) const
{
    const QByteArray database = allDatabaseBytes(m_db);
    QStringList leaks;
    for (const auto &secret : secrets) {
        const QString text = QString::fromUtf8(secret);
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        if (m_transcript.contains(secret))
            leaks << QStringLiteral("a secret appears in certdeskctl's output: ") + text;
        if (database.contains(secret))
            leaks << QStringLiteral("a secret appears in the database in plain text: ") + text;
        if (database.contains(utf16))
            leaks << QStringLiteral("a secret appears in the database in plain text (UTF-16): ") + text;
    }
    return leaks.join(u'\n');
}

bool CliSandbox::defaultInventoryExists() const
{
    return QFileInfo::exists(m_xdgDataHome + QStringLiteral("/certdesk/inventory.sqlite"));
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray allDatabaseBytes(const QString &dbPath)
{
    QByteArray all;
    for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(dbPath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace certdesk::clitest
