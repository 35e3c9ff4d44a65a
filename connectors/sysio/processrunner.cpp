// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/sysio/processrunner.h"

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

namespace certdesk::sysio {
namespace {

constexpr int TickMs = 50; ///< how often the program's state, the timeout and the cancel check are looked at
/// After the program ended, its output is read until end of file but no longer than this: a
/// background child that inherited the pipe must not hold the caller up.
constexpr int DrainAfterExitMs = 200;
constexpr qsizetype MaxKeptBytes = 64 * 1024;

/// The signals a program gets back at their default action (this process may ignore or block some).
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

/// The output pipe: the read end stays here, the write end goes to the child.
struct OutputPipe
{
    int readFd = -1;
    int writeFd = -1;
    ~OutputPipe()
    {
        closeRead();
        closeWrite();
    }
    void closeRead()
    {
        if (readFd >= 0)
            ::close(readFd);
        readFd = -1;
    }
    void closeWrite()
    {
        if (writeFd >= 0)
            ::close(writeFd);
        writeFd = -1;
    }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::sysio", text);
}

QString notStartedReason(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no program was given");
    if (!info.isAbsolute())
        return tr("it is not given as an absolute path");
    if (!info.exists())
        return tr("it does not exist");
    if (!info.isFile())
        return tr("it is not a file");
    if (::access(QFile::encodeName(path).constData(), X_OK) != 0)
        return tr("it is not executable (set its execute permission)");
    return {};
}

QString spawnFailure(int error)
{
    switch (error) {
    case ENOEXEC:
        return tr("it is not a program; a script needs a first line such as #!/bin/sh");
    case EACCES:
        return tr("it may not be executed (check the permissions of the file and its folders, and "
                  "whether its file system is mounted noexec)");
    case ENOENT:
        return tr("the interpreter on its #! line does not exist");
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
void readAvailable(OutputPipe &pipe, QByteArray &kept)
{
    while (pipe.readFd >= 0) {
        char buffer[4096];
        const ssize_t got = ::read(pipe.readFd, buffer, sizeof buffer);
        if (got > 0) {
            kept.append(buffer, got);
            if (kept.size() > MaxKeptBytes)
                kept.remove(0, kept.size() - MaxKeptBytes);
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && errno == EAGAIN) {
            return;
        } else {
            pipe.closeRead();
        }
    }
}

void waitBlocking(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

/// Wipes the environment copies (they may hold a password) before they are freed.
void wipe(std::vector<QByteArray> &entries)
{
    for (QByteArray &entry : entries)
        entry.fill('\0');
}

} // namespace

ProcessOutcome runProcess(const ProcessRequest &request)
{
    ProcessOutcome outcome;
    const QString program = request.argv.value(0);
    outcome.notStartedReason = notStartedReason(program);
    if (!outcome.notStartedReason.isEmpty())
        return outcome;

    OutputPipe pipe;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        outcome.notStartedReason = QString::fromLocal8Bit(std::strerror(errno));
        return outcome;
    }
    pipe.readFd = pipeFds[0];
    pipe.writeFd = pipeFds[1];

    SpawnSetup setup;
    posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (request.captureStdout)
        posix_spawn_file_actions_adddup2(&setup.actions, pipe.writeFd, STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&setup.actions, pipe.writeFd, STDERR_FILENO);
    sigset_t signals;
    sigemptyset(&signals);
    posix_spawnattr_setsigmask(&setup.attributes, &signals);
    for (const int signal : ResetSignals)
        sigaddset(&signals, signal);
    posix_spawnattr_setsigdefault(&setup.attributes, &signals);
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    posix_spawnattr_setflags(&setup.attributes,
                             POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<QByteArray> environment = environmentWith(request.extraEnvironment);
    std::vector<char *> envp;
    for (QByteArray &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<QByteArray> arguments;
    for (const QString &argument : request.argv)
        arguments.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    // posix_spawn, not posix_spawnp: the path is taken as it is, and nothing is looked up in PATH.
    const int spawned =
        ::posix_spawn(&pid, argv[0], &setup.actions, &setup.attributes, argv.data(), envp.data());
    pipe.closeWrite();
    wipe(environment);
    if (spawned != 0) {
        outcome.notStartedReason = spawnFailure(spawned);
        return outcome;
    }
    ::fcntl(pipe.readFd, F_SETFL, ::fcntl(pipe.readFd, F_GETFL) | O_NONBLOCK);

    const QDeadlineTimer deadline(request.timeout);
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
        if (exited && (pipe.readFd < 0 || sinceExit.elapsed() >= DrainAfterExitMs))
            break;
        if (!exited) {
            const bool timedOut = deadline.hasExpired();
            if (timedOut || (request.cancelled && request.cancelled())) {
                // The program is not reaped yet, so its process group cannot have been reused.
                ::kill(-pid, SIGKILL);
                waitBlocking(pid);
                readAvailable(pipe, outcome.output);
                outcome.end = timedOut ? ProcessOutcome::End::TimedOut : ProcessOutcome::End::Cancelled;
                return outcome;
            }
        }
        pollfd entry{pipe.readFd, POLLIN, 0};
        ::poll(&entry, pipe.readFd >= 0 ? 1 : 0, TickMs);
        readAvailable(pipe, outcome.output);
    }
    if (status != -1 && WIFSIGNALED(status)) {
        outcome.end = ProcessOutcome::End::Signalled;
        outcome.code = WTERMSIG(status);
    } else {
        outcome.end = ProcessOutcome::End::Exited;
        outcome.code = status == -1 ? -1 : WEXITSTATUS(status);
    }
    return outcome;
}

} // namespace certdesk::sysio
