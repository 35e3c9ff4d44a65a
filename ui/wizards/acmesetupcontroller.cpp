// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmesetupcontroller.h"

#include "app/core/appcontext.h"
#include "app/core/issuerservice.h"
#include "ui/backgroundtask.h"

#include <QMutex>

namespace certdesk::ui {

namespace {
/// The worker's view of a step's cancel flag: it holds the flag, not the controller.
issuer::acme::CancelCheck cancelCheckOf(const std::shared_ptr<std::atomic<bool>> &flag)
{
    return [flag] { return flag->load(); };
}
} // namespace

struct AcmeSetupController::AccountKeySlot
{
    QMutex mutex;
    QString directoryUrl;
    issuer::acme::AccountKey key;

    /// The key for `url`: the one made before for it, or a new one. Runs on workers.
    Result<issuer::acme::AccountKey> keyFor(const QString &url)
    {
        QMutexLocker lock(&mutex);
        if (key.isNull() || directoryUrl != url) {
            auto made = issuer::acme::AccountKey::generate();
            if (!made)
                return made.error();
            key = *made;
            directoryUrl = url;
        }
        return key;
    }
};

AcmeSetupController::AcmeSetupController(std::shared_ptr<core::AppContext> context, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_accountKey(std::make_shared<AccountKeySlot>())
{}

AcmeSetupController::~AcmeSetupController()
{
    // A worker still running ends with its aborted request; its result is never delivered.
    abortRunning();
}

template <typename Work, typename Done> void AcmeSetupController::run(Work &&work, Done &&done)
{
    ++m_running;
    runInBackground(this, std::forward<Work>(work),
                    [this, done = std::forward<Done>(done)](const auto &result) mutable {
                        --m_running;
                        done(result);
                    });
}

void AcmeSetupController::abortRunning()
{
    if (m_cancel)
        m_cancel->store(true);
}

quint64 AcmeSetupController::begin()
{
    abortRunning();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    return ++m_step;
}

void AcmeSetupController::cancel()
{
    abortRunning();
    m_busy = false;
    m_check.reset();
    m_checkedSetup.reset();
}

void AcmeSetupController::fetchDirectory(const QString &urlOrPreset, const QString &caBundlePath)
{
    const auto step = begin();
    run(
        [urlOrPreset, caBundlePath, cancelled = cancelCheckOf(m_cancel)] {
            return core::inspectAcmeDirectory(urlOrPreset, caBundlePath, cancelled);
        },
        [this, step](const Result<issuer::acme::AcmeDirectory> &directory) {
            if (!isCurrent(step))
                return;
            m_busy = false;
            if (directory)
                Q_EMIT directoryFetched(*directory);
            else
                Q_EMIT directoryFailed(directory.error());
        });
}

void AcmeSetupController::check(const core::AcmeSetup &setup)
{
    m_check.reset();
    m_checkedSetup.reset();
    if (!m_context) {
        Q_EMIT checkFailed(Error{tr("No inventory is open."), {}, ErrorCode::InvalidInput});
        return;
    }
    const auto step = begin();
    // AcmeSetup is move-only (it may carry the EAB key): the worker and the later save share one copy.
    auto shared = std::make_shared<const core::AcmeSetup>(setup.clone());
    auto context = m_context;
    auto slot = m_accountKey;
    run(
        [context, shared, slot, cancelled = cancelCheckOf(m_cancel)]() -> Result<core::AcmeAccountCheck> {
            // The key is made and kept before the CA is asked: a test abandoned while the CA made
            // its account leaves the key to the next test, which then finds that account.
            auto key = slot->keyFor(core::resolvedDirectoryUrl(shared->directoryUrl));
            if (!key)
                return key.error();
            return context->issuers().checkAcme(*shared, *key, cancelled);
        },
        [this, step, shared](const Result<core::AcmeAccountCheck> &check) {
            if (!isCurrent(step))
                return;
            m_busy = false;
            if (!check) {
                Q_EMIT checkFailed(check.error());
                return;
            }
            m_check = *check;
            m_checkedSetup = shared;
            Q_EMIT checked(*check);
        });
}

void AcmeSetupController::save()
{
    if (!m_check || !m_checkedSetup || !m_context) {
        Q_EMIT saveFailed(Error{tr("Run the test before saving the issuer."), {}, ErrorCode::InvalidInput});
        return;
    }
    const auto step = begin();
    auto context = m_context;
    auto setup = m_checkedSetup;
    auto check = *m_check;
    run([context, setup, check] { return context->issuers().addAcme(*setup, check); },
        [this, step, name = setup->name](const Result<qint64> &id) {
            if (!isCurrent(step))
                return;
            m_busy = false;
            if (id)
                Q_EMIT saved(*id, name);
            else
                Q_EMIT saveFailed(id.error());
        });
}

} // namespace certdesk::ui
