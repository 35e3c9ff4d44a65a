// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP-01 solver's temporary server on 127.0.0.1, fetched with libcurl and with raw sockets:
// tokens served and not served, HTTP/1.0 and 1.1, slow and oversized requests, a port in use, a
// privileged port, one listener shared by concurrent orders and closed after the last cleanup.
#include "connectors/issuer/acme/challenges/http01solver.h"
#include "tests/acme/challenges/freeport.h"
#include "tests/acme/challenges/httpclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <linux/capability.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

constexpr char Thumbprint[] = "9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI";

ChallengeTask httpTask(const QString &identifier, const QString &token)
{
    ChallengeTask task;
    task.type = QStringLiteral("http-01");
    task.identifier = identifier;
    task.token = token;
    task.keyAuthorization = token + u'.' + QLatin1String(Thumbprint);
    return task;
}

Http01Config loopbackConfig(quint16 port, int readTimeoutMs = 10000)
{
    Http01Config config;
    config.address = QStringLiteral("127.0.0.1");
    config.port = port;
    config.readTimeoutMs = readTimeoutMs;
    return config;
}

QString challengeUrl(quint16 port, const QString &token)
{
    return QStringLiteral("http://127.0.0.1:%1/.well-known/acme-challenge/%2").arg(port).arg(token);
}

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

/// Drops CAP_NET_BIND_SERVICE from the calling thread's effective set (capabilities are per
/// thread on Linux), so even root may no longer bind ports below 1024 in it.
bool dropBindCapability()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    data[CAP_NET_BIND_SERVICE / 32].effective &= ~(1u << (CAP_NET_BIND_SERVICE % 32));
    return ::syscall(SYS_capset, &header, data) == 0;
}

} // namespace

