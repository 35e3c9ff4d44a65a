// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttestsupport.h"

#include "app/core/issuerservice.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "tests/support/testcertificates.h"

namespace certdesk::testsupport {

namespace {
/// Few KDF iterations keep the tests fast.
constexpr int FastIterations = 1000;
} // namespace

bool AlertInventory::open(const store::ConnectionSpec &spec, bool setUpCa)
{
    if (!m_dir.isValid())
        return false;
    m_spec = spec;
    m_passphraseFile = writeFile(m_dir.path(), QStringLiteral("master.txt"), "alert test passphrase\n");
    if (!reopen())
        return false;
    if (!setUpCa)
        return true;
    core::LocalCaSetup ca;
    ca.name = QStringLiteral("Lab");
    auto added = m_app->issuers().addLocalCa(ca);
    if (!added)
        qWarning("local CA: %s", qPrintable(added.error().fullText()));
    return added.ok();
}

bool AlertInventory::reopen()
{
    m_app.reset();
    auto opened = core::AppContext::open(
        m_spec, std::make_unique<core::PassphraseKeySource>(m_passphraseFile, FastIterations));
    if (!opened) {
        qWarning("opening the inventory: %s", qPrintable(opened.error().fullText()));
        return false;
    }
    m_app = *opened;
    return true;
}

qint64 AlertInventory::issue(const QString &cn, int days)
{
    auto id = m_app->lifecycle().issue({QStringLiteral("Lab"), cn, {}, QStringLiteral("ec256"), days});
    if (!id) {
        qWarning("issue %s: %s", qPrintable(cn), qPrintable(id.error().fullText()));
        return 0;
    }
    return *id;
}

bool AlertInventory::renew(qint64 certificateId)
{
    auto renewed = m_app->lifecycle().renew(certificateId);
    if (!renewed)
        qWarning("renew %lld: %s", certificateId, qPrintable(renewed.error().fullText()));
    return renewed.ok();
}

Result<core::DeliveryOutcome> AlertInventory::deliver(const QList<qint64> &jobIds, int seconds)
{
    core::JobRunner::Options options;
    options.baseBackoffSeconds = 1;
    options.maxBackoffSeconds = 2;
    return core::deliverQueued(m_app->database(), m_app->sharedSecrets(), jobIds,
                               QDeadlineTimer(seconds * 1000LL), options);
}

QStringList AlertInventory::jobLog(qint64 jobId) const
{
    auto lines = m_app->jobs().logs(jobId);
    return lines ? *lines : QStringList{};
}

} // namespace certdesk::testsupport
