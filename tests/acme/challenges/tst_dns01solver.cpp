// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS-01 solver with real scripts: the environment a script gets, values full of shell
// metacharacters passed literally, failing, hanging and cancelled scripts, cleanup of every task,
// the propagation wait and its cancel, and end to end against a real pebble-challtestsrv with the
// shipped challtestsrv scripts.
#include "connectors/issuer/acme/challenges/dns01solver.h"
#include "connectors/issuer/acme/challenges/dnsrecords.h"
#include "connectors/issuer/acme/challenges/txtlookup.h"
#include "tests/acme/challenges/challtestsrv.h"
#include "tests/acme/challenges/freeport.h"
#include "tests/acme/challenges/scriptfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

constexpr char Thumbprint[] = "9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI";

ChallengeTask dnsTask(const QString &identifier, const QString &token)
{
    ChallengeTask task;
    task.type = QStringLiteral("dns-01");
    task.identifier = identifier;
    task.token = token;
    task.keyAuthorization = token + u'.' + QLatin1String(Thumbprint);
    return task;
}

/// base64url(SHA-256(text)) computed by the openssl command, independently of the solver.
QString opensslDnsValue(const QString &text)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")});
    openssl.write(text.toUtf8());
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return QString::fromLatin1(openssl.readAllStandardOutput().toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals));
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

/// Waits up to 10 s for the process to be gone.
bool gone(qint64 pid)
{
    QElapsedTimer timer;
    timer.start();
    while (processAlive(pid) && timer.elapsed() < 10000)
        QThread::msleep(20);
    return !processAlive(pid);
}

/// A cancel check that turns true `afterMs` after it is first asked.
CancelCheck cancelAfter(int afterMs)
{
    auto timer = std::make_shared<QElapsedTimer>();
    return [timer, afterMs] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed() >= afterMs;
    };
}

} // namespace

