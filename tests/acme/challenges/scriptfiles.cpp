// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/scriptfiles.h"

#include <QDir>
#include <QFile>

namespace certdesk::testsupport {

QString writeScript(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body) != body.size())
        return {};
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                             QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                             QFileDevice::ExeOther))
        return {};
    return path;
}

QByteArray recordingScript(int exitCode)
{
    return "#!/bin/sh\n"
           "out=$(mktemp \"$CERTDESK_TEST_OUT/run.XXXXXX\") || exit 99\n"
           "{ printf 'ARGC=%s\\0' \"$#\"; printf 'ARG0=%s\\0' \"$0\"; env -0; } > \"$out\"\n"
           "exit " +
           QByteArray::number(exitCode) + "\n";
}

QList<RecordedRun> recordedRuns(const QString &dir)
{
    QList<RecordedRun> runs;
    const QStringList files = QDir(dir).entryList({QStringLiteral("run.*")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(dir).absoluteFilePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        RecordedRun run;
        for (const QByteArray &entry : file.readAll().split('\0')) {
            const qsizetype equals = entry.indexOf('=');
            if (equals <= 0)
                continue;
            const QString key = QString::fromUtf8(entry.first(equals));
            const QString value = QString::fromUtf8(entry.sliced(equals + 1));
            if (key == QLatin1String("ARGC") && run.argumentCount < 0)
                run.argumentCount = value.toInt();
            else if (key == QLatin1String("ARG0") && run.program.isEmpty())
                run.program = value;
            else
                run.environment.insert(key, value);
        }
        runs.append(run);
    }
    return runs;
}

QString shippedScriptsDir()
{
    return QStringLiteral(CERTDESK_TEST_SCRIPTS_DIR);
}

bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state follows the last ')'
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) != 'Z' && line.at(close + 2) != 'X';
}

} // namespace certdesk::testsupport
