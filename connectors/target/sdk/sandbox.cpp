// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/sandbox.h"

#include "connectors/target/sdk/sandboxpaths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>

namespace certdesk::target {
namespace {

using CurlPtr = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlHeaders = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;
using AddressList = std::unique_ptr<addrinfo, decltype(&freeaddrinfo)>;

constexpr qsizetype MaxResponseBytes = 16 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

/// The scopes of `kind` in `grant`, comma-separated, for a denial message.
QString grantedScopes(const Grant &grant, CapabilityKind kind)
{
    QStringList scopes;
    for (const Capability &capability : grant) {
        if (capability.kind == kind)
            scopes.append(capability.scope);
    }
    return scopes.join(QStringLiteral(", "));
}

Error denial(const QString &connector, const Grant &grant, CapabilityKind kind, const QString &object,
             const QString &reason = {})
{
    const QString scopes = grantedScopes(grant, kind);
    const QString granted = scopes.isEmpty()
                                ? tr("it has no %1 grant").arg(capabilityKindName(kind))
                                : tr("its %1 grant covers only %2").arg(capabilityKindName(kind), scopes);
    const QString message = reason.isEmpty()
                                ? tr("The %1 connector may not %2 %3: %4.")
                                      .arg(connector, capabilityKindName(kind), object, granted)
                                : tr("The %1 connector may not %2 %3: %4; %5.")
                                      .arg(connector, capabilityKindName(kind), object, reason, granted);
    return Error{message, {}, ErrorCode::Denied};
}

/// Variables that change what a binary loads or runs: a connector may not set them.
bool isDangerousVariable(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QStringList forbidden{
        QStringLiteral("PATH"),
        QStringLiteral("IFS"),
        QStringLiteral("ENV"),
        QStringLiteral("BASH_ENV"),
        QStringLiteral("GCONV_PATH"),
        QStringLiteral("LOCPATH"),
        QStringLiteral("NLSPATH"),
        QStringLiteral("HOSTALIASES"),
        QStringLiteral("RESOLV_HOST_CONF"),
        QStringLiteral("MALLOC_TRACE"),
        QStringLiteral("JAVA_TOOL_OPTIONS"),
        QStringLiteral("_JAVA_OPTIONS"),
        QStringLiteral("JDK_JAVA_OPTIONS"),
        QStringLiteral("PERL5OPT"),
        QStringLiteral("PYTHONSTARTUP"),
    };
    return !valid.match(name).hasMatch() || name.startsWith(QLatin1String("LD_")) ||
           name.startsWith(QLatin1String("GLIBC_")) || forbidden.contains(name);
}

QString fileError(const QString &path, int error)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

/// Connects one address within the deadline; -1 with errno set on failure.
int connectWithin(const addrinfo &address, const QDeadlineTimer &deadline)
{
    const int fd =
        ::socket(address.ai_family, address.ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, address.ai_protocol);
    if (fd < 0)
        return -1;
    if (::connect(fd, address.ai_addr, address.ai_addrlen) != 0) {
        if (errno != EINPROGRESS) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return -1;
        }
        pollfd entry{fd, POLLOUT, 0};
        int ready = 0;
        do {
            ready = ::poll(&entry, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        } while (ready < 0 && errno == EINTR);
        int error = ETIMEDOUT;
        socklen_t length = sizeof error;
        if (ready == 1)
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            ::close(fd);
            errno = error;
            return -1;
        }
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

size_t collectBody(char *data, size_t size, size_t count, void *target)
{
    auto *body = static_cast<QByteArray *>(target);
    if (body->size() + qsizetype(size * count) > MaxResponseBytes)
        return 0;
    body->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

SocketHandle::~SocketHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

SocketHandle &SocketHandle::operator=(SocketHandle &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

Sandbox::Sandbox(QString connectorName, Grant grant)
    : m_connectorName(std::move(connectorName)), m_grant(std::move(grant))
{}

Status Sandbox::check(CapabilityKind kind, const QString &object) const
{
    switch (kind) {
    case CapabilityKind::FileRead:
    case CapabilityKind::FileWrite: {
        QString reason;
        const QString cleaned = detail::normalisedPath(object, &reason);
        if (cleaned.isEmpty())
            return denial(m_connectorName, m_grant, kind, object, reason);
        const QString resolved = detail::resolvedPath(cleaned);
        bool lexicallyCovered = false;
        for (const Capability &capability : m_grant) {
            if (capability.kind != kind)
                continue;
            const QString scope = detail::normalisedScope(capability.scope);
            if (!scope.startsWith(u'/') || !detail::scopeCovers(scope, cleaned))
                continue;
            lexicallyCovered = true;
            if (detail::scopeCovers(detail::resolvedScope(scope), resolved))
                return {};
        }
        if (lexicallyCovered)
            reason = tr("it leads through a symbolic link to %1, outside the grant").arg(resolved);
        return denial(m_connectorName, m_grant, kind, object, reason);
    }
    case CapabilityKind::ProcessExec: {
        if (!object.startsWith(u'/'))
            return denial(m_connectorName, m_grant, kind, object, tr("the program is not an absolute path"));
        const QString cleaned = QDir::cleanPath(object);
        const QString canonical = detail::resolvedPath(cleaned);
        for (const Capability &capability : m_grant) {
            if (capability.kind != kind || !capability.scope.startsWith(u'/'))
                continue;
            const QString scope = QDir::cleanPath(capability.scope);
            if (scope == cleaned)
                return {};
            // /bin/true granted, /usr/bin/true found on PATH: the same file under the same name. A
            // different name for the same file (a multi-call binary such as busybox) is not the same
            // program.
            if (QFileInfo(scope).fileName() == QFileInfo(cleaned).fileName() &&
                detail::resolvedPath(scope) == canonical)
                return {};
        }
        return denial(m_connectorName, m_grant, kind, object);
    }
    case CapabilityKind::NetDial: {
        for (const Capability &capability : m_grant) {
            if (capability.kind == kind && capability.scope.compare(object, Qt::CaseInsensitive) == 0)
                return {};
        }
        return denial(m_connectorName, m_grant, kind, object);
    }
    }
    return denial(m_connectorName, m_grant, kind, object);
}

Result<QByteArray> Sandbox::readFile(const QString &path) const
{
    if (Status allowed = check(CapabilityKind::FileRead, path); !allowed)
        return allowed.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !QFileInfo::exists(path);
        return Error{missing ? tr("%1 does not exist.").arg(path) : tr("%1 cannot be read.").arg(path),
                     file.errorString(), missing ? ErrorCode::NotFound : ErrorCode::Generic};
    }
    return file.readAll();
}

Result<FileState> Sandbox::fileState(const QString &path) const
{
    if (Status allowed = check(CapabilityKind::FileRead, path); !allowed)
        return allowed.error();
    FileState state;
    const QByteArray encoded = QFile::encodeName(QDir::cleanPath(path));
    struct stat info = {};
    if (::stat(encoded.constData(), &info) == 0) {
        state.exists = true;
        state.isDirectory = S_ISDIR(info.st_mode);
        state.mode = int(info.st_mode & 07777);
        state.writable = ::access(encoded.constData(), W_OK) == 0;
        return state;
    }
    if (errno != ENOENT)
        return Error{tr("The state of %1 cannot be read.").arg(path), fileError(path, errno)};
    const QByteArray folder = QFile::encodeName(QFileInfo(QDir::cleanPath(path)).path());
    state.writable = ::access(folder.constData(), W_OK | X_OK) == 0;
    return state;
}

Status Sandbox::writeFile(const QString &path, const QByteArray &bytes, sysio::FileMode mode)
{
    if (Status allowed = check(CapabilityKind::FileWrite, path); !allowed)
        return allowed;
    return sysio::writeFileAtomically(QDir::cleanPath(path), bytes, mode);
}

Status Sandbox::removeFile(const QString &path)
{
    if (Status allowed = check(CapabilityKind::FileWrite, path); !allowed)
        return allowed;
    if (::unlink(QFile::encodeName(QDir::cleanPath(path)).constData()) != 0 && errno != ENOENT)
        return Error{tr("%1 cannot be removed.").arg(path), fileError(path, errno)};
    return {};
}

QString Sandbox::resolveProgram(const QString &program)
{
    return detail::findProgram(program);
}

Result<ExecResult> Sandbox::exec(const ExecRequest &request)
{
    const QString program = request.argv.value(0);
    if (program.isEmpty())
        return Error{tr("The %1 connector asked to run an empty command.").arg(m_connectorName),
                     {},
                     ErrorCode::InvalidInput};
    const QString resolved = detail::findProgram(program);
    if (resolved.isEmpty())
        return Error{tr("The program %1 was not found on PATH; give its absolute path.").arg(program),
                     {},
                     ErrorCode::NotFound};
    if (Status allowed = check(CapabilityKind::ProcessExec, resolved); !allowed)
        return allowed.error();
    for (const sysio::EnvironmentVariable &variable : request.extraEnvironment) {
        if (isDangerousVariable(variable.first))
            return denial(m_connectorName, m_grant, CapabilityKind::ProcessExec, resolved,
                          tr("the environment variable %1 may not be set").arg(variable.first));
    }

    sysio::ProcessRequest run;
    run.argv = request.argv;
    run.argv[0] = resolved;
    run.extraEnvironment = request.extraEnvironment;
    run.timeout = request.timeout;
    run.cancelled = request.cancelled;
    const sysio::ProcessOutcome outcome = sysio::runProcess(run);

    ExecResult result;
    result.output = QString::fromLocal8Bit(outcome.output);
    switch (outcome.end) {
    case sysio::ProcessOutcome::End::NotStarted:
        return Error{tr("%1 could not be started: %2.").arg(resolved, outcome.notStartedReason)};
    case sysio::ProcessOutcome::End::Cancelled:
        return Error{tr("%1 was stopped because the work was cancelled.").arg(resolved), result.output,
                     ErrorCode::Cancelled};
    case sysio::ProcessOutcome::End::TimedOut:
        result.timedOut = true;
        break;
    case sysio::ProcessOutcome::End::Signalled:
        result.exitCode = 128 + outcome.code;
        result.output += tr("\n(ended by signal %1)").arg(outcome.code);
        break;
    case sysio::ProcessOutcome::End::Exited:
        result.exitCode = outcome.code;
        break;
    }
    return result;
}

Result<SocketHandle> Sandbox::dial(const QString &host, quint16 port, std::chrono::milliseconds timeout)
{
    // The grant is checked on the name as written, before any lookup: what the name resolves to
    // cannot widen it.
    const QString target = dialScope(host, port);
    if (Status allowed = check(CapabilityKind::NetDial, target); !allowed)
        return allowed.error();
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);

    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *found = nullptr;
    const int lookup =
        ::getaddrinfo(bare.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (lookup != 0)
        return Error{tr("The address of %1 cannot be found.").arg(host),
                     QString::fromLocal8Bit(gai_strerror(lookup))};
    const AddressList addresses(found, &freeaddrinfo);

    const QDeadlineTimer deadline(timeout);
    int lastError = ETIMEDOUT;
    for (const addrinfo *address = addresses.get(); address && !deadline.hasExpired();
         address = address->ai_next) {
        const int fd = connectWithin(*address, deadline);
        if (fd >= 0)
            return SocketHandle(fd);
        lastError = errno;
    }
    return Error{tr("%1 cannot be reached.").arg(target), QString::fromLocal8Bit(std::strerror(lastError))};
}

Result<HttpResponse> Sandbox::request(const HttpRequest &request)
{
    const QUrl url(request.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error{tr("%1 is not an http or https URL.").arg(request.url), {}, ErrorCode::InvalidInput};
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    if (Status allowed = check(CapabilityKind::NetDial, dialScope(url.host(), quint16(port))); !allowed)
        return allowed.error();

    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CurlPtr curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error{tr("An HTTP request could not be prepared."), QStringLiteral("curl_easy_init failed")};
    CURL *handle = curl.get();
    const QByteArray encodedUrl = url.toEncoded();
    char errorText[CURL_ERROR_SIZE] = {};
    QByteArray body;
    curl_easy_setopt(handle, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, long(request.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    // A proxy from the environment would be a connection outside the grant.
    curl_easy_setopt(handle, CURLOPT_PROXY, "");
    curl_easy_setopt(handle, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "CertDesk/" CERTDESK_VERSION);
    curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method == "HEAD")
        curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
        request.method == "PATCH") {
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    CurlHeaders headers(nullptr, &curl_slist_free_all);
    for (const auto &[name, value] : request.headers) {
        const QByteArray line = name + ": " + value;
        curl_slist *appended = curl_slist_append(headers.get(), line.constData());
        if (!appended)
            return Error{tr("An HTTP request could not be prepared."),
                         QStringLiteral("curl_slist_append failed")};
        (void)headers.release();
        headers.reset(appended);
    }
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collectBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &body);

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK)
        return Error{tr("The request to %1 failed.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                     QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)).trimmed()};
    HttpResponse response;
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.body = std::move(body);
    return response;
}

} // namespace certdesk::target