class TestDns01Solver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out; ///< where the recording scripts write, per test

    Dns01Config config(const QString &present, const QString &cleanup = {}, int waitSeconds = 0) const
    {
        Dns01Config config;
        config.scripts.presentScript = present;
        config.scripts.cleanupScript = cleanup;
        config.scripts.timeoutSeconds = 30;
        config.propagation.waitSeconds = waitSeconds;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CERTDESK_TEST_INHERITED", "inherited value");
    }

    void init()
    {
        static int round = 0;
        m_out = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QString::number(++round));
        QVERIFY(QDir().mkpath(m_out));
        qputenv("CERTDESK_TEST_OUT", m_out.toUtf8());
    }

    void environmentReachesTheScriptExactly()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), recordingScript());
        Dns01Solver solver(config(script));
        QCOMPARE(solver.type(), QStringLiteral("dns-01"));
        const ChallengeTask plain = dnsTask(QStringLiteral("www.example.org"), QStringLiteral("tokenA"));
        ChallengeTask wildcard = dnsTask(QStringLiteral("example.org"), QStringLiteral("tokenB"));
        wildcard.wildcard = true;
        const Status status = solver.present({plain, wildcard}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));

        const QList<RecordedRun> runs = recordedRuns(m_out);
        QCOMPARE(runs.size(), 2);
        for (const ChallengeTask &task : {plain, wildcard}) {
            const auto run = std::find_if(runs.cbegin(), runs.cend(), [&](const RecordedRun &r) {
                return r.environment.value(QStringLiteral("CERTDESK_DNS_TOKEN")) == task.token;
            });
            QVERIFY(run != runs.cend());
            QCOMPARE(run->argumentCount, 0);
            QCOMPARE(run->program, script);
            QCOMPARE(run->environment.value(QStringLiteral("CERTDESK_DNS_DOMAIN")), task.identifier);
            QCOMPARE(run->environment.value(QStringLiteral("CERTDESK_DNS_FQDN")),
                     QStringLiteral("_acme-challenge.") + task.identifier);
            const QString expected = opensslDnsValue(task.keyAuthorization);
            QCOMPARE(expected.size(), 43);
            QCOMPARE(run->environment.value(QStringLiteral("CERTDESK_DNS_VALUE")), expected);
            QCOMPARE(dns01RecordValue(task.keyAuthorization), expected);
            QCOMPARE(run->environment.value(QStringLiteral("CERTDESK_TEST_INHERITED")),
                     QStringLiteral("inherited value"));
            QVERIFY(run->environment.contains(QStringLiteral("PATH")));
        }
        QCOMPARE(dns01RecordName(QStringLiteral("a.example")), QStringLiteral("_acme-challenge.a.example"));
        QVERIFY(solver.cleanup({plain, wildcard}).ok()); // no cleanup script: nothing to do
    }

    void shellMetacharactersStayLiteral()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), recordingScript());
        const QString marker = m_out + QStringLiteral("/pwned");
        QFile::remove(QStringLiteral("/tmp/pwned"));
        const QString identifier =
            QStringLiteral("$(touch /tmp/pwned);`touch %1-1`;touch %1-2;x.example|touch %1-3&&"
                           "'\"\\ *?~ >%1-4 $HOME")
                .arg(marker);
        const QString token = QStringLiteral("t`touch %1-5`$(touch %1-6);touch %1-7").arg(marker);
        ChallengeTask task = dnsTask(identifier, token);
        Dns01Solver solver(config(script, script));
        QVERIFY(solver.present({task}, {}).ok());
        QVERIFY(solver.cleanup({task}).ok());

        const QList<RecordedRun> runs = recordedRuns(m_out);
        QCOMPARE(runs.size(), 2); // present and cleanup
        for (const RecordedRun &run : runs) {
            QCOMPARE(run.argumentCount, 0);
            QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_DOMAIN")), identifier);
            QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_FQDN")),
                     QStringLiteral("_acme-challenge.") + identifier);
            QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_TOKEN")), token);
            QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_VALUE")),
                     opensslDnsValue(task.keyAuthorization));
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
        for (int i = 1; i <= 7; ++i)
            QVERIFY2(!QFile::exists(marker + QStringLiteral("-%1").arg(i)), qPrintable(QString::number(i)));
        QCOMPARE(QDir(m_out).entryList({QStringLiteral("pwned*")}, QDir::Files).size(), 0);
    }

    void failingScriptGivesExitCodeAndStderrTail()
    {
        const QString script =
            writeScript(m_out, QStringLiteral("present"),
                        "#!/bin/sh\n"
                        "i=1; while [ $i -le 30 ]; do echo \"problem line $i\" >&2; i=$((i+1)); done\n"
                        "echo 'on stdout' \n"
                        "exit 7\n");
        Dns01Solver solver(config(script));
        const Status status = solver.present({dnsTask(QStringLiteral("fail.example"), QStringLiteral("t1")),
                                              dnsTask(QStringLiteral("never.example"), QStringLiteral("t2"))},
                                             {});
        QVERIFY(!status.ok());
        const Error &error = status.error();
        QCOMPARE(error.code, ErrorCode::Generic);
        QVERIFY2(error.message.contains(script), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("fail.example")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("exit code 7")), qPrintable(error.message));
        QVERIFY2(error.detail.endsWith(QLatin1String("problem line 30")), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QLatin1String("problem line 21\n")), qPrintable(error.detail));
        QVERIFY2(!error.detail.contains(QLatin1String("problem line 20\n")), qPrintable(error.detail));
        QVERIFY(!error.detail.contains(QLatin1String("on stdout")));
    }

    void hangingScriptIsKilledWithItsChildren()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"),
                                           "#!/bin/sh\n"
                                           "sleep 300 &\n"
                                           "echo $! > \"$CERTDESK_TEST_OUT/child.pid\"\n"
                                           "echo $$ > \"$CERTDESK_TEST_OUT/script.pid\"\n"
                                           "echo 'waiting for the DNS API' >&2\n"
                                           "wait\n");
        Dns01Config settings = config(script);
        settings.scripts.timeoutSeconds = 1;
        Dns01Solver solver(settings);
        QElapsedTimer timer;
        timer.start();
        const Status status =
            solver.present({dnsTask(QStringLiteral("hang.example"), QStringLiteral("t"))}, {});
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!status.ok());
        QVERIFY2(elapsed >= 900 && elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(status.error().message.contains(QLatin1String("within 1 second")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QLatin1String("hang.example")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(script), qPrintable(status.error().message));
        QVERIFY2(status.error().detail.contains(QLatin1String("waiting for the DNS API")),
                 qPrintable(status.error().detail));
        const qint64 scriptPid = readPid(m_out + QStringLiteral("/script.pid"));
        const qint64 childPid = readPid(m_out + QStringLiteral("/child.pid"));
        QVERIFY(scriptPid > 0 && childPid > 0);
        QVERIFY2(gone(scriptPid), "the script still runs");
        QVERIFY2(gone(childPid), "the script's child still runs");
    }

    void backgroundChildDoesNotHoldThePresentUp()
    {
        // the child keeps the script's stderr open long after the script ended
        const QString script = writeScript(m_out, QStringLiteral("present"),
                                           "#!/bin/sh\n"
                                           "sleep 60 &\n"
                                           "echo $! > \"$CERTDESK_TEST_OUT/child.pid\"\n"
                                           "exit 0\n");
        Dns01Solver solver(config(script));
        QElapsedTimer timer;
        timer.start();
        const Status status =
            solver.present({dnsTask(QStringLiteral("bg.example"), QStringLiteral("t"))}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const qint64 child = readPid(m_out + QStringLiteral("/child.pid"));
        QVERIFY(child > 0);
        ::kill(pid_t(child), SIGKILL);
    }

    void cancelWhileTheScriptRuns()
    {
        const QString script =
            writeScript(m_out, QStringLiteral("present"),
                        "#!/bin/sh\necho $$ > \"$CERTDESK_TEST_OUT/script.pid\"\nsleep 60\n");
        Dns01Solver solver(config(script));
        QElapsedTimer timer;
        timer.start();
        const Status status =
            solver.present({dnsTask(QStringLiteral("c.example"), QStringLiteral("t"))}, cancelAfter(500));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const qint64 pid = readPid(m_out + QStringLiteral("/script.pid"));
        QVERIFY(pid > 0);
        QVERIFY(gone(pid));
    }

    void cleanupTriesEveryTask()
    {
        const QString present = writeScript(m_out, QStringLiteral("present"), "#!/bin/sh\nexit 0\n");
        const QString cleanup =
            writeScript(m_out, QStringLiteral("cleanup"),
                        "#!/bin/sh\n"
                        "echo \"$CERTDESK_DNS_DOMAIN\" >> \"$CERTDESK_TEST_OUT/cleaned\"\n"
                        "case \"$CERTDESK_DNS_DOMAIN\" in\n"
                        "  b.example) echo 'no such record' >&2; exit 3 ;;\n"
                        "  c.example) exit 4 ;;\n"
                        "esac\n");
        Dns01Solver solver(config(present, cleanup));
        const QList<ChallengeTask> tasks{dnsTask(QStringLiteral("a.example"), QStringLiteral("ta")),
                                         dnsTask(QStringLiteral("b.example"), QStringLiteral("tb")),
                                         dnsTask(QStringLiteral("c.example"), QStringLiteral("tc")),
                                         dnsTask(QStringLiteral("d.example"), QStringLiteral("td"))};
        const Status status = solver.cleanup(tasks); // also without a present() first
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QLatin1String("b.example")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QLatin1String("exit code 3")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QLatin1String("cleanup")),
                 qPrintable(status.error().message));
        QCOMPARE(status.error().detail, QStringLiteral("no such record"));
        QFile cleaned(m_out + QStringLiteral("/cleaned"));
        QVERIFY(cleaned.open(QIODevice::ReadOnly));
        QCOMPARE(cleaned.readAll(), QByteArray("a.example\nb.example\nc.example\nd.example\n"));
    }

    void propagationWait()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), "#!/bin/sh\nexit 0\n");
        const ChallengeTask task = dnsTask(QStringLiteral("w.example"), QStringLiteral("t"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(Dns01Solver(config(script, {}, 0)).present({task}, {}).ok());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        QVERIFY(Dns01Solver(config(script, {}, 1)).present({task}, {}).ok());
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void cancelDuringThePropagationWait()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), "#!/bin/sh\nexit 0\n");
        Dns01Solver solver(config(script, {}, 120));
        std::atomic<bool> cancel{false};
        std::thread canceller([&] {
            QThread::msleep(500);
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const Status status = solver.present({dnsTask(QStringLiteral("w.example"), QStringLiteral("t"))},
                                             [&] { return cancel.load(); });
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        QVERIFY2(elapsed >= 400 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void unusableScriptsAndTasks_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("resolver");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        const QString dns = QStringLiteral("dns-01");
        QTest::newRow("none configured")
            << QString() << QString() << dns << QStringLiteral("No DNS present script");
        QTest::newRow("relative path")
            << QStringLiteral("present.sh") << QString() << dns << QStringLiteral("absolute path");
        QTest::newRow("missing") << QStringLiteral("@/missing.sh") << QString() << dns
                                 << QStringLiteral("does not exist");
        QTest::newRow("not executable")
            << QStringLiteral("@/noexec.sh") << QString() << dns << QStringLiteral("not executable");
        QTest::newRow("no #! line") << QStringLiteral("@/noshebang") << QString() << dns
                                    << QStringLiteral("#!");
        QTest::newRow("missing interpreter")
            << QStringLiteral("@/badinterpreter") << QString() << dns << QStringLiteral("interpreter");
        QTest::newRow("folder") << QStringLiteral("@") << QString() << dns << QStringLiteral("not a file");
        QTest::newRow("bad resolver") << QStringLiteral("@/ok.sh") << QStringLiteral("dns.example:53") << dns
                                      << QStringLiteral("not a DNS server address");
        QTest::newRow("http-01 task") << QStringLiteral("@/ok.sh") << QString() << QStringLiteral("http-01")
                                      << QStringLiteral("was given a http-01 challenge");
    }

    void unusableScriptsAndTasks()
    {
        QFETCH(QString, script);
        QFETCH(QString, resolver);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        writeScript(m_out, QStringLiteral("ok.sh"), "#!/bin/sh\necho ran >> \"$CERTDESK_TEST_OUT/ran\"\n");
        writeScript(m_out, QStringLiteral("noshebang"), "echo ran >> \"$CERTDESK_TEST_OUT/ran\"\n");
        writeScript(m_out, QStringLiteral("badinterpreter"), "#!/nonexistent/sh\necho ran\n");
        const QString noexec = writeScript(m_out, QStringLiteral("noexec.sh"), "#!/bin/sh\necho ran\n");
        QFile::setPermissions(noexec, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        script.replace(u'@', m_out);
        Dns01Config settings = config(script);
        settings.propagation.resolver = resolver;
        ChallengeTask task = dnsTask(QStringLiteral("x.example"), QStringLiteral("t"));
        task.type = type;
        const Status status = Dns01Solver(settings).present({task}, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/ran")));
    }

    void withChallTestSrv()
    {
        ChallTestSrv server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        qputenv("CERTDESK_TEST_CHALLTESTSRV", server.managementUrl().toUtf8());
        Dns01Config settings = config(shippedScriptsDir() + QStringLiteral("/challtestsrv-present.sh"),
                                      shippedScriptsDir() + QStringLiteral("/challtestsrv-cleanup.sh"), 60);
        settings.propagation.resolver = server.dnsServer();
        settings.propagation.pollIntervalMs = 200;
        Dns01Solver solver(settings);
        const ChallengeTask plain = dnsTask(QStringLiteral("www.example.test"), QStringLiteral("tokenP"));
        ChallengeTask wildcard = dnsTask(QStringLiteral("www.example.test"), QStringLiteral("tokenW"));
        wildcard.wildcard = true;

        QElapsedTimer timer;
        timer.start();
        const Status status = solver.present({plain, wildcard}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        // returned as soon as the resolver showed both values, long before the 60 s wait
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));

        const auto resolver = parseDnsServer(server.dnsServer());
        QVERIFY(resolver.ok());
        const auto texts = lookupTxt(QStringLiteral("_acme-challenge.www.example.test"), *resolver, 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(texts->size(), 2);
        QVERIFY(texts->contains(opensslDnsValue(plain.keyAuthorization).toLatin1()));
        QVERIFY(texts->contains(opensslDnsValue(wildcard.keyAuthorization).toLatin1()));

        QVERIFY(solver.cleanup({plain, wildcard}).ok());
        const auto after = lookupTxt(QStringLiteral("_acme-challenge.www.example.test"), *resolver, 5000);
        QVERIFY2(after.ok(), qPrintable(after.error().fullText()));
        QVERIFY(after->isEmpty());
    }

    void resolverThatNeverShowsTheRecordEndsWithTheWait()
    {
        ChallTestSrv server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QString script = writeScript(m_out, QStringLiteral("present"), "#!/bin/sh\nexit 0\n");
        Dns01Config settings = config(script, {}, 2);
        settings.propagation.resolver = server.dnsServer();
        settings.propagation.pollIntervalMs = 200;
        QElapsedTimer timer;
        timer.start();
        const Status status =
            Dns01Solver(settings).present({dnsTask(QStringLiteral("n.example"), QStringLiteral("t"))}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QVERIFY2(timer.elapsed() >= 1900 && timer.elapsed() < 15000,
                 qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDns01Solver)
#include "tst_dns01solver.moc"
