// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/support/targettestsupport.h"

#include "connectors/pki/symmetriccrypto.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <QDeadlineTimer>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk::testsupport {
namespace {

struct TestCas
{
    TestCa root;
    TestCa intermediate;
};

const TestCas &testCas()
{
    static const TestCas cas = [] {
        TestCas made;
        made.root = makeSelfSignedCa(QStringLiteral("CertDesk Deploy Test Root"));
        made.intermediate =
            makeIntermediateCa(made.root, QStringLiteral("CertDesk Deploy Test Intermediate"));
        return made;
    }();
    return cas;
}

} // namespace

target::Deployment makeTestDeployment(const QString &cn)
{
    const TestCas &cas = testCas();
    const TestCertificate leaf = makeLeaf(cas.intermediate, cn, {QStringLiteral("DNS:") + cn});
    target::Deployment deployment;
    deployment.certificateDer = leaf.der;
    deployment.chainDer = {cas.intermediate.der};
    deployment.privateKeyPem = pki::SecureBytes(privateKeyPem(leaf));
    deployment.sha256 = pki::sha256Hex(leaf.der);
    deployment.commonName = cn;
    return deployment;
}

QByteArray testDeploymentRootDer()
{
    return testCas().root.der;
}

QString missingProgram(const QString &program, const QString &debianPackage)
{
    QStringList folders = qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/sbin") << QStringLiteral("/sbin");
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfo candidate(QDir(folder).filePath(program));
        if (candidate.isFile() && candidate.isExecutable())
            return {};
    }
    return QStringLiteral("%1 is not installed: install the Debian package %2 "
                          "(installer/install-deps.sh --test).")
        .arg(program, debianPackage);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int fileMode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString lastLines(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = file.readAll().trimmed().split('\n');
    return QString::fromUtf8(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

Status startRetryingTakenPorts(int attempts, const std::function<Status(bool retrying)> &startOnce,
                               const std::function<QString()> &logs, const std::function<void()> &stop)
{
    Error last{QStringLiteral("the server was not started")};
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Status started = startOnce(attempt > 0);
        if (started)
            return {};
        last = started.error();
        last.detail = logs();
        stop();
        if (!last.detail.contains(QLatin1String("address already in use"), Qt::CaseInsensitive))
            break;
    }
    return last;
}

bool waitForLoopbackPort(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        if (connected)
            return true;
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

SilentListener::SilentListener()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        qFatal("SilentListener: cannot listen on 127.0.0.1");
    m_port = ntohs(address.sin_port);
}

SilentListener::~SilentListener()
{
    ::close(m_fd);
}

QMap<QString, QByteArray> snapshotFolder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        QByteArray entry = QByteArray::number(int(info.st_mode & 07777), 8) + ' ';
        if (S_ISLNK(info.st_mode)) {
            entry += "-> " + QFile::encodeName(QFile::symLinkTarget(path));
        } else {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                entry += file.readAll();
        }
        files.insert(path, entry);
    }
    return files;
}

} // namespace certdesk::testsupport
