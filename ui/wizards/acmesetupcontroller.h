// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs the ACME setup wizard's network and store work on worker threads: fetching a directory,
/// the test step (directory plus account, nothing saved) and saving exactly the account the test
/// made. Results come back as signals on the GUI thread; cancel() (and destroying the controller)
/// abandons the running step: its HTTP request to the CA is aborted within about a second and its
/// result, ErrorCode::Cancelled, is dropped. The workers hold no pointer to the controller. Every
/// test against the same directory uses one account key, made by the first (even when that test
/// was abandoned), so the CA finds the same account instead of making another. Holds no widgets.
class AcmeSetupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeSetupController)

public:
    explicit AcmeSetupController(std::shared_ptr<core::AppContext> context, QObject *parent = nullptr);
    ~AcmeSetupController() override;

    /// Fetches the directory of a URL or preset key: directoryFetched() or directoryFailed().
    void fetchDirectory(const QString &urlOrPreset, const QString &caBundlePath);
    /// The test step: checked() or checkFailed(). Forgets an earlier successful check.
    void check(const core::AcmeSetup &setup);
    /// Saves the setup and account of the last successful check: saved() or saveFailed().
    void save();
    /// Abandons the running step and aborts its request to the CA; no signal comes for it. A save
    /// is not aborted (it is one short transaction), only its result dropped.
    void cancel();

    bool isBusy() const { return m_busy; }
    /// True while a worker still runs, an abandoned step included (until its abort took effect).
    bool hasRunningWork() const { return m_running > 0; }
    /// The last successful check, until the next check() or cancel().
    const std::optional<core::AcmeAccountCheck> &lastCheck() const { return m_check; }

Q_SIGNALS:
    void directoryFetched(const certdesk::issuer::acme::AcmeDirectory &directory);
    void directoryFailed(const certdesk::Error &error);
    void checked(const certdesk::core::AcmeAccountCheck &check);
    void checkFailed(const certdesk::Error &error);
    void saved(qint64 issuerId, const QString &name);
    void saveFailed(const certdesk::Error &error);

private:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    /// Starts a step (abandoning one still running); the returned number identifies it, so a late
    /// result of an abandoned one is recognised. m_cancel is the new step's flag.
    quint64 begin();
    bool isCurrent(quint64 step) const { return m_busy && step == m_step; }
    /// Sets the running step's cancel flag.
    void abortRunning();
    /// runInBackground() that keeps m_running.
    template <typename Work, typename Done> void run(Work &&work, Done &&done);

    std::shared_ptr<core::AppContext> m_context;
    quint64 m_step = 0;
    bool m_busy = false;
    int m_running = 0;
    CancelFlag m_cancel; ///< the current step's; shared with its worker
    std::optional<core::AcmeAccountCheck> m_check;
    std::shared_ptr<const core::AcmeSetup> m_checkedSetup;
    struct AccountKeySlot;
    /// The account key of the directory tested last; shared with the workers, which make it.
    std::shared_ptr<AccountKeySlot> m_accountKey;
};

} // namespace certdesk::ui
