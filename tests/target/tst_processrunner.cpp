// SPDX-License-Identifier: GPL-3.0-or-later
// sysio::runProcess: argv without a shell, output kept, environment, timeout and cancel that kill
// the whole process group.

#include "connectors/sysio/processrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace certdesk::sysio;

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturesStdoutAndStderr();
    void canLeaveStdoutOut();
    void keepsTheLast64KiB();
    void reportsExitCodesAndSignals();
    void explainsWhyItDidNotStart();
    void passesExtraEnvironment();
    void stdinIsEmpty();
    void timeoutKillsTheGroup();
};

void TestProcessRunner::capturesStdoutAndStderr()
{
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out; echo err >&2; echo out2")};
    const ProcessOutcome outcome = runProcess(request);
    QCOMPARE(outcome.end, ProcessOutcome::End::Exited);
    QCOMPARE(outcome.code, 0);
    QCOMPARE(outcome.output, QByteArray("out\nerr\nout2\n"));
}

void TestProcessRunner::canLeaveStdoutOut()
{
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out; echo err >&2")};
    request.captureStdout = false;
    QCOMPARE(runProcess(request).output, QByteArray("err\n"));
}

void TestProcessRunner::keepsTheLast64KiB()
{
    ProcessRequest request;
    // 200000 bytes of 'a' then a marker: the marker and the last 64 KiB are kept.
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("head -c 200000 /dev/zero | tr '\\0' a; echo END")};
    const ProcessOutcome outcome = runProcess(request);
    QCOMPARE(outcome.output.size(), 64 * 1024);
    QVERIFY(outcome.output.endsWith("aEND\n"));
}

void TestProcessRunner::reportsExitCodesAndSignals()
{
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 7")};
    ProcessOutcome outcome = runProcess(request);
    QCOMPARE(outcome.end, ProcessOutcome::End::Exited);
    QCOMPARE(outcome.code, 7);
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")};
    outcome = runProcess(request);
    QCOMPARE(outcome.end, ProcessOutcome::End::Signalled);
    QCOMPARE(outcome.code, SIGTERM);
}

void TestProcessRunner::explainsWhyItDidNotStart()
{
    QTemporaryDir dir;
    const QString notExecutable = dir.filePath(QStringLiteral("script.sh"));
    QFile file(notExecutable);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("sh"), QStringLiteral("absolute")},
        {dir.filePath(QStringLiteral("missing")), QStringLiteral("does not exist")},
        {dir.path(), QStringLiteral("not a file")},
        {notExecutable, QStringLiteral("not executable")},
    };
    for (const auto &[program, reason] : cases) {
        ProcessRequest request;
        request.argv = {program};
        const ProcessOutcome outcome = runProcess(request);
        QCOMPARE(outcome.end, ProcessOutcome::End::NotStarted);
        QVERIFY2(outcome.notStartedReason.contains(reason), qPrintable(outcome.notStartedReason));
    }
}

void TestProcessRunner::passesExtraEnvironment()
{
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo \"$A-$HOME\"")};
    request.extraEnvironment = {{QStringLiteral("A"), QStringLiteral("one")},
                                {QStringLiteral("HOME"), QStringLiteral("/h")}};
    QCOMPARE(runProcess(request).output, QByteArray("one-/h\n"));
}

void TestProcessRunner::stdinIsEmpty()
{
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/cat")};
    request.timeout = std::chrono::seconds(10);
    const ProcessOutcome outcome = runProcess(request);
    QCOMPARE(outcome.end, ProcessOutcome::End::Exited);
    QVERIFY(outcome.output.isEmpty());
}

void TestProcessRunner::timeoutKillsTheGroup()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("survived"));
    ProcessRequest request;
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("echo started; (sleep 1; touch '%1') & sleep 30").arg(marker)};
    request.timeout = std::chrono::milliseconds(300);
    QElapsedTimer timer;
    timer.start();
    const ProcessOutcome outcome = runProcess(request);
    QCOMPARE(outcome.end, ProcessOutcome::End::TimedOut);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(outcome.output, QByteArray("started\n"));
    QTest::qWait(1500);
    QVERIFY(!QFile::exists(marker));
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
