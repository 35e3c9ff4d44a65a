// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizardcontroller.h"

#include "app/core/appcontext.h"
#include "app/core/targetservice.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/ssh/sshsettings.h"
#include "ui/backgroundtask.h"

namespace certdesk::ui {

TargetSetupController::TargetSetupController(std::shared_ptr<core::AppContext> context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{}

TargetSetupController::~TargetSetupController() = default;

quint64 TargetSetupController::begin()
{
    m_busy = true;
    return ++m_step;
}

bool TargetSetupController::finish(quint64 step)
{
    if (!m_busy || step != m_step)
        return false;
    m_busy = false;
    return true;
}

void TargetSetupController::cancel()
{
    m_busy = false;
    ++m_step;
}

template <typename Work, typename Done> void TargetSetupController::run(Work &&work, Done &&done)
{
    const auto step = begin();
    runInBackground(this, std::forward<Work>(work),
                    [this, step, done = std::forward<Done>(done)](const auto &result) {
                        if (finish(step))
                            done(result);
                    });
}

void TargetSetupController::probeHostKey(const QString &host, quint16 port, const QString &knownHostsPath)
{
    run(
        [host, port, knownHostsPath] {
            // Only what the probe needs: the dial, and reading the known_hosts file.
            target::Grant grant{{target::CapabilityKind::NetDial, target::ssh::dialScope(host, port)}};
            if (!knownHostsPath.isEmpty())
                grant.append({target::CapabilityKind::FileRead, knownHostsPath});
            target::Sandbox sandbox(QStringLiteral("ssh"), grant);
            return target::ssh::probeHostKey(sandbox, host, port, knownHostsPath);
        },
        [this](const Result<target::ssh::HostKeyInfo> &key) {
            if (key)
                Q_EMIT hostKeyProbed(*key);
            else
                Q_EMIT hostKeyFailed(key.error());
        });
}

void TargetSetupController::trustHostKey(const QString &knownHostsPath, const QString &host, quint16 port,
                                         const QString &fingerprint)
{
    run([knownHostsPath, host, port,
         fingerprint] { return target::ssh::trustHostKey(knownHostsPath, host, port, fingerprint); },
        [this](const Status &status) {
            if (status)
                Q_EMIT hostKeyTrusted();
            else
                Q_EMIT hostKeyFailed(status.error());
        });
}

template <typename Work> void TargetSetupController::runTest(Work &&work)
{
    if (!m_context) {
        Q_EMIT testFailed(Error{tr("No inventory is open."), {}, ErrorCode::InvalidInput});
        return;
    }
    run(std::forward<Work>(work), [this](const Result<target::ValidationReport> &report) {
        if (report)
            Q_EMIT tested(*report);
        else
            Q_EMIT testFailed(report.error());
    });
}

void TargetSetupController::test(const QString &type, SharedSettings settings)
{
    runTest([context = m_context, type, settings] { return context->targets().test(type, *settings); });
}

void TargetSetupController::testSaved(const QString &name)
{
    runTest([context = m_context, name] { return context->targets().test(name); });
}

void TargetSetupController::testChanged(const QString &name, SharedSettings settings)
{
    runTest(
        [context = m_context, name, settings] { return context->targets().testChanged(name, *settings); });
}

void TargetSetupController::save(const QString &name, const QString &type, SharedSettings settings,
                                 bool update)
{
    if (!m_context) {
        Q_EMIT saveFailed(Error{tr("No inventory is open."), {}, ErrorCode::InvalidInput});
        return;
    }
    auto context = m_context;
    run(
        [context, name, type, settings, update]() -> Status {
            if (update)
                return context->targets().update(name, *settings);
            const auto added = context->targets().add(name, type, *settings);
            return added ? Status() : Status(added.error());
        },
        [this, name](const Status &status) {
            if (status)
                Q_EMIT saved(name);
            else
                Q_EMIT saveFailed(status.error());
        });
}

} // namespace certdesk::ui
