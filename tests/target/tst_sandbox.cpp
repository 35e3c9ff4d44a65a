// SPDX-License-Identifier: GPL-3.0-or-later
// The capability sandbox: every operation inside its grant works, everything outside is denied
// with an error that names the connector, the operation, the object and the grant.

#include "connectors/target/sdk/sandbox.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::target;

namespace {

Capability cap(CapabilityKind kind, const QString &scope)
{
    return Capability{kind, scope};
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesAndReadsInsideTheGrant();
    void writesWithTheRequestedMode();
    void deniesWithAClearMessage();
    void deniesRelativePaths();
    void deniesDotDot();
    void matchesOnComponentBoundaries();
    void fileScopeCoversThatFileAlone();
    void readGrantDoesNotAllowWrites();
    void deniesASymlinkThatLeadsOut();
    void allowsASymlinkThatStaysInside();
    void grantedFolderMayItselfBeASymlink();
    void removesFiles();
    void fileStateReportsModeAndWritability();
    void execRunsAGrantedProgramFoundOnPath();
    void execDeniesAnUngrantedProgram();
    void execDeniesAnotherNameOfTheSameBinary();
    void execRunsWithoutAShell();
    void execPassesExtraEnvironment();
    void execRefusesDangerousEnvironment();
    void execTimesOut();
    void execCancelKillsTheProcessGroup();
    void dialConnectsToAGrantedPort();
    void dialDeniesAnUngrantedPortOrName();
    void requestWorksInsideTheGrant();
    void requestDeniesAnUngrantedHost();
    void requestDoesNotFollowRedirects();
    void requestRefusesOtherSchemes();
    void checkAnswersWithoutDoing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_granted; ///< a granted folder, with a trailing '/'
    QString m_outside; ///< a folder outside the grant, with a trailing '/'
};

void TestSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // QTemporaryDir may sit below a symbolic link (/tmp on some systems): work in the real folder.
    const QString base = QFileInfo(m_dir->path()).canonicalFilePath();
    m_granted = base + QStringLiteral("/granted/");
    m_outside = base + QStringLiteral("/outside/");
    QVERIFY(QDir().mkpath(m_granted));
    QVERIFY(QDir().mkpath(m_outside));
}

void TestSandbox::writesAndReadsInsideTheGrant()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted), cap(CapabilityKind::FileRead, m_granted)});
    const QString path = m_granted + QStringLiteral("cert.pem");
    QVERIFY(sandbox.writeFile(path, "hello", sysio::FileMode::Public).ok());
    QCOMPARE(testsupport::fileBytes(path), QByteArray("hello"));
    const Result<QByteArray> read = sandbox.readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QCOMPARE(*read, QByteArray("hello"));
    // A doubled slash is cleaned, not refused.
    QVERIFY(sandbox.readFile(m_granted + QStringLiteral("/cert.pem")).ok());
    const Result<QByteArray> missing = sandbox.readFile(m_granted + QStringLiteral("none.pem"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestSandbox::writesWithTheRequestedMode()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::FileWrite, m_granted)});
    const QString key = m_granted + QStringLiteral("key.pem");
    const QString cert = m_granted + QStringLiteral("cert.pem");
    QVERIFY(sandbox.writeFile(key, "secret", sysio::FileMode::OwnerOnly).ok());
    QVERIFY(sandbox.writeFile(cert, "public", sysio::FileMode::Public).ok());
    QCOMPARE(testsupport::fileMode(key), 0600);
    QCOMPARE(testsupport::fileMode(cert), 0644);
    // Replacing keeps no temporary file behind and takes the new mode.
    QVERIFY(sandbox.writeFile(cert, "public2", sysio::FileMode::OwnerOnly).ok());
    QCOMPARE(testsupport::fileMode(cert), 0600);
    QCOMPARE(testsupport::fileBytes(cert), QByteArray("public2"));
    QCOMPARE(QDir(m_granted).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestSandbox::deniesWithAClearMessage()
{
    Sandbox sandbox(QStringLiteral("nginx"),
                    {cap(CapabilityKind::FileWrite, m_granted),
                     cap(CapabilityKind::FileWrite, QStringLiteral("/etc/nginx/ssl/"))});
    const QString target = m_outside + QStringLiteral("evil.pem");
    const Status written = sandbox.writeFile(target, "x", sysio::FileMode::Public);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Denied);
    const QString message = written.error().message;
    QVERIFY2(message.contains(QLatin1String("nginx")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("fs.write")), qPrintable(message));
    QVERIFY2(message.contains(target), qPrintable(message));
    QVERIFY2(message.contains(m_granted), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("/etc/nginx/ssl/")), qPrintable(message));
    QVERIFY(!QFile::exists(target));

    // No grant of the kind at all says so.
    const Result<QByteArray> read = sandbox.readFile(m_granted + QStringLiteral("x"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Denied);
    QVERIFY2(read.error().message.contains(QLatin1String("no fs.read grant")),
             qPrintable(read.error().message));
}

