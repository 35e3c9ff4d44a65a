// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecyclecontroller.h"

#include "app/core/appcontext.h"
#include "app/core/importservice.h"
#include "app/core/issuancejobs.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/renewalscheduler.h"
#include "connectors/sysio/atomicfile.h"
#include "ui/backgroundtask.h"

#include <QTimer>

namespace certdesk::ui {

namespace {
constexpr int RenewalCheckIntervalMs = 60 * 60 * 1000;
}

LifecycleController::LifecycleController(QObject *parent) : QObject(parent), m_renewalTimer(new QTimer(this))
{
    m_renewalTimer->setInterval(RenewalCheckIntervalMs);
    // Running jobs report progress often; refresh the list at most four times a second.
    m_jobsRefresh = new QTimer(this);
    m_jobsRefresh->setSingleShot(true);
    m_jobsRefresh->setInterval(250);
    connect(m_jobsRefresh, &QTimer::timeout, this, &LifecycleController::loadJobs);
    connect(m_renewalTimer, &QTimer::timeout, this, &LifecycleController::scheduleRenewals);
}

LifecycleController::~LifecycleController() = default;

void LifecycleController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_renewalTimer->stop();
    m_runner.reset();
    m_context = std::move(context);
    if (!m_context)
        return;
    m_runner = std::make_unique<core::JobRunner>(m_context->database());
    m_context->registerJobHandlers(*m_runner); // issuance, renewal and deployment
    connect(m_runner.get(), &core::JobRunner::jobChanged, this, [this] {
        if (!m_jobsRefresh->isActive())
            m_jobsRefresh->start();
    });
    connect(m_runner.get(), &core::JobRunner::jobFinished, this, [this](qint64 id, domain::JobStatus status) {
        Q_EMIT jobFinished(id, status);
        Q_EMIT inventoryChanged();
    });
    m_runner->start();
    m_renewalTimer->start();
    scheduleRenewals();
    loadIssuers();
    loadJobs();
}

void LifecycleController::loadIssuers()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->issuers().list(); },
        [this](const Result<QList<store::StoredIssuer>> &issuers) {
            if (!issuers)
                Q_EMIT operationFailed(tr("Loading the issuers failed"), issuers.error());
            else
                Q_EMIT issuersLoaded(*issuers);
        });
    runInBackground(
        this, [context] { return context->lifecycle().profiles(); },
        [this](const Result<QList<domain::CertificateProfile>> &profiles) {
            QStringList names;
            for (const auto &p :
                 profiles ? *profiles : QList<domain::CertificateProfile>{domain::CertificateProfile{}})
                names << p.name;
            Q_EMIT profilesLoaded(names);
        });
}

void LifecycleController::addLocalCa(const core::LocalCaSetup &setup)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, setup] { return context->issuers().addLocalCa(setup); },
        [this, name = setup.name](const Result<qint64> &id) {
            if (!id) {
                Q_EMIT localCaFailed(id.error());
                return;
            }
            Q_EMIT localCaAdded(*id);
            Q_EMIT statusMessage(tr("Local CA %1 set up").arg(name));
            loadIssuers();
        });
}

void LifecycleController::issue(const core::IssueCertificateRequest &request)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, request] { return context->jobs().enqueueIssue(request); },
        [this, cn = request.commonName](const Result<qint64> &job) {
            if (!job) {
                Q_EMIT operationFailed(tr("Queueing the certificate failed"), job.error());
                return;
            }
            Q_EMIT jobQueued(*job, tr("Issuing %1").arg(cn));
            loadJobs();
        });
}

void LifecycleController::renew(qint64 certificateId, bool reuseKey)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, certificateId, reuseKey] { return context->jobs().enqueueRenew(certificateId, reuseKey); },
        [this, certificateId](const Result<qint64> &job) {
            if (!job) {
                Q_EMIT operationFailed(tr("Queueing the renewal failed"), job.error());
                return;
            }
            Q_EMIT jobQueued(*job, tr("Renewing certificate %1").arg(certificateId));
            loadJobs();
        });
}

void LifecycleController::revoke(qint64 certificateId, pki::RevocationReason reason)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, certificateId, reason] { return context->lifecycle().revoke(certificateId, reason); },
        [this, certificateId](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Revoking failed"), status.error());
            else
                Q_EMIT statusMessage(tr("Certificate %1 revoked").arg(certificateId));
            Q_EMIT inventoryChanged();
        });
}

void LifecycleController::publishCrl(const QString &issuerName, const QString &path, bool pem)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, issuerName, path, pem]() -> Status {
            auto crl = context->lifecycle().crl(issuerName);
            if (!crl)
                return crl.error();
            return sysio::writeFileAtomically(path, pem ? pki::derToPem(*crl, "X509 CRL") : *crl,
                                              sysio::FileMode::Public);
        },
        [this, path](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Publishing the CRL failed"), status.error());
            else
                Q_EMIT statusMessage(tr("CRL written to %1").arg(path));
            loadIssuers();
        });
}

void LifecycleController::exportCaCertificate(const QString &issuerName, const QString &path)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, issuerName, path]() -> Status {
            auto pem = context->lifecycle().caChainPem(issuerName);
            if (!pem)
                return pem.error();
            return sysio::writeFileAtomically(path, *pem, sysio::FileMode::Public);
        },
        [this, path](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Exporting the CA certificate failed"), status.error());
            else
                Q_EMIT statusMessage(tr("CA certificate written to %1").arg(path));
        });
}

void LifecycleController::answerOcsp(const QString &issuerName, const QString &requestPath,
                                     const QString &responsePath)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, issuerName, requestPath, responsePath]() -> Status {
            auto request = core::readCertificateFile(requestPath);
            if (!request)
                return request.error();
            auto response = context->lifecycle().ocsp(issuerName, *request);
            if (!response)
                return response.error();
            return sysio::writeFileAtomically(responsePath, *response, sysio::FileMode::Public);
        },
        [this, responsePath](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Answering the OCSP request failed"), status.error());
            else
                Q_EMIT statusMessage(tr("OCSP response written to %1").arg(responsePath));
        });
}

void LifecycleController::loadJobs()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->jobs().recent(500); },
        [this, context](const Result<QList<domain::Job>> &jobs) {
            if (context == m_context && jobs)
                Q_EMIT jobsLoaded(*jobs);
        });
}

void LifecycleController::loadJobLog(qint64 jobId)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, jobId] { return context->jobs().logs(jobId); },
        [this, jobId](const Result<QStringList> &lines) {
            if (lines)
                Q_EMIT jobLogLoaded(jobId, *lines);
        });
}

void LifecycleController::cancelJob(qint64 jobId)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, jobId] { return context->jobs().cancel(jobId); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Cancelling the job failed"), status.error());
            loadJobs();
        });
}

void LifecycleController::retryJob(qint64 jobId)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, jobId] { return context->jobs().retry(jobId); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Retrying the job failed"), status.error());
            loadJobs();
        });
}

void LifecycleController::scheduleRenewals()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context] {
            return core::RenewalScheduler(context->database(), context->sharedIssuers()).scheduleDue();
        },
        [this](const Result<int> &due) {
            if (!due)
                Q_EMIT operationFailed(tr("Checking for due renewals failed"), due.error());
            else if (*due > 0)
                loadJobs();
        });
}

} // namespace certdesk::ui
