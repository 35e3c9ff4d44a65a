// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace certdesk::clitest {

QString CliRun::describe() const
{
    return QStringLiteral("certdeskctl %1\n  exit code: %2\n  stdout: %3\n  stderr: %4")
        .arg(arguments.join(u' '))
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
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