void TestSandbox::deniesRelativePaths()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::FileWrite, QStringLiteral("/"))});
    for (const QString &path : {QStringLiteral("cert.pem"), QStringLiteral("./cert.pem"), QString()}) {
        const Status written = sandbox.writeFile(path, "x", sysio::FileMode::Public);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Denied);
    }
    QVERIFY(sandbox.writeFile(QStringLiteral("cert.pem"), "x", sysio::FileMode::Public)
                .error()
                .message.contains(QLatin1String("not absolute")));
    QVERIFY(!QFile::exists(QStringLiteral("cert.pem")));
}

void TestSandbox::deniesDotDot()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted), cap(CapabilityKind::FileRead, m_granted)});
    // ".." that would stay inside is refused too: the rule is simple and has no exceptions.
    for (const QString &path :
         QStringList{m_granted + QStringLiteral("../outside/evil.pem"),
                     m_granted + QStringLiteral("a/../b.pem"), m_granted + QStringLiteral("..")}) {
        const Status written = sandbox.writeFile(path, "x", sysio::FileMode::Public);
        QVERIFY2(!written.ok(), qPrintable(path));
        QCOMPARE(written.error().code, ErrorCode::Denied);
        QVERIFY2(written.error().message.contains(QLatin1String("\"..\"")),
                 qPrintable(written.error().message));
    }
    QVERIFY(!QFile::exists(m_outside + QStringLiteral("evil.pem")));
    QVERIFY(!sandbox.readFile(m_granted + QStringLiteral("../outside/x")).ok());
}

void TestSandbox::matchesOnComponentBoundaries()
{
    const QString base = QFileInfo(m_dir->path()).canonicalFilePath();
    QVERIFY(QDir().mkpath(base + QStringLiteral("/grantedevil")));
    // The grant without a trailing slash is a file grant; with one, a folder.
    Sandbox folder(QStringLiteral("test"), {cap(CapabilityKind::FileWrite, m_granted)});
    const Status evil =
        folder.writeFile(base + QStringLiteral("/grantedevil/x.pem"), "x", sysio::FileMode::Public);
    QVERIFY(!evil.ok());
    QCOMPARE(evil.error().code, ErrorCode::Denied);
    QVERIFY(folder.writeFile(m_granted + QStringLiteral("deeper/x.pem"), "x", sysio::FileMode::Public).ok() ==
            false); // the subfolder does not exist: not a denial, a write error
    QVERIFY(QDir().mkpath(m_granted + QStringLiteral("deeper")));
    QVERIFY(folder.writeFile(m_granted + QStringLiteral("deeper/x.pem"), "x", sysio::FileMode::Public).ok());
}

void TestSandbox::fileScopeCoversThatFileAlone()
{
    const QString file = m_granted + QStringLiteral("haproxy.pem");
    Sandbox sandbox(QStringLiteral("haproxy"), {cap(CapabilityKind::FileWrite, file)});
    QVERIFY(sandbox.writeFile(file, "x", sysio::FileMode::OwnerOnly).ok());
    const Status other =
        sandbox.writeFile(m_granted + QStringLiteral("other.pem"), "x", sysio::FileMode::Public);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Denied);
    const Status longer = sandbox.writeFile(file + QStringLiteral(".bak"), "x", sysio::FileMode::Public);
    QCOMPARE(longer.error().code, ErrorCode::Denied);
}

