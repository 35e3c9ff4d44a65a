// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/remotecommand.h"

#include "connectors/target/ssh/sshsession.h"
#include "connectors/target/ssh/sshtr.h"

#include <QDeadlineTimer>

namespace certdesk::target::ssh {
namespace {

constexpr qsizetype MaxOutputBytes = 64 * 1024;
constexpr int PollMs = 100;

struct ChannelDeleter
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using ChannelPtr = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelDeleter>;

void keepTail(QByteArray &output)
{
    if (output.size() > MaxOutputBytes)
        output.remove(0, output.size() - MaxOutputBytes);
}

} // namespace

QString remoteCommandLine(const QStringList &argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (QString argument : argv)
        quoted.append(u'\'' + argument.replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    return quoted.join(u' ');
}

Result<ExecResult> runRemoteCommand(SshSession &session, const QStringList &argv,
                                    std::chrono::milliseconds timeout, const CancelCheck &cancelled)
{
    const QString commandLine = remoteCommandLine(argv);
    const ChannelPtr channel(ssh_channel_new(session.handle()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK ||
        ssh_channel_request_exec(channel.get(), commandLine.toUtf8().constData()) != SSH_OK) {
        return Error{tr("%1 could not be started on %2.").arg(argv.value(0), session.peer()),
                     session.lastError()};
    }

    ExecResult result;
    QByteArray output;
    char buffer[8192];
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        if (cancelled && cancelled())
            return Error{
                tr("%1 on %2 was stopped because the work was cancelled.").arg(argv.value(0), session.peer()),
                QString::fromUtf8(output), ErrorCode::Cancelled};
        if (deadline.hasExpired()) {
            result.timedOut = true;
            break;
        }
        const int out = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, 0, PollMs);
        if (out > 0)
            output.append(buffer, out);
        const int err = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 1);
        if (err > 0)
            output.append(buffer, err);
        keepTail(output);
        if (out == SSH_ERROR || err == SSH_ERROR)
            return Error{tr("The connection to %1 broke while %2 ran.").arg(session.peer(), argv.value(0)),
                         session.lastError()};
        if (out <= 0 && err <= 0 && ssh_channel_is_eof(channel.get()))
            break;
    }
    if (!result.timedOut) {
        ssh_channel_send_eof(channel.get());
        result.exitCode = ssh_channel_get_exit_status(channel.get());
    } else {
        output += tr("\n(stopped after %1 s)").arg(timeout.count() / 1000).toUtf8();
    }
    result.output = QString::fromUtf8(output);
    return result;
}

} // namespace certdesk::target::ssh
