// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/issuancejobs.h"

#include "models/store/jobrepository.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
/// Errors that come from the request itself, not from a passing condition.
bool isInputError(const Error &error)
{
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ||
           error.code == ErrorCode::WrongPassword || error.code == ErrorCode::PasswordRequired;
}

/// Stores `key: id` as the job's result inside the transaction that made the certificate.
LifecycleService::CommitHook recordResult(qint64 jobId, const QString &key)
{
    return [jobId, key](QSqlDatabase db, qint64 id) {
        return store::JobRepository(std::move(db)).setResult(jobId, QJsonObject{{key, id}});
    };
}
} // namespace

Status IssueJobHandler::run(JobContext &context)
{
    const auto &job = context.job();
    if (job.result.contains(QStringLiteral("certificate_id"))) {
        context.log(
            QCoreApplication::translate("certdesk", "Already issued by an earlier attempt; nothing to do."));
        return {};
    }
    const auto request = IssueCertificateRequest::fromJson(job.payload);
    // Progress is written once, at the end: an issuance takes milliseconds, and every progress or
    // log write is a commit of its own.
    auto id = m_lifecycle.issue(request, recordResult(job.id, QStringLiteral("certificate_id")));
    if (!id)
        return id.error();
    context.setProgress(1, 1,
                        QCoreApplication::translate("certdesk", "Issued certificate %1 for %2")
                            .arg(*id)
                            .arg(request.commonName));
    return {};
}

bool IssueJobHandler::isRetryable(const Error &error) const
{
    return !isInputError(error);
}

Status RenewJobHandler::run(JobContext &context)
{
    const auto &job = context.job();
    if (job.result.contains(QStringLiteral("version_id"))) {
        context.log(
            QCoreApplication::translate("certdesk", "Already renewed by an earlier attempt; nothing to do."));
        return {};
    }
    const qint64 certificateId = job.payload.value(QStringLiteral("certificate_id")).toInteger();
    auto version = m_lifecycle.renew(certificateId, job.payload.value(QStringLiteral("reuse_key")).toBool(),
                                     recordResult(job.id, QStringLiteral("version_id")));
    if (!version)
        return version.error();
    context.setProgress(1, 1,
                        QCoreApplication::translate("certdesk", "Renewed certificate %1").arg(certificateId));
    return {};
}

bool RenewJobHandler::isRetryable(const Error &error) const
{
    return !isInputError(error);
}

void registerLifecycleHandlers(JobRunner &runner, LifecycleService &lifecycle)
{
    runner.registerHandler(QString::fromLatin1(JobKind::Issue), std::make_shared<IssueJobHandler>(lifecycle));
    runner.registerHandler(QString::fromLatin1(JobKind::Renew), std::make_shared<RenewJobHandler>(lifecycle));
}

} // namespace certdesk::core
