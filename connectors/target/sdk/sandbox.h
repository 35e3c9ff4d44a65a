// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/sysio/atomicfile.h"
#include "connectors/sysio/processrunner.h"
#include "connectors/target/sdk/capability.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <utility>

namespace certdesk::target {

/// What a file looks like now, for backups and checks.
struct FileState
{
    bool exists = false;
    bool isDirectory = false;
    bool writable = false; ///< by this process (the file, or its folder when it does not exist)
    int mode = 0;          ///< permission bits, e.g. 0600
};

/// A program to run: argv[0] is the binary (absolute, or found on PATH), the rest its arguments.
/// Never run through a shell.
struct ExecRequest
{
    QStringList argv;
    std::chrono::milliseconds timeout{60000};
    /// Variables added to the inherited environment, e.g. a password for `keytool -storepass:env`,
    /// which other users cannot read the way they read a command line. LD_* and similar variables
    /// that would change what the binary runs are denied.
    QList<sysio::EnvironmentVariable> extraEnvironment;
    std::function<bool()> cancelled; ///< true kills the program and its process group
};

/// How a program ended: its exit status and what it printed (stdout and stderr interleaved, the
/// last 64 KiB).
struct ExecResult
{
    int exitCode = -1;
    bool timedOut = false;
    QString output;
    bool succeeded() const { return !timedOut && exitCode == 0; }
};

/// An HTTP request for API-style targets (Caddy's admin API). Redirects are not followed.
struct HttpRequest
{
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds timeout{15000};
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

/// An open TCP connection handed out by Sandbox::dial; closes the socket when destroyed unless it
/// was released to a library that takes ownership.
class SocketHandle
{
public:
    SocketHandle() = default;
    explicit SocketHandle(int fd) : m_fd(fd) {}
    ~SocketHandle();
    SocketHandle(SocketHandle &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    SocketHandle &operator=(SocketHandle &&other) noexcept;
    SocketHandle(const SocketHandle &) = delete;
    SocketHandle &operator=(const SocketHandle &) = delete;

    int fd() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd = -1;
};

/// The only door a Connector has to the machine and the network. Every operation is checked
/// against the Grant it was made with; anything outside fails with ErrorCode::Denied and an error
/// that names the operation, the object and what was granted. Paths must be absolute; ".."
/// components and symbolic links that lead outside a granted prefix are refused. Thread-compatible:
/// one Sandbox per deployment.
class Sandbox
{
public:
    /// `connectorName` appears in denial messages ("the nginx connector may not ...").
    Sandbox(QString connectorName, Grant grant);

    const Grant &grant() const { return m_grant; }

    Result<QByteArray> readFile(const QString &path) const; ///< fs.read
    Result<FileState> fileState(const QString &path) const; ///< fs.read
    /// Atomic (temporary file in the same folder, fsync, rename), created with its final mode.
    Status writeFile(const QString &path, const QByteArray &bytes, sysio::FileMode mode); ///< fs.write
    Status removeFile(const QString &path); ///< fs.write; a missing file is not an error
    /// Runs argv without a shell; exec grants name the resolved absolute binary.
    Result<ExecResult> exec(const ExecRequest &request); ///< process.exec
    /// A connected TCP socket (blocking mode), within `timeout`.
    Result<SocketHandle> dial(const QString &host, quint16 port,
                              std::chrono::milliseconds timeout = std::chrono::seconds(10)); ///< net.dial
    /// An HTTP(S) request to a granted host:port; TLS peers are verified with the system CAs.
    Result<HttpResponse> request(const HttpRequest &request); ///< net.dial

    /// The absolute path exec() runs for `program` (argv[0]): itself when it holds a '/', else the
    /// first executable of that name on PATH and then in the system folders (/usr/local/sbin ...
    /// /bin); empty when there is none. Grants name this path.
    static QString resolveProgram(const QString &program);

    /// Checks without doing: Denied error, or success. For connectors that must ask before they
    /// hand an operation to a library.
    Status check(CapabilityKind kind, const QString &object) const;

private:
    QString m_connectorName;
    Grant m_grant;
};

} // namespace certdesk::target
