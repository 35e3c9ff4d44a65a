// SPDX-License-Identifier: GPL-3.0-or-later
// Private part of the ACME protocol library, reached through its header.
#include "connectors/issuer/acme/protocol/pollschedule.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace std::chrono_literals;
using namespace certdesk::issuer::acme;

/// The waits between polls: a fast start, doubling up to a cap, the CA's Retry-After, the deadline
/// and cancel. Bounds are generous: the test runs on a loaded machine, where sleeps overrun.
class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffStartsSmallAndDoubles();
    void retryAfterIsHonoured();
    void retryAfterBeyondTheDeadlineEndsAtOnce();
    void backoffShortensToTheDeadline();
    void cancelIsNoticedQuickly();
};

void TestPollSchedule::backoffStartsSmallAndDoubles()
{
    PollOptions options;
    options.firstDelay = 5ms;
    options.maxDelay = 40ms;
    PollSchedule schedule(options);
    QElapsedTimer timer;
    timer.start();
    // 5 + 10 + 20 + 40 + 40 + 40 = 155 ms.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(schedule.wait(std::nullopt), PollSchedule::Outcome::PollAgain);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 150, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestPollSchedule::retryAfterIsHonoured()
{
    PollSchedule schedule(PollOptions{});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(schedule.wait(1), PollSchedule::Outcome::PollAgain);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestPollSchedule::retryAfterBeyondTheDeadlineEndsAtOnce()
{
    PollOptions options;
    options.timeout = 10s;
    PollSchedule schedule(options);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(schedule.wait(60), PollSchedule::Outcome::DeadlineReached);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestPollSchedule::backoffShortensToTheDeadline()
{
    PollOptions options;
    options.timeout = 200ms;
    options.firstDelay = 1s;
    PollSchedule schedule(options);
    QElapsedTimer timer;
    timer.start();
    // The first wait would pass the deadline: one last poll at the deadline instead.
    QCOMPARE(schedule.wait(std::nullopt), PollSchedule::Outcome::PollAgain);
    QVERIFY2(timer.elapsed() >= 150 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(schedule.wait(std::nullopt), PollSchedule::Outcome::DeadlineReached);
}

void TestPollSchedule::cancelIsNoticedQuickly()
{
    std::atomic<bool> cancel{false};
    PollOptions options;
    options.cancelled = [&cancel] { return cancel.load(); };
    PollSchedule schedule(options);
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(100ms);
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const PollSchedule::Outcome outcome = schedule.wait(120); // the CA asked for two minutes
    canceller.join();
    QCOMPARE(outcome, PollSchedule::Outcome::Cancelled);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(schedule.cancelled());
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