void TestSandbox::readGrantDoesNotAllowWrites()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::FileRead, m_granted)});
    const Status written = sandbox.writeFile(m_granted + QStringLiteral("x"), "x", sysio::FileMode::Public);
    QCOMPARE(written.error().code, ErrorCode::Denied);
    QVERIFY(written.error().message.contains(QLatin1String("fs.write")));
    QCOMPARE(sandbox.removeFile(m_granted + QStringLiteral("x")).error().code, ErrorCode::Denied);
}

void TestSandbox::deniesASymlinkThatLeadsOut()
{
    QVERIFY(QFile::link(m_outside, m_granted + QStringLiteral("link")));
    const QString secret = m_outside + QStringLiteral("secret.key");
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("do not read");
    file.close();
    QVERIFY(QFile::link(secret, m_granted + QStringLiteral("cert.pem")));

    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted), cap(CapabilityKind::FileRead, m_granted)});
    // Through a linked folder, to a file that does not exist yet.
    const Status written =
        sandbox.writeFile(m_granted + QStringLiteral("link/new.pem"), "x", sysio::FileMode::Public);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Denied);
    QVERIFY2(written.error().message.contains(QLatin1String("symbolic link")),
             qPrintable(written.error().message));
    QVERIFY(!QFile::exists(m_outside + QStringLiteral("new.pem")));
    // A linked file.
    const Result<QByteArray> read = sandbox.readFile(m_granted + QStringLiteral("cert.pem"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Denied);
    QVERIFY(!sandbox.writeFile(m_granted + QStringLiteral("cert.pem"), "x", sysio::FileMode::Public).ok());
    QCOMPARE(testsupport::fileBytes(secret), QByteArray("do not read"));
    QVERIFY(!sandbox.fileState(m_granted + QStringLiteral("link/secret.key")).ok());
}

void TestSandbox::allowsASymlinkThatStaysInside()
{
    QVERIFY(QDir().mkpath(m_granted + QStringLiteral("archive")));
    QVERIFY(QFile::link(m_granted + QStringLiteral("archive"), m_granted + QStringLiteral("live")));
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted), cap(CapabilityKind::FileRead, m_granted)});
    QVERIFY(
        sandbox.writeFile(m_granted + QStringLiteral("live/cert.pem"), "x", sysio::FileMode::Public).ok());
    QCOMPARE(testsupport::fileBytes(m_granted + QStringLiteral("archive/cert.pem")), QByteArray("x"));
}

void TestSandbox::grantedFolderMayItselfBeASymlink()
{
    // /etc/ssl/certs style: the granted path is a link; what it points to is what is granted.
    const QString link = QFileInfo(m_dir->path()).canonicalFilePath() + QStringLiteral("/linked");
    QVERIFY(QFile::link(m_granted, link));
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::FileWrite, link + u'/')});
    QVERIFY(sandbox.writeFile(link + QStringLiteral("/cert.pem"), "x", sysio::FileMode::Public).ok());
    QCOMPARE(testsupport::fileBytes(m_granted + QStringLiteral("cert.pem")), QByteArray("x"));
}

void TestSandbox::removesFiles()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::FileWrite, m_granted)});
    const QString path = m_granted + QStringLiteral("old.pem");
    QVERIFY(sandbox.writeFile(path, "x", sysio::FileMode::Public).ok());
    QVERIFY(sandbox.removeFile(path).ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(sandbox.removeFile(path).ok()); // missing is fine
    QFile outside(m_outside + QStringLiteral("keep.pem"));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    QCOMPARE(sandbox.removeFile(outside.fileName()).error().code, ErrorCode::Denied);
    QVERIFY(outside.exists());
}

