// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/commandrunner.h"

#include "connectors/target/sdk/sandboxpaths.h"

#include <QCoreApplication>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

} // namespace

Status CommandRunner::check(const QStringList &) const
{
    return {};
}

Result<QString> SandboxCommandRunner::program(const QStringList &argv) const
{
    const QString program = detail::findProgram(argv.first());
    if (program.isEmpty())
        return Error{tr("The program %1 was not found on PATH; give its absolute path.").arg(argv.first()),
                     {},
                     ErrorCode::NotFound};
    if (Status allowed = m_sandbox.check(CapabilityKind::ProcessExec, program); !allowed)
        return allowed.error();
    return program;
}

Status SandboxCommandRunner::check(const QStringList &argv) const
{
    if (const Result<QString> found = program(argv); !found)
        return found.error();
    return {};
}

Result<ExecResult> SandboxCommandRunner::run(const QStringList &argv, const CancelCheck &cancelled)
{
    ExecRequest request;
    request.argv = argv;
    request.timeout = m_timeout;
    request.cancelled = cancelled;
    Result<ExecResult> result = m_sandbox.exec(request);
    if (result && result->timedOut)
        result->output = result->output.trimmed() +
                         tr("\n(stopped after %1 s without finishing)").arg(m_timeout.count() / 1000);
    return result;
}

CommandRun runCommand(CommandRunner &runner, const QStringList &argv, const CancelCheck &cancelled)
{
    const Result<ExecResult> result = runner.run(argv, cancelled);
    if (!result)
        return {false, result.error().code == ErrorCode::Cancelled, result.error().fullText()};
    QString output = result->output.trimmed();
    if (!result->timedOut && result->exitCode != 0)
        output += tr("\n(exit status %1)").arg(result->exitCode);
    return {result->succeeded(), false, output.trimmed()};
}

} // namespace certdesk::target
