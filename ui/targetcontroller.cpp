// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/targetcontroller.h"

#include "app/core/appcontext.h"
#include "app/core/deploymentservice.h"
#include "app/core/targetservice.h"
#include "ui/backgroundtask.h"

namespace certdesk::ui {

TargetController::TargetController(QObject *parent) : QObject(parent) {}

TargetController::~TargetController() = default;

void TargetController::setContext(std::shared_ptr<core::AppContext> context)
{
    cancelTest();
    m_context = std::move(context);
    Q_EMIT contextChanged();
    loadTargets();
}

void TargetController::loadTargets()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->targets().list(); },
        [this, context](const Result<QList<domain::DeploymentTarget>> &targets) {
            if (context != m_context)
                return; // a list of the inventory that was open before
            if (!targets)
                Q_EMIT operationFailed(tr("Loading the deployment targets failed"), targets.error());
            else
                Q_EMIT targetsLoaded(*targets);
        });
}

void TargetController::setEnabled(const QString &name, bool enabled)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, name, enabled] { return context->targets().setEnabled(name, enabled); },
        [this, name, enabled](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(enabled ? tr("Enabling %1 failed").arg(name)
                                               : tr("Disabling %1 failed").arg(name),
                                       status.error());
            else
                Q_EMIT statusMessage(enabled ? tr("Target %1 enabled").arg(name)
                                             : tr("Target %1 disabled").arg(name));
            loadTargets();
        });
}

void TargetController::removeTarget(const QString &name)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, name] { return context->targets().remove(name); },
        [this, name](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Deleting the target %1 failed").arg(name), status.error());
            else
                Q_EMIT statusMessage(tr("Target %1 deleted").arg(name));
            loadTargets();
            Q_EMIT deploymentsChanged();
        });
}

void TargetController::testTarget(const QString &name)
{
    if (!m_context || m_testing)
        return;
    m_testing = true;
    m_testName = name;
    const auto step = ++m_testStep;
    auto context = m_context;
    runInBackground(
        this, [context, name] { return context->targets().test(name); },
        [this, step, name](const Result<target::ValidationReport> &report) {
            if (step != m_testStep)
                return; // cancelled: its end was reported then
            m_testing = false;
            if (report)
                Q_EMIT targetTested(name, *report);
            else
                Q_EMIT targetTestFailed(name, report.error());
        });
}

void TargetController::cancelTest()
{
    if (!m_testing)
        return;
    // The dry run has no cancel of its own (it is short and changes nothing): drop its result.
    ++m_testStep;
    m_testing = false;
    Q_EMIT targetTestFailed(m_testName, Error{tr("The test was cancelled."), {}, ErrorCode::Cancelled});
}

void TargetController::loadHistory(const domain::DeploymentFilter &filter, QObject *receiver,
                                   HistoryCallback done)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        receiver, [context, filter] { return context->deployments().history(filter); }, std::move(done));
}

void TargetController::loadTargetsFor(
    qint64 certificateId, QObject *receiver,
    std::function<void(const Result<QList<domain::DeploymentTarget>> &all,
                       const Result<QList<domain::DeploymentTarget>> &bound)>
        done)
{
    if (!m_context)
        return;
    auto context = m_context;
    using Targets = Result<QList<domain::DeploymentTarget>>;
    runInBackground(
        receiver,
        [context, certificateId] {
            return std::pair<Targets, Targets>(context->targets().list(),
                                               context->targets().boundTargets(certificateId));
        },
        [done = std::move(done)](const std::pair<Targets, Targets> &result) {
            done(result.first, result.second);
        });
}

void TargetController::deploy(qint64 certificateId, const QStringList &deployTo, const QStringList &bind,
                              const QStringList &unbind)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, certificateId, deployTo, bind, unbind]() -> Result<QList<qint64>> {
            for (const auto &name : bind) {
                if (const auto bound = context->targets().bind(certificateId, name); !bound)
                    return bound.error();
            }
            for (const auto &name : unbind) {
                if (const auto unbound = context->targets().unbind(certificateId, name); !unbound)
                    return unbound.error();
            }
            if (deployTo.isEmpty())
                return QList<qint64>();
            return context->deployments().enqueueDeploy(certificateId, deployTo);
        },
        [this, certificateId, deployTo,
         changedBindings = !bind.isEmpty() || !unbind.isEmpty()](const Result<QList<qint64>> &jobs) {
            if (changedBindings)
                Q_EMIT deploymentsChanged();
            if (!jobs) {
                Q_EMIT operationFailed(deployTo.isEmpty() ? tr("Changing the automatic deployments failed")
                                                          : tr("Queueing the deployment failed"),
                                       jobs.error());
                return;
            }
            if (!jobs->isEmpty())
                Q_EMIT statusMessage(tr("Deploying to %1 (%n job(s) queued)", nullptr, int(jobs->size()))
                                         .arg(deployTo.join(QStringLiteral(", "))));
            Q_EMIT deploymentsQueued(certificateId, *jobs);
            Q_EMIT deploymentsChanged();
        });
}

void TargetController::onJobFinished()
{
    if (!m_context)
        return;
    loadTargets();
    Q_EMIT deploymentsChanged();
}

} // namespace certdesk::ui
