// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/scriptrunner.h"

#include "connectors/issuer/acme/challenges/uniquefd.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace certdesk::issuer::acme {
namespace {

constexpr int TickMs = 50; ///< how often the script's state, the timeout and the cancel check are looked at
/// After the script ended, its stderr is read until end of file but no longer than this: a
/// background child that inherited the pipe must not hold the caller up.
constexpr int DrainAfterExitMs = 200;
constexpr qsizetype MaxKeptBytes = 16 * 1024;
constexpr int MaxTailLines = 10;
constexpr qsizetype MaxTailChars = 2000;

/// The signals a script gets back at their default action (this process may ignore or block some).
constexpr int ResetSignals[] = {SIGPIPE, SIGINT,  SIGQUIT, SIGTERM, SIGHUP,  SIGCHLD,
                                SIGALRM, SIGUSR1, SIGUSR2, SIGTSTP, SIGTTIN, SIGTTOU};

/// posix_spawn's attributes and file actions, destroyed on every path.
class SpawnSetup
{
public:
    SpawnSetup()
    {
        posix_spawnattr_init(&attributes);
        posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;

    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
};

QString notStartedReason(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return QCoreApplication::translate("certdesk::issuer::acme", "it is not given as an absolute path");
    if (!info.exists())
        return QCoreApplication::translate("certdesk::issuer::acme", "it does not exist");
    if (!info.isFile())
        return QCoreApplication::translate("certdesk::issuer::acme", "it is not a file");
    if (::access(QFile::encodeName(path).constData(), X_OK) != 0)
        return QCoreApplication::translate("certdesk::issuer::acme",
                                           "it is not executable (set its execute permission)");
    return {};
}

QString spawnFailure(int error)
{
    switch (error) {
    case ENOEXEC:
        return QCoreApplication::translate("certdesk::issuer::acme",
                                           "it is not a program; a script needs a first line such as "
                                           "#!/bin/sh");
    case EACCES:
        return QCoreApplication::translate("certdesk::issuer::acme",
                                           "it may not be executed (check the permissions of the file and "
                                           "its folders, and whether its file system is mounted noexec)");
    case ENOENT:
        return QCoreApplication::translate("certdesk::issuer::acme",
                                           "the interpreter on its #! line does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

std::vector<QByteArray> environmentWith(const QList<EnvironmentVariable> &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const EnvironmentVariable &variable : extra)
        environment.insert(variable.first, variable.second);
    std::vector<QByteArray> entries;
    for (const QString &entry : environment.toStringList())
        entries.push_back(entry.toLocal8Bit());
    return entries;
}

/// Reads what the pipe has now; closes it at end of file or on an error.
void readAvailable(UniqueFd &pipe, QByteArray &kept)
{
    while (pipe.valid()) {
        char buffer[4096];
        const ssize_t got = ::read(pipe.get(), buffer, sizeof buffer);
        if (got > 0) {
            kept.append(buffer, got);
            if (kept.size() > MaxKeptBytes)
                kept.remove(0, kept.size() - MaxKeptBytes);
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && errno == EAGAIN) {
            return;
        } else {
            pipe.reset();
        }
    }
}

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

void waitBlocking(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

} // namespace

ScriptOutcome runScript(const QString &path, const QList<EnvironmentVariable> &extra,
                        std::chrono::milliseconds timeout, const CancelCheck &cancelled)
{
    ScriptOutcome outcome;
    outcome.notStartedReason = notStartedReason(path);
    if (!outcome.notStartedReason.isEmpty())
        return outcome;

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        outcome.notStartedReason = QString::fromLocal8Bit(std::strerror(errno));
        return outcome;
    }
    UniqueFd readEnd(pipeFds[0]);
    UniqueFd writeEnd(pipeFds[1]);

    SpawnSetup setup;
    posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&setup.actions, writeEnd.get(), STDERR_FILENO);
    sigset_t signals;
    sigemptyset(&signals);
    posix_spawnattr_setsigmask(&setup.attributes, &signals);
    for (const int signal : ResetSignals)
        sigaddset(&signals, signal);
    posix_spawnattr_setsigdefault(&setup.attributes, &signals);
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    posix_spawnattr_setflags(&setup.attributes,
                             POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<QByteArray> environment = environmentWith(extra);
    std::vector<char *> envp;
    for (QByteArray &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    QByteArray program = QFile::encodeName(path);
    char *argv[] = {program.data(), nullptr};

    pid_t pid = 0;
    // posix_spawn, not posix_spawnp: the path is taken as it is, and nothing is looked up in PATH.
    const int spawned =
        ::posix_spawn(&pid, program.constData(), &setup.actions, &setup.attributes, argv, envp.data());
    writeEnd.reset();
    if (spawned != 0) {
        outcome.notStartedReason = spawnFailure(spawned);
        return outcome;
    }
    ::fcntl(readEnd.get(), F_SETFL, ::fcntl(readEnd.get(), F_GETFL) | O_NONBLOCK);

    const QDeadlineTimer deadline(timeout);
    QByteArray kept;
    bool exited = false;
    int status = 0;
    QElapsedTimer sinceExit;
    for (;;) {
        if (!exited) {
            const pid_t waited = ::waitpid(pid, &status, WNOHANG);
            if (waited == pid || (waited < 0 && errno == ECHILD)) {
                if (waited < 0)
                    status = -1; // reaped elsewhere (SIGCHLD ignored): the exit status is lost
                exited = true;
                sinceExit.start();
            }
        }
        if (exited && (!readEnd.valid() || sinceExit.elapsed() >= DrainAfterExitMs))
            break;
        if (!exited) {
            const bool timedOut = deadline.hasExpired();
            if (timedOut || (cancelled && cancelled())) {
                // The script is not reaped yet, so its process group cannot have been reused.
                ::kill(-pid, SIGKILL);
                waitBlocking(pid);
                readAvailable(readEnd, kept);
                outcome.end = timedOut ? ScriptOutcome::End::TimedOut : ScriptOutcome::End::Cancelled;
                outcome.stderrTail = lastLines(kept);
                return outcome;
            }
        }
        pollfd entry{readEnd.get(), POLLIN, 0};
        ::poll(&entry, readEnd.valid() ? 1 : 0, TickMs);
        readAvailable(readEnd, kept);
    }
    outcome.stderrTail = lastLines(kept);
    if (status != -1 && WIFSIGNALED(status)) {
        outcome.end = ScriptOutcome::End::Signalled;
        outcome.code = WTERMSIG(status);
    } else {
        outcome.end = ScriptOutcome::End::Exited;
        outcome.code = status == -1 ? -1 : WEXITSTATUS(status);
    }
    return outcome;
}

} // namespace certdesk::issuer::acme
