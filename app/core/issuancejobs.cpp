// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/issuancejobs.h"

#include "models/store/jobrepository.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
/// Inside the transaction that made the certificate (or version): stores `key: id` as the job's
/// result and ends the job with `summary(id)` as its final message. The certificate, the result and
/// the job's end commit together (with the claim of the worker's next job): a job re-run after a
/// crash finds its result, and a job costs one commit. No log line: a first attempt that succeeds
/// has nothing to add to its message, and the line would be two more pages in every commit.
LifecycleService::CommitHook endWithResult(JobContext &context, const QString &key,
                                           std::function<QString(qint64)> summary)
{
    return [&context, key, summary = std::move(summary)](QSqlDatabase db, qint64 id) -> Status {
        if (auto s = store::JobRepository(db).setResult(context.job().id, QJsonObject{{key, id}}); !s)
            return s;
        const QString text = summary(id);
        return context.succeedWithin(std::move(db), 1, 1, text);
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
    // An issuance takes about a millisecond: its progress, log line and end are written once, in
    // its own transaction.
    auto id = m_lifecycle.issue(request,
                                endWithResult(context, QStringLiteral("certificate_id"),
                                              [&request](qint64 certificateId) {
                                                  return QCoreApplication::translate(
                                                             "certdesk", "Issued certificate %1 for %2")
                                                      .arg(certificateId)
                                                      .arg(request.commonName);
                                              }),
                                [&context] { return context.isCancelled(); });
    if (!id)
        return id.error();
    return {};
}

bool IssueJobHandler::isRetryable(const Error &error) const
{
    return !isPermanentError(error);
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
    auto version = m_lifecycle.renew(
        certificateId, job.payload.value(QStringLiteral("reuse_key")).toBool(),
        endWithResult(
            context, QStringLiteral("version_id"),
            [certificateId](qint64) {
                return QCoreApplication::translate("certdesk", "Renewed certificate %1").arg(certificateId);
            }),
        [&context] { return context.isCancelled(); });
    if (!version)
        return version.error();
    return {};
}

bool RenewJobHandler::isRetryable(const Error &error) const
{
    return !isPermanentError(error);
}

void registerLifecycleHandlers(JobRunner &runner, LifecycleService &lifecycle)
{
    runner.registerHandler(QString::fromLatin1(JobKind::Issue), std::make_shared<IssueJobHandler>(lifecycle));
    runner.registerHandler(QString::fromLatin1(JobKind::Renew), std::make_shared<RenewJobHandler>(lifecycle));
}

} // namespace certdesk::core
