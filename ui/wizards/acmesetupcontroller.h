// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QObject>

#include <memory>
#include <optional>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs the ACME setup wizard's network and store work on worker threads: fetching a directory,
/// the test step (directory plus account, nothing saved) and saving exactly the account the test
/// made. Results come back as signals on the GUI thread; cancel() abandons the running step (its
/// result is dropped, the work itself ends on its own). Every test against the same directory uses
/// one account key, made by the first (even when that test was abandoned), so the CA finds the
/// same account instead of making another. Holds no widgets.
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
    /// Abandons the running step; no signal comes for it.
    void cancel();

    bool isBusy() const { return m_busy; }
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
    /// Starts a step; the returned number identifies it, so a late result of an abandoned one is
    /// recognised.
    quint64 begin();
    bool isCurrent(quint64 step) const { return m_busy && step == m_step; }

    std::shared_ptr<core::AppContext> m_context;
    quint64 m_step = 0;
    bool m_busy = false;
    std::optional<core::AcmeAccountCheck> m_check;
    std::shared_ptr<const core::AcmeSetup> m_checkedSetup;
    struct AccountKeySlot;
    /// The account key of the directory tested last; shared with the workers, which make it.
    std::shared_ptr<AccountKeySlot> m_accountKey;
};

} // namespace certdesk::ui
