// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/issuerservice.h"
#include "app/core/lifecycleservice.h"
#include "models/domain/job.h"
#include "models/store/issuerrepository.h"

#include <QObject>

class QTimer;

#include <memory>

namespace certdesk::core {
class AppContext;
class JobRunner;
} // namespace certdesk::core

namespace certdesk::ui {

/// Runs the certificate lifecycle for the console: issuers, issuance, renewal and revocation as
/// jobs, CRLs, and the job queue itself. Owns the console's JobRunner (with the lifecycle's
/// handlers) and the renewal scheduler's timer. All store work runs on worker threads; results come
/// back as signals on the GUI thread. Holds no widgets.
class LifecycleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleController)

public:
    explicit LifecycleController(QObject *parent = nullptr);
    ~LifecycleController() override;

    /// Switches to another inventory: stops the old runner, starts one for the new inventory.
    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    const std::shared_ptr<core::AppContext> &context() const { return m_context; }

    void loadIssuers();
    void addLocalCa(const core::LocalCaSetup &setup);
    void issue(const core::IssueCertificateRequest &request);
    void renew(qint64 certificateId, bool reuseKey);
    void revoke(qint64 certificateId, pki::RevocationReason reason);
    void publishCrl(const QString &issuerName, const QString &path, bool pem);
    void exportCaCertificate(const QString &issuerName, const QString &path);
    /// Reads a DER OCSP request file and writes the local CA's signed response.
    void answerOcsp(const QString &issuerName, const QString &requestPath, const QString &responsePath);
    void loadJobs();
    void loadJobLog(qint64 jobId);
    void cancelJob(qint64 jobId);
    void retryJob(qint64 jobId);
    /// Queues renewals that are due now (also run every hour while the console is open).
    void scheduleRenewals();

Q_SIGNALS:
    void issuersLoaded(const QList<certdesk::store::StoredIssuer> &issuers);
    void profilesLoaded(const QStringList &names);
    void localCaAdded(qint64 issuerId);
    void localCaFailed(const certdesk::Error &error);
    void jobsLoaded(const QList<certdesk::domain::Job> &jobs);
    void jobLogLoaded(qint64 jobId, const QStringList &lines);
    void jobQueued(qint64 jobId, const QString &what);
    /// A job finished; certificates may have changed.
    void jobFinished(qint64 jobId, certdesk::domain::JobStatus status);
    void inventoryChanged();
    void statusMessage(const QString &message);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    std::shared_ptr<core::AppContext> m_context;
    std::unique_ptr<core::JobRunner> m_runner;
    QTimer *m_renewalTimer;
    QTimer *m_jobsRefresh;
};

} // namespace certdesk::ui