class TestHttp01Solver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void servesTheKeyAuthorization()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const ChallengeTask task = httpTask(QStringLiteral("www.example.org"), QStringLiteral("tok_A-1"));
        QCOMPARE(solver.type(), QStringLiteral("http-01"));
        // present() from a thread with no event loop, as on a QThreadPool worker
        Status presented;
        std::thread([&] { presented = solver.present({task}, {}); }).join();
        QVERIFY2(presented.ok(), qPrintable(presented.error().fullText()));

        const HttpResponse response = curlGet(challengeUrl(port, task.token));
        QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
        QCOMPARE(response.status, 200L);
        QCOMPARE(response.contentType, QByteArray("text/plain"));
        QCOMPARE(response.body, task.keyAuthorization.toUtf8());

        QVERIFY(solver.cleanup({task}).ok());
        QVERIFY(connectionRefused(port));
    }

    void http10AbsoluteFormAndHead()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("abcDEF123"));
        QVERIFY(solver.present({task}, {}).ok());
        const QByteArray expected = task.keyAuthorization.toUtf8();

        auto response = rawExchange(port, "GET /.well-known/acme-challenge/abcDEF123 HTTP/1.0\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(statusLine(*response), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(response->contains("\r\nContent-Type: text/plain\r\n"));
        QVERIFY(response->contains(
            QByteArray("\r\nContent-Length: " + QByteArray::number(expected.size()) + "\r\n")));
        QCOMPARE(bodyOf(*response), expected);

        response = rawExchange(port, "GET http://a.example/.well-known/acme-challenge/abcDEF123 HTTP/1.1\r\n"
                                     "Host: a.example\r\nUser-Agent: test\r\nAccept: */*\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(statusLine(*response), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(bodyOf(*response), expected);

        // bare LF line ends
        response =
            rawExchange(port, "GET /.well-known/acme-challenge/abcDEF123 HTTP/1.1\nHost: a.example\n\n");
        QVERIFY(response);
        QCOMPARE(bodyOf(*response), expected);

        response =
            rawExchange(port, "HEAD /.well-known/acme-challenge/abcDEF123 HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(statusLine(*response), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(bodyOf(*response).isEmpty());
        QVERIFY(solver.cleanup({task}).ok());
    }

    void everythingElseIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        const QByteArray tail = " HTTP/1.1\r\nHost: a.example\r\n\r\n";
        QTest::newRow("unknown token") << "GET /.well-known/acme-challenge/other" + tail << QByteArray("404");
        QTest::newRow("root") << "GET /" + tail << QByteArray("404");
        QTest::newRow("prefix only") << "GET /.well-known/acme-challenge/" + tail << QByteArray("404");
        QTest::newRow("token and more")
            << "GET /.well-known/acme-challenge/known/x" + tail << QByteArray("404");
        QTest::newRow("query") << "GET /.well-known/acme-challenge/known?x=1" + tail << QByteArray("404");
        QTest::newRow("dot segments")
            << "GET /.well-known/acme-challenge/../acme-challenge/known" + tail << QByteArray("404");
        QTest::newRow("other folder") << "GET /.well-known/known" + tail << QByteArray("404");
        QTest::newRow("POST") << "POST /.well-known/acme-challenge/known" + tail << QByteArray("404");
        QTest::newRow("lower-case method")
            << "get /.well-known/acme-challenge/known" + tail << QByteArray("404");
        QTest::newRow("HTTP/2.0") << QByteArray("GET /.well-known/acme-challenge/known HTTP/2.0\r\n\r\n")
                                  << QByteArray("400");
        QTest::newRow("HTTP/0.9 style")
            << QByteArray("GET /.well-known/acme-challenge/known\r\n\r\n") << QByteArray("400");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n\r\n", 10) << QByteArray("400");
    }

    void everythingElseIsNotFound()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("known"));
        QVERIFY(solver.present({task}, {}).ok());
        const auto response = rawExchange(port, request);
        QVERIFY(response);
        QVERIFY2(statusLine(*response).startsWith(QByteArray("HTTP/1.1 " + status)), response->constData());
        QVERIFY(!response->contains(Thumbprint));
        QVERIFY(solver.cleanup({task}).ok());
    }

    void oversizedRequestIsRefused()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("tok"));
        QVERIFY(solver.present({task}, {}).ok());
        const QByteArray huge =
            "GET /.well-known/acme-challenge/tok HTTP/1.1\r\nX-Fill: " + QByteArray(20000, 'a') + "\r\n\r\n";
        const auto response = rawExchange(port, huge);
        QVERIFY(response);
        QVERIFY2(statusLine(*response).startsWith("HTTP/1.1 431"), response->left(100).constData());
        QCOMPARE(curlGet(challengeUrl(port, task.token)).status, 200L); // still serving
        QVERIFY(solver.cleanup({task}).ok());
    }

    void slowClientTimesOutWithoutBlockingOthers()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port, 600));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("tok"));
        QVERIFY(solver.present({task}, {}).ok());
        const int slow = openConnection(port);
        QVERIFY(slow >= 0);
        QVERIFY(::send(slow, "GET /.well-known", 16, MSG_NOSIGNAL) == 16);
        // another client is served while the slow one is still sending
        QCOMPARE(curlGet(challengeUrl(port, task.token)).body, task.keyAuthorization.toUtf8());

        QElapsedTimer timer;
        timer.start();
        QByteArray received;
        char buffer[512];
        for (ssize_t got; (got = ::recv(slow, buffer, sizeof buffer, 0)) > 0;)
            received.append(buffer, got);
        ::close(slow);
        QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(solver.cleanup({task}).ok());
    }

    void moreClientsThanConnectionSlots()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port, 1000));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("tok"));
        QVERIFY(solver.present({task}, {}).ok());
        std::vector<int> idle; // take every slot with connections that send nothing
        for (int i = 0; i < 80; ++i) {
            const int fd = openConnection(port);
            QVERIFY(fd >= 0);
            idle.push_back(fd);
        }
        // served once the idle ones time out and free their slots
        const HttpResponse response = curlGet(challengeUrl(port, task.token), 30000);
        for (const int fd : idle)
            ::close(fd);
        QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
        QCOMPARE(response.status, 200L);
        QVERIFY(solver.cleanup({task}).ok());
    }

    void portInUseSaysWhatToDo()
    {
        const int other = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(other, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(other, 4), 0);
        socklen_t length = sizeof address;
        ::getsockname(other, reinterpret_cast<sockaddr *>(&address), &length);
        const quint16 port = ntohs(address.sin_port);

        for (const QString &listenOn : {QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0")}) {
            Http01Config config = loopbackConfig(port);
            config.address = listenOn;
            Http01Solver solver(config);
            const Status status =
                solver.present({httpTask(QStringLiteral("a.example"), QStringLiteral("t"))}, {});
            QVERIFY(!status.ok());
            const QString message = status.error().message;
            QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("already in use")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("--http-port")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("Stop the other server")), qPrintable(message));
        }
        ::close(other);
    }

    void privilegedPortSaysWhatToDo()
    {
        Status status;
        bool dropped = false;
        std::thread([&] {
            dropped = ::geteuid() != 0 || dropBindCapability();
            Http01Solver solver(loopbackConfig(1023));
            status = solver.present({httpTask(QStringLiteral("a.example"), QStringLiteral("t"))}, {});
        }).join();
        QVERIFY2(dropped, "could not drop CAP_NET_BIND_SERVICE in the test thread");
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(QLatin1String("1023")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("above 1024")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("forward port 80")), qPrintable(message));
    }

    void unusableConfigurationOrTask_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("keyAuthorization");
        const QString token = QStringLiteral("tok");
        const QString keyAuthorization = token + u'.' + QLatin1String(Thumbprint);
        const QString http = QStringLiteral("http-01");
        QTest::newRow("host name") << QStringLiteral("localhost") << 1 << http << token << keyAuthorization;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1") << 0 << http << token << keyAuthorization;
        QTest::newRow("token with slash") << QString() << -1 << http << QStringLiteral("../x")
                                          << QStringLiteral("../x.") + QLatin1String(Thumbprint);
        QTest::newRow("token with space") << QString() << -1 << http << QStringLiteral("a b")
                                          << QStringLiteral("a b.") + QLatin1String(Thumbprint);
        QTest::newRow("foreign key authorization")
            << QString() << -1 << http << token << QStringLiteral("other.") + QLatin1String(Thumbprint);
        QTest::newRow("dns-01 task") << QString() << -1 << QStringLiteral("dns-01") << token
                                     << keyAuthorization;
    }

    void unusableConfigurationOrTask()
    {
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, type);
        QFETCH(QString, token);
        QFETCH(QString, keyAuthorization);
        const quint16 freePort = freeTcpPort();
        Http01Config config = loopbackConfig(port < 0 ? freePort : quint16(port));
        if (!address.isEmpty())
            config.address = address;
        Http01Solver solver(config);
        ChallengeTask task = httpTask(QStringLiteral("a.example"), token);
        task.type = type;
        task.keyAuthorization = keyAuthorization;
        const Status status = solver.present({task}, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QVERIFY(connectionRefused(freePort)); // nothing was started
        QVERIFY(solver.cleanup({task}).ok());
    }

    void concurrentOrdersShareOneListener()
    {
        const quint16 port = freeTcpPort();
        Http01Solver first(loopbackConfig(port));
        Http01Solver second(loopbackConfig(port));
        const ChallengeTask one = httpTask(QStringLiteral("one.example"), QStringLiteral("tokenOne"));
        const ChallengeTask two = httpTask(QStringLiteral("two.example"), QStringLiteral("tokenTwo"));
        Status firstStatus;
        Status secondStatus;
        std::thread a([&] { firstStatus = first.present({one}, {}); });
        std::thread b([&] { secondStatus = second.present({two}, {}); });
        a.join();
        b.join();
        QVERIFY2(firstStatus.ok(), qPrintable(firstStatus.error().fullText()));
        QVERIFY2(secondStatus.ok(), qPrintable(secondStatus.error().fullText()));
        QCOMPARE(curlGet(challengeUrl(port, one.token)).body, one.keyAuthorization.toUtf8());
        QCOMPARE(curlGet(challengeUrl(port, two.token)).body, two.keyAuthorization.toUtf8());

        QVERIFY(first.cleanup({one}).ok());
        QCOMPARE(curlGet(challengeUrl(port, one.token)).status, 404L);
        QCOMPARE(curlGet(challengeUrl(port, two.token)).body, two.keyAuthorization.toUtf8());
        QVERIFY(first.cleanup({two}).ok()); // not first's token: changes nothing
        QCOMPARE(curlGet(challengeUrl(port, two.token)).status, 200L);

        QVERIFY(second.cleanup({two}).ok());
        QVERIFY(connectionRefused(port));
        QVERIFY(curlGet(challengeUrl(port, two.token)).refused);
    }

    void manyOrdersAtOnce()
    {
        const quint16 port = freeTcpPort();
        constexpr int Orders = 16;
        std::vector<std::unique_ptr<Http01Solver>> solvers;
        QList<ChallengeTask> tasks;
        for (int i = 0; i < Orders; ++i) {
            solvers.push_back(std::make_unique<Http01Solver>(loopbackConfig(port)));
            tasks.append(httpTask(QStringLiteral("n%1.example").arg(i), QStringLiteral("token%1").arg(i)));
        }
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < Orders; ++i) {
            threads.emplace_back([&, i] {
                if (!solvers[i]->present({tasks[i]}, {}).ok() ||
                    curlGet(challengeUrl(port, tasks[i].token)).body != tasks[i].keyAuthorization.toUtf8() ||
                    !solvers[i]->cleanup({tasks[i]}).ok())
                    ++failures;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(connectionRefused(port));
    }

    void cleanupIsAlwaysSafeAndTheServerCanStartAgain()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const ChallengeTask task = httpTask(QStringLiteral("a.example"), QStringLiteral("tok"));
        QVERIFY(solver.cleanup({task}).ok()); // nothing presented yet
        for (int round = 0; round < 3; ++round) {
            QVERIFY(solver.present({task}, {}).ok());
            QCOMPARE(curlGet(challengeUrl(port, task.token)).status, 200L);
            QVERIFY(solver.cleanup({task}).ok());
            QVERIFY(connectionRefused(port));
            QVERIFY(solver.cleanup({task}).ok()); // twice
        }
        // the same task presented twice is served until it was cleaned up twice
        QVERIFY(solver.present({task}, {}).ok());
        QVERIFY(solver.present({task}, {}).ok());
        QVERIFY(solver.cleanup({task}).ok());
        QCOMPARE(curlGet(challengeUrl(port, task.token)).status, 200L);
        QVERIFY(solver.cleanup({task}).ok());
        QVERIFY(connectionRefused(port));
    }

    void destroyingTheSolverStopsItsServing()
    {
        const quint16 port = freeTcpPort();
        {
            Http01Solver solver(loopbackConfig(port));
            QVERIFY(solver.present({httpTask(QStringLiteral("a.example"), QStringLiteral("tok"))}, {}).ok());
            QVERIFY(!connectionRefused(port));
        }
        QVERIFY(connectionRefused(port));
    }

    void cancelledBeforeStarting()
    {
        const quint16 port = freeTcpPort();
        Http01Solver solver(loopbackConfig(port));
        const Status status = solver.present({httpTask(QStringLiteral("a.example"), QStringLiteral("tok"))},
                                             [] { return true; });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        QVERIFY(connectionRefused(port));
    }
};

QTEST_GUILESS_MAIN(TestHttp01Solver)
#include "tst_http01solver.moc"
