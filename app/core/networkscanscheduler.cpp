// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/networkscanscheduler.h"

#include "app/core/networkscanservice.h"

#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::core {

NetworkScanScheduler::NetworkScanScheduler(NetworkScanService &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    connect(&m_timer, &QTimer::timeout, this, &NetworkScanScheduler::checkNow);
}

NetworkScanScheduler::~NetworkScanScheduler()
{
    stop();
}

void NetworkScanScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    checkNow();
}

void NetworkScanScheduler::stop()
{
    m_timer.stop();
    m_cancel = true;
    m_running.waitForFinished();
    m_cancel = false;
}

void NetworkScanScheduler::checkNow()
{
    if (m_running.isRunning())
        return;
    m_running = QtConcurrent::run([this] {
        NetworkScanObserver observer;
        observer.cancel = &m_cancel;
        const auto due = m_service.scanDueTargets(observer);
        QStringList summaries;
        QStringList failures;
        if (!due) {
            failures << due.error().fullText();
        } else {
            for (const auto &report : due->reports)
                summaries << describeNetworkScan(report);
            for (const auto &failure : due->failures)
                failures << failure.fullText();
        }
        // Delivered on the scheduler's thread; dropped if the scheduler is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, summaries, failures] {
                for (const auto &s : summaries)
                    Q_EMIT scanned(s);
                for (const auto &f : failures)
                    Q_EMIT failed(f);
            },
            Qt::QueuedConnection);
    });
}

} // namespace certdesk::core
