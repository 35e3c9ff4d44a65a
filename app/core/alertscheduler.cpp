// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alertscheduler.h"

#include "app/core/alertservice.h"
#include "app/core/digestservice.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}
} // namespace

AlertScheduler::AlertScheduler(AlertService &alerts, DigestService &digest, QObject *parent)
    : QObject(parent), m_alerts(alerts), m_digest(digest)
{
    connect(&m_timer, &QTimer::timeout, this, &AlertScheduler::checkNow);
}

AlertScheduler::~AlertScheduler()
{
    stop();
}

void AlertScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    checkNow();
}

void AlertScheduler::stop()
{
    m_timer.stop();
    m_running.waitForFinished();
}

void AlertScheduler::checkNow()
{
    if (m_running.isRunning())
        return;
    m_running = QtConcurrent::run([this] {
        QStringList summaries;
        QStringList failures;
        if (auto run = m_alerts.evaluate(); !run) {
            failures << run.error().fullText();
        } else if (run->raised > 0 || run->resolved > 0) {
            summaries << tr("Alerts: %1 raised, %2 resolved, %3 deliveries queued")
                             .arg(QString::number(run->raised), QString::number(run->resolved),
                                  QString::number(run->jobIds.size()));
        }
        if (auto digest = m_digest.sendIfDue(); !digest)
            failures << digest.error().fullText();
        else if (digest->has_value())
            summaries << tr("Digest queued to %1").arg((*digest)->channels.join(QStringLiteral(", ")));
        // Delivered on the scheduler's thread; dropped if the scheduler is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, summaries, failures] {
                for (const auto &s : summaries)
                    Q_EMIT evaluated(s);
                for (const auto &f : failures)
                    Q_EMIT failed(f);
            },
            Qt::QueuedConnection);
    });
}

} // namespace certdesk::core
