// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs the deployment targets and deployments for the console on worker threads: the target list,
/// enable/disable, delete, the dry run of a saved target, deployment history, bindings and
/// queueing deploy jobs (which the console's job runner works like any other job). Results come
/// back as signals, or to a callback that is dropped when its receiver is gone. Holds no widgets.
class TargetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetController)

public:
    using HistoryCallback = std::function<void(const Result<QList<domain::DeploymentRecord>> &)>;
    using TargetsCallback = std::function<void(const Result<QList<domain::DeploymentTarget>> &)>;

    explicit TargetController(QObject *parent = nullptr);
    ~TargetController() override;

    /// Switches to another open inventory (or none) and reloads the targets.
    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    const std::shared_ptr<core::AppContext> &context() const { return m_context; }

    void loadTargets();
    void setEnabled(const QString &name, bool enabled);
    void removeTarget(const QString &name);
    /// The dry run of a saved target: targetTested() or targetTestFailed().
    void testTarget(const QString &name);
    bool isTesting() const { return m_testing; }
    /// Drops the running test's result; targetTestFailed() with ErrorCode::Cancelled follows.
    void cancelTest();

    /// The deployments `filter` selects, newest first, to `done` on the GUI thread unless
    /// `receiver` was destroyed first.
    void loadHistory(const domain::DeploymentFilter &filter, QObject *receiver, HistoryCallback done);
    /// Every target and, separately, the ones `certificateId` is bound to.
    void loadTargetsFor(qint64 certificateId, QObject *receiver,
                        std::function<void(const Result<QList<domain::DeploymentTarget>> &all,
                                           const Result<QList<domain::DeploymentTarget>> &bound)>
                            done);
    /// Binds and unbinds (automatic deployment after each renewal), then queues one deploy job per
    /// name in `deployTo` (nothing when empty): deploymentsQueued() or operationFailed().
    void deploy(qint64 certificateId, const QStringList &deployTo, const QStringList &bind = {},
                const QStringList &unbind = {});

    /// A job ended (the console's job runner): the history and the targets' last results may have
    /// changed.
    void onJobFinished();

Q_SIGNALS:
    void contextChanged();
    void targetsLoaded(const QList<certdesk::domain::DeploymentTarget> &targets);
    void targetTested(const QString &name, const certdesk::target::ValidationReport &report);
    void targetTestFailed(const QString &name, const certdesk::Error &error);
    /// Deploy jobs were queued (`jobIds` may be empty when only bindings changed).
    void deploymentsQueued(qint64 certificateId, const QList<qint64> &jobIds);
    /// Bindings or deployments changed: views of the history should reload.
    void deploymentsChanged();
    void statusMessage(const QString &message);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    std::shared_ptr<core::AppContext> m_context;
    quint64 m_testStep = 0;
    bool m_testing = false;
    QString m_testName;
};

} // namespace certdesk::ui