void TestSandbox::fileStateReportsModeAndWritability()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted), cap(CapabilityKind::FileRead, m_granted)});
    const QString path = m_granted + QStringLiteral("key.pem");
    Result<FileState> absent = sandbox.fileState(path);
    QVERIFY(absent.ok());
    QVERIFY(!absent->exists);
    QVERIFY(absent->writable);
    QVERIFY(sandbox.writeFile(path, "x", sysio::FileMode::OwnerOnly).ok());
    Result<FileState> present = sandbox.fileState(path);
    QVERIFY(present.ok());
    QVERIFY(present->exists);
    QVERIFY(!present->isDirectory);
    QCOMPARE(present->mode, 0600);
    Result<FileState> folder = sandbox.fileState(m_granted);
    QVERIFY(folder.ok());
    QVERIFY(folder->isDirectory);
    if (::geteuid() != 0) { // root may write anything
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        QVERIFY(!sandbox.fileState(path)->writable);
    }
    QCOMPARE(sandbox.fileState(m_outside).error().code, ErrorCode::Denied);
}

void TestSandbox::execRunsAGrantedProgramFoundOnPath()
{
    const QString echo = QFileInfo(QStringLiteral("/usr/bin/echo")).exists() ? QStringLiteral("/usr/bin/echo")
                                                                             : QStringLiteral("/bin/echo");
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, echo)});
    const Result<ExecResult> ran =
        sandbox.exec({{QStringLiteral("echo"), QStringLiteral("hello"), QStringLiteral("world")}});
    QVERIFY2(ran.ok(), qPrintable(ran.error().fullText()));
    QVERIFY(ran->succeeded());
    QCOMPARE(ran->output, QStringLiteral("hello world\n"));
}

void TestSandbox::execDeniesAnUngrantedProgram()
{
    Sandbox sandbox(QStringLiteral("postfix"),
                    {cap(CapabilityKind::ProcessExec, QStringLiteral("/usr/sbin/postfix"))});
    const QString marker = m_outside + QStringLiteral("ran");
    const Result<ExecResult> ran = sandbox.exec({{QStringLiteral("touch"), marker}});
    QVERIFY(!ran.ok());
    QCOMPARE(ran.error().code, ErrorCode::Denied);
    QVERIFY2(ran.error().message.contains(QLatin1String("process.exec")), qPrintable(ran.error().message));
    QVERIFY2(ran.error().message.contains(QLatin1String("/touch")), qPrintable(ran.error().message));
    QVERIFY2(ran.error().message.contains(QLatin1String("/usr/sbin/postfix")),
             qPrintable(ran.error().message));
    QVERIFY(!QFile::exists(marker));
    // A relative path with a folder is not looked up and not allowed.
    QCOMPARE(sandbox.exec({{QStringLiteral("./postfix")}}).error().code, ErrorCode::Denied);
    QCOMPARE(sandbox.exec({{QStringLiteral("no-such-program-certdesk")}}).error().code, ErrorCode::NotFound);
}

void TestSandbox::execDeniesAnotherNameOfTheSameBinary()
{
    // A link with another name to a granted binary is another program (busybox-style applets).
    const QString linked = m_granted + QStringLiteral("false");
    QVERIFY(QFile::link(QFileInfo(QStringLiteral("/bin/true")).canonicalFilePath(), linked));
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/true"))});
    QCOMPARE(sandbox.exec({{linked}}).error().code, ErrorCode::Denied);
    QVERIFY(sandbox.exec({{QStringLiteral("true")}}).ok()); // found on PATH as /usr/bin/true: the same file
}

void TestSandbox::execRunsWithoutAShell()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/echo"))});
    const QString marker = m_outside + QStringLiteral("injected");
    const Result<ExecResult> ran = sandbox.exec(
        {{QStringLiteral("/bin/echo"), QStringLiteral("a; touch ") + marker, QStringLiteral("$(id)")}});
    QVERIFY2(ran.ok(), qPrintable(ran.error().fullText()));
    QCOMPARE(ran->output, QStringLiteral("a; touch %1 $(id)\n").arg(marker));
    QVERIFY(!QFile::exists(marker));
}

void TestSandbox::execPassesExtraEnvironment()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/sh"))});
    ExecRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("echo \"$CERTDESK_PASS\" >&2; exit 3")};
    request.extraEnvironment = {{QStringLiteral("CERTDESK_PASS"), QStringLiteral("s3cret")}};
    const Result<ExecResult> ran = sandbox.exec(request);
    QVERIFY(ran.ok());
    QCOMPARE(ran->exitCode, 3);
    QVERIFY(!ran->succeeded());
    QCOMPARE(ran->output, QStringLiteral("s3cret\n")); // stderr is captured too
}

