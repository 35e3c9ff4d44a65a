// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/scriptrunner.h"

#include <QStringList>

namespace certdesk::issuer::acme {
namespace {

constexpr int MaxTailLines = 10;
constexpr qsizetype MaxTailChars = 2000;

QString lastLines(const QByteArray &kept)
{
    QStringList lines = QString::fromLocal8Bit(kept).trimmed().split(u'\n');
    if (lines.size() > MaxTailLines)
        lines = lines.mid(lines.size() - MaxTailLines);
    QString tail = lines.join(u'\n');
    if (tail.size() > MaxTailChars)
        tail = tail.right(MaxTailChars);
    return tail;
}

} // namespace

ScriptOutcome runScript(const QString &path, const QList<EnvironmentVariable> &extra,
                        std::chrono::milliseconds timeout, const CancelCheck &cancelled)
{
    sysio::ProcessRequest request;
    request.argv = QStringList{path};
    request.extraEnvironment = extra;
    request.timeout = timeout;
    request.cancelled = cancelled;
    request.captureStdout = false; // a DNS hook's stdout is not part of its error report
    const sysio::ProcessOutcome run = sysio::runProcess(request);

    ScriptOutcome outcome;
    outcome.end = run.end;
    outcome.code = run.code;
    outcome.notStartedReason = run.notStartedReason;
    if (outcome.end != ScriptOutcome::End::NotStarted)
        outcome.stderrTail = lastLines(run.output);
    return outcome;
}

} // namespace certdesk::issuer::acme
