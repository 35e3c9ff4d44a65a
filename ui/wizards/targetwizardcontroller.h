// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "connectors/target/ssh/sshhostkey.h"
#include "models/domain/result.h"

#include <QObject>

#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs the target setup wizard's slow steps on worker threads: the SSH host key probe and the
/// trust of the key the user saw, the dry run of the unsaved settings, and saving them (add, or
/// update when editing). Results come back as signals on the GUI thread; cancel() abandons the
/// running step (its result is dropped). Settings are shared with the worker, never copied into
/// a signal, because they carry secrets. Holds no widgets.
class TargetSetupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetSetupController)

public:
    using SharedSettings = std::shared_ptr<const target::TargetSettings>;

    explicit TargetSetupController(std::shared_ptr<core::AppContext> context, QObject *parent = nullptr);
    ~TargetSetupController() override;

    /// Reads host:port's SSH host key and whether `knownHostsPath` trusts it: hostKeyProbed() or
    /// hostKeyFailed().
    void probeHostKey(const QString &host, quint16 port, const QString &knownHostsPath);
    /// Records the key the user was shown in `knownHostsPath`: hostKeyTrusted() or hostKeyFailed().
    void trustHostKey(const QString &knownHostsPath, const QString &host, quint16 port,
                      const QString &fingerprint);
    /// The dry run of unsaved settings: tested() or testFailed().
    void test(const QString &type, SharedSettings settings);
    /// The dry run of the saved target `name` (an edit that changed nothing): tested() or testFailed().
    void testSaved(const QString &name);
    /// The dry run of the saved target `name` with changed settings; a secret they lack is the saved
    /// one, unsealed on the worker: tested() or testFailed().
    void testChanged(const QString &name, SharedSettings settings);
    /// Adds the target, or replaces the settings of the target `name` when `update`: saved() or
    /// saveFailed().
    void save(const QString &name, const QString &type, SharedSettings settings, bool update);
    /// Abandons the running step; no signal comes for it.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void hostKeyProbed(const certdesk::target::ssh::HostKeyInfo &key);
    void hostKeyTrusted();
    void hostKeyFailed(const certdesk::Error &error);
    void tested(const certdesk::target::ValidationReport &report);
    void testFailed(const certdesk::Error &error);
    void saved(const QString &name);
    void saveFailed(const certdesk::Error &error);

private:
    /// Starts a step; the returned number identifies it, so that a late result of an abandoned one
    /// is recognised.
    quint64 begin();
    bool finish(quint64 step);
    /// Runs `work` on a worker and hands its result to `done` when the step is still current.
    template <typename Work, typename Done> void run(Work &&work, Done &&done);
    /// Runs a dry run on a worker: tested() or testFailed().
    template <typename Work> void runTest(Work &&work);

    std::shared_ptr<core::AppContext> m_context;
    quint64 m_step = 0;
    bool m_busy = false;
};

} // namespace certdesk::ui