void TestSandbox::execRefusesDangerousEnvironment()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/true"))});
    for (const QString &name : {QStringLiteral("LD_PRELOAD"), QStringLiteral("LD_LIBRARY_PATH"),
                                QStringLiteral("PATH"), QStringLiteral("BAD=NAME")}) {
        ExecRequest request;
        request.argv = {QStringLiteral("/bin/true")};
        request.extraEnvironment = {{name, m_outside + QStringLiteral("evil.so")}};
        const Result<ExecResult> ran = sandbox.exec(request);
        QVERIFY2(!ran.ok(), qPrintable(name));
        QCOMPARE(ran.error().code, ErrorCode::Denied);
        QVERIFY(ran.error().message.contains(name));
    }
}

void TestSandbox::execTimesOut()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/sleep"))});
    ExecRequest request;
    request.argv = {QStringLiteral("/bin/sleep"), QStringLiteral("30")};
    request.timeout = std::chrono::milliseconds(300);
    QElapsedTimer timer;
    timer.start();
    const Result<ExecResult> ran = sandbox.exec(request);
    QVERIFY(ran.ok());
    QVERIFY(ran->timedOut);
    QVERIFY(!ran->succeeded());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestSandbox::execCancelKillsTheProcessGroup()
{
    Sandbox sandbox(QStringLiteral("test"), {cap(CapabilityKind::ProcessExec, QStringLiteral("/bin/sh"))});
    const QString marker = m_outside + QStringLiteral("child-survived");
    ExecRequest request;
    // The grandchild would write the marker after 1 s if it outlived the cancel.
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("(sleep 1; touch '%1') & sleep 30").arg(marker)};
    QElapsedTimer timer;
    timer.start();
    request.cancelled = [&timer] { return timer.elapsed() > 200; };
    const Result<ExecResult> ran = sandbox.exec(request);
    QVERIFY(!ran.ok());
    QCOMPARE(ran.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
    QTest::qWait(1500);
    QVERIFY(!QFile::exists(marker));
}

void TestSandbox::dialConnectsToAGrantedPort()
{
    const testsupport::SilentListener listener;
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(listener.port()))});
    Result<SocketHandle> socket = sandbox.dial(QStringLiteral("127.0.0.1"), listener.port());
    QVERIFY2(socket.ok(), qPrintable(socket.error().fullText()));
    QVERIFY(socket->fd() >= 0);
}

void TestSandbox::dialDeniesAnUngrantedPortOrName()
{
    const testsupport::SilentListener listener;
    Sandbox sandbox(QStringLiteral("caddy"),
                    {cap(CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(listener.port()))});
    const quint16 other = quint16(certdesk::testsupport::freeLoopbackPort());
    Result<SocketHandle> wrongPort = sandbox.dial(QStringLiteral("127.0.0.1"), other);
    QVERIFY(!wrongPort.ok());
    QCOMPARE(wrongPort.error().code, ErrorCode::Denied);
    QVERIFY2(wrongPort.error().message.contains(QStringLiteral("net.dial 127.0.0.1:%1").arg(other)),
             qPrintable(wrongPort.error().message));
    QVERIFY(wrongPort.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(listener.port())));
    // "localhost" resolves to the granted address, but the grant names the address: the check is
    // made on the name as written, before any lookup.
    Result<SocketHandle> byName = sandbox.dial(QStringLiteral("localhost"), listener.port());
    QVERIFY(!byName.ok());
    QCOMPARE(byName.error().code, ErrorCode::Denied);
}

void TestSandbox::requestWorksInsideTheGrant()
{
    testsupport::FakeHttpServer server([](const testsupport::FakeHttpRequest &request) {
        testsupport::FakeHttpResponse response;
        response.body = request.method + ' ' + request.path + ' ' + request.body;
        return response;
    });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString base = server.baseUrl();
    const QString hostPort = base.mid(QStringLiteral("http://").size());
    Sandbox sandbox(QStringLiteral("caddy"), {cap(CapabilityKind::NetDial, hostPort)});
    HttpRequest request;
    request.method = "POST";
    request.url = base + QStringLiteral("/load");
    request.headers = {{"Content-Type", "application/json"}};
    request.body = "{}";
    const Result<HttpResponse> response = sandbox.request(request);
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("POST /load {}"));
    QCOMPARE(server.requests().value(0).headers.value("content-type"), QByteArray("application/json"));
}

void TestSandbox::requestDeniesAnUngrantedHost()
{
    testsupport::FakeHttpServer server(
        [](const testsupport::FakeHttpRequest &) { return testsupport::FakeHttpResponse{}; });
    QVERIFY(server.start());
    Sandbox sandbox(QStringLiteral("caddy"), {cap(CapabilityKind::NetDial, QStringLiteral("127.0.0.1:1"))});
    HttpRequest request;
    request.url = server.baseUrl() + QStringLiteral("/config/");
    const Result<HttpResponse> response = sandbox.request(request);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Denied);
    QVERIFY(response.error().message.contains(QLatin1String("net.dial")));
    QVERIFY(server.requests().isEmpty());
}

void TestSandbox::requestDoesNotFollowRedirects()
{
    testsupport::FakeHttpServer elsewhere([](const testsupport::FakeHttpRequest &) {
        testsupport::FakeHttpResponse response;
        response.body = "should not be reached";
        return response;
    });
    QVERIFY(elsewhere.start());
    const QString target = elsewhere.baseUrl() + QStringLiteral("/steal");
    testsupport::FakeHttpServer server([target](const testsupport::FakeHttpRequest &) {
        testsupport::FakeHttpResponse response;
        response.status = 302;
        response.headers = {{"Location", target.toUtf8()}};
        return response;
    });
    QVERIFY(server.start());
    Sandbox sandbox(QStringLiteral("caddy"), {cap(CapabilityKind::NetDial, server.baseUrl().mid(7)),
                                              cap(CapabilityKind::NetDial, elsewhere.baseUrl().mid(7))});
    HttpRequest request;
    request.url = server.baseUrl() + QStringLiteral("/load");
    const Result<HttpResponse> response = sandbox.request(request);
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    QCOMPARE(response->status, 302);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestSandbox::requestRefusesOtherSchemes()
{
    Sandbox sandbox(QStringLiteral("caddy"), {cap(CapabilityKind::NetDial, QStringLiteral("127.0.0.1:21"))});
    for (const QString &url : {QStringLiteral("file:///etc/passwd"), QStringLiteral("ftp://127.0.0.1:21/x"),
                               QStringLiteral("not a url")}) {
        HttpRequest request;
        request.url = url;
        const Result<HttpResponse> response = sandbox.request(request);
        QVERIFY2(!response.ok(), qPrintable(url));
        QCOMPARE(response.error().code, ErrorCode::InvalidInput);
    }
}

void TestSandbox::checkAnswersWithoutDoing()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {cap(CapabilityKind::FileWrite, m_granted),
                     cap(CapabilityKind::NetDial, QStringLiteral("[::1]:8443")),
                     cap(CapabilityKind::ProcessExec, QStringLiteral("/usr/sbin/nginx"))});
    QVERIFY(sandbox.check(CapabilityKind::FileWrite, m_granted + QStringLiteral("a.pem")).ok());
    QVERIFY(!QFile::exists(m_granted + QStringLiteral("a.pem")));
    QCOMPARE(sandbox.check(CapabilityKind::FileRead, m_granted + QStringLiteral("a.pem")).error().code,
             ErrorCode::Denied);
    QVERIFY(sandbox.check(CapabilityKind::NetDial, QStringLiteral("[::1]:8443")).ok());
    QCOMPARE(sandbox.check(CapabilityKind::NetDial, QStringLiteral("[::1]:443")).error().code,
             ErrorCode::Denied);
    QVERIFY(sandbox.check(CapabilityKind::ProcessExec, QStringLiteral("/usr/sbin/nginx")).ok());
    QCOMPARE(sandbox.check(CapabilityKind::ProcessExec, QStringLiteral("/usr/sbin/nginx2")).error().code,
             ErrorCode::Denied);
    QCOMPARE(sandbox.check(CapabilityKind::ProcessExec, QStringLiteral("nginx")).error().code,
             ErrorCode::Denied);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
