// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/deployjob.h"

#include "app/core/auditlog.h"
#include "app/core/secretstore.h"
#include "app/core/targetservice.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/tlsprobe.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/deploymentrepository.h"
#include "models/store/jobrepository.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/targetrepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

namespace certdesk::core {

namespace {

using namespace std::chrono_literals;

/// Load, deploy, verify, record.
constexpr qint64 Steps = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

Error invalid(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

Error cancelledError()
{
    return Error{tr("The deployment was cancelled."), {}, ErrorCode::Cancelled};
}

/// Unencrypted PKCS#8 PEM of a PKCS#8 DER key, built in buffers that are wiped (the base64 text is
/// key material too). The PEM buffer is reserved up front so that no reallocation leaves a copy.
pki::SecureBytes privateKeyPem(const pki::SecureBytes &pkcs8Der)
{
    const pki::SecureBytes base64(pkcs8Der.bytes().toBase64());
    static constexpr char Begin[] = "-----BEGIN PRIVATE KEY-----\n";
    static constexpr char End[] = "-----END PRIVATE KEY-----\n";
    QByteArray pem;
    pem.reserve(base64.size() + base64.size() / 64 + 2 + qsizetype(sizeof Begin + sizeof End));
    pem.append(Begin);
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        pem.append(base64.data() + i, qMin<qsizetype>(64, base64.size() - i));
        pem.append('\n');
    }
    pem.append(End);
    return pki::SecureBytes(std::move(pem));
}

/// Takes every private key PEM block, and every line of this deployment's key, out of text that
/// goes to the history, the job and the audit log: a connector or a server that echoes what it was
/// given must not leak the key there.
QString redactKey(const QString &text, const pki::SecureBytes &keyPem)
{
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?-----END [A-Z0-9 ]*PRIVATE KEY-----"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out = text;
    out.replace(block, tr("[private key removed]"));
    if (keyPem.isEmpty())
        return out;
    QByteArray bytes = out.toUtf8();
    bool changed = false;
    const QByteArrayView pem(keyPem.bytes());
    for (qsizetype start = 0; start < pem.size();) {
        qsizetype end = pem.indexOf('\n', start);
        if (end < 0)
            end = pem.size();
        const QByteArrayView line = pem.sliced(start, end - start);
        if (line.size() >= 16 && !line.startsWith("-----") && bytes.contains(line)) {
            bytes.replace(line, QByteArrayView("[key material removed]"));
            changed = true;
        }
        start = end + 1;
    }
    return changed ? QString::fromUtf8(bytes) : out;
}

QString hostPort(const target::Endpoint &endpoint)
{
    const QString host = endpoint.host.contains(u':') ? u'[' + endpoint.host + u']' : endpoint.host;
    return host + u':' + QString::number(endpoint.port);
}

/// Sleeps `duration` in short slices; false when `cancelled` said stop.
bool sleepUnlessCancelled(std::chrono::milliseconds duration, const target::CancelCheck &cancelled)
{
    QDeadlineTimer until(duration);
    while (!until.hasExpired()) {
        if (cancelled && cancelled())
            return false;
        QThread::msleep(qMin<qint64>(100, qMax<qint64>(1, until.remainingTime())));
    }
    return !(cancelled && cancelled());
}

/// Handshakes with the endpoint, through a Sandbox that may dial only it, until it presents the
/// certificate `sha256` or `options.verifyFor` has passed. Returns the line for the output.
Result<QString> verifyEndpoint(const QString &connectorName, const target::Endpoint &endpoint,
                               const QString &sha256, const DeployJobHandler::Options &options,
                               const target::CancelCheck &cancelled)
{
    const QString where = hostPort(endpoint);
    target::Sandbox sandbox(connectorName, {target::Capability{target::CapabilityKind::NetDial, where}});
    QDeadlineTimer deadline(options.verifyFor);
    int attempts = 0;
    QString seen;
    Error lastError;
    for (;;) {
        ++attempts;
        const auto timeout = std::max(
            1ms, std::min(options.probeTimeout, std::chrono::milliseconds(deadline.remainingTime())));
        auto presented = target::presentedCertificateSha256(sandbox, endpoint, timeout);
        if (presented && presented->compare(sha256, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate(
                       "certdesk",
                       "Verified: %1 presents the deployed certificate (SHA-256 %2) after %n handshake(s).",
                       nullptr, attempts)
                .arg(where, sha256);
        if (presented)
            seen = *presented;
        else if (presented.error().code == ErrorCode::Denied)
            return presented.error();
        else
            lastError = presented.error();
        if (deadline.remainingTime() < options.retryEvery.count())
            break;
        if (!sleepUnlessCancelled(options.retryEvery, cancelled))
            return cancelledError();
    }
    const QString seconds = QString::number(double(options.verifyFor.count()) / 1000.0);
    if (!seen.isEmpty())
        return Error{
            tr("%1 does not present the deployed certificate: after %2 s it still presents SHA-256 %3, "
               "not %4. Check that the server uses the files the target writes and was reloaded.")
                .arg(where, seconds, seen, sha256),
            lastError.fullText()};
    return Error{tr("The deployment could not be verified: %1 did not complete a TLS handshake within %2 s. "
                    "Check that the server is running and the endpoint is right.")
                     .arg(where, seconds),
                 lastError.fullText()};
}

/// One run of a deploy job. Everything it unseals lives in this object and is wiped with it.
class DeployRun
{
public:
    DeployRun(JobContext &context, SecretStore &secrets, TargetService &targets,
              const DeployJobHandler::Options &options)
        : m_context(context), m_db(context.database()), m_secrets(secrets), m_targets(targets),
          m_options(options)
    {}

    /// Before the history row exists: the input, the target and the certificate.
    Status load();
    /// Deploys and verifies; the output collected on the way, or the error.
    Status deploy(const std::function<std::shared_ptr<QMutex>(qint64)> &targetLock);
    /// Writes the history row's start.
    Status start();
    /// Writes the end: the row, the audit event, and on success the job's result and end, in one
    /// transaction. Returns `failure` when there was one.
    Status finish(const Status &failure);

private:
    bool cancelled() const { return m_context.isCancelled(); }
    Status loadKey();

    JobContext &m_context;
    QSqlDatabase m_db;
    SecretStore &m_secrets;
    TargetService &m_targets;
    const DeployJobHandler::Options &m_options;

    qint64 m_certificateId = 0;
    domain::DeploymentTarget m_target;
    domain::ManagedCertificate m_certificate;
    qint64 m_deploymentId = 0;
    target::Deployment m_deployment;
    QStringList m_output;
    bool m_changed = false;
};

Status DeployRun::load()
{
    const auto &payload = m_context.job().payload;
    m_certificateId = payload.value(QStringLiteral("certificate_id")).toInteger();
    const qint64 targetId = payload.value(QStringLiteral("target_id")).toInteger();
    if (m_certificateId <= 0 || targetId <= 0)
        return invalid(tr("The deploy job names no certificate or no target."));
    m_context.setProgress(0, Steps, tr("Loading the certificate and the target"));
    auto target = store::TargetRepository(m_db).findById(targetId);
    if (!target) {
        if (target.error().code != ErrorCode::NotFound)
            return target.error();
        return Error{tr("The deployment target %1 no longer exists.")
                         .arg(payload.value(QStringLiteral("target")).toString()),
                     {},
                     ErrorCode::NotFound};
    }
    m_target = *target;
    auto certificate = store::CertificateRepository(m_db).find(m_certificateId);
    if (!certificate)
        return certificate.error();
    m_certificate = *certificate;
    return {};
}

Status DeployRun::start()
{
    store::NewDeployment row;
    row.certificateId = m_certificateId;
    row.versionId = m_certificate.current.id;
    row.targetId = m_target.id;
    row.targetType = m_target.type;
    row.sha256 = m_certificate.current.details.sha256;
    row.jobId = m_context.job().id;
    row.startedAt = QDateTime::currentDateTimeUtc();
    auto id = store::DeploymentRepository(m_db).start(row);
    if (!id)
        return id.error();
    m_deploymentId = *id;
    return {};
}

Status DeployRun::loadKey()
{
    if (auto usable = checkDeployable(m_certificate); !usable)
        return usable;
    const auto &version = m_certificate.current;
    auto stored = store::PrivateKeyRepository(m_db).find(*version.privateKeyId);
    if (!stored)
        return stored.error();
    auto pkcs8 = m_secrets.open(stored->sealedPkcs8, QByteArrayLiteral("private_key"));
    if (!pkcs8)
        return pkcs8.error();
    m_deployment.privateKeyPem = privateKeyPem(*pkcs8);
    m_deployment.certificateDer = version.details.der;
    m_deployment.sha256 = version.details.sha256.toLower();
    m_deployment.commonName = m_certificate.commonName;
    if (!version.chainPem.trimmed().isEmpty()) {
        auto chain = pki::parseContainer(version.chainPem);
        if (!chain)
            return Error{tr("The stored chain of certificate %1 is damaged; import the chain again.")
                             .arg(m_certificateId),
                         chain.error().fullText(), ErrorCode::InvalidInput};
        for (const auto &issuer : chain->certificates)
            m_deployment.chainDer << issuer.der;
    }
    return {};
}

Status DeployRun::deploy(const std::function<std::shared_ptr<QMutex>(qint64)> &targetLock)
{
    if (!m_target.enabled)
        return invalid(tr("Target %1 is disabled; enable it to deploy to it.").arg(m_target.name));
    if (auto s = loadKey(); !s)
        return s;
    auto connector = m_targets.connector(m_target.name);
    if (!connector)
        return connector.error();
    const auto lock = targetLock(m_target.id);
    while (!lock->tryLock(200)) {
        if (cancelled())
            return cancelledError();
    }
    const auto unlock = qScopeGuard([&lock] { lock->unlock(); });

    const auto cancelCheck = [this] { return cancelled(); };
    m_context.setProgress(1, Steps, tr("Deploying to %1").arg(m_target.name));
    target::Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    auto outcome = (*connector)->deploy(sandbox, m_deployment, cancelCheck);
    if (!outcome)
        return outcome.error();
    m_changed = outcome->changed;
    if (!outcome->output.trimmed().isEmpty())
        m_output << outcome->output.trimmed();
    else if (!m_changed)
        m_output << tr("%1 already had this certificate; nothing changed.").arg(m_target.name);

    const auto endpoint = (*connector)->endpoint();
    if (!endpoint)
        return {};
    m_context.setProgress(2, Steps, tr("Verifying %1").arg(hostPort(*endpoint)));
    auto verified =
        verifyEndpoint((*connector)->name(), *endpoint, m_deployment.sha256, m_options, cancelCheck);
    if (!verified)
        return verified.error();
    m_output << *verified;
    return {};
}

Status DeployRun::finish(const Status &failure)
{
    const bool ok = failure.ok();
    const char *status =
        !ok ? domain::DeploymentStatus::Failed
            : (m_changed ? domain::DeploymentStatus::Succeeded : domain::DeploymentStatus::Unchanged);
    QStringList lines = m_output;
    if (!ok)
        lines << failure.error().message << failure.error().detail;
    lines.removeAll(QString());
    const QString output = redactKey(lines.join(u'\n'), m_deployment.privateKeyPem);
    const QString sha256 = m_certificate.current.details.sha256;
    const QString summary =
        ok ? (m_changed ? tr("Deployed certificate %1 to %2").arg(m_certificateId).arg(m_target.name)
                        : tr("Certificate %1 was already on %2").arg(m_certificateId).arg(m_target.name))
           : tr("Deploying certificate %1 to %2 failed").arg(m_certificateId).arg(m_target.name);

    m_context.setProgress(3, Steps, tr("Recording the deployment"));
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ok ? transaction.error() : failure;
    Status written = store::DeploymentRepository(m_db).finish(m_deploymentId, QString::fromLatin1(status),
                                                              output, QDateTime::currentDateTimeUtc());
    if (written)
        written = recordAudit(m_db, AuditAction::Deploy, QStringLiteral("certificate"),
                              QString::number(m_certificateId),
                              ok ? tr("Target %1 (%2): %3, SHA-256 %4")
                                       .arg(m_target.name, m_target.type, QString::fromLatin1(status), sha256)
                                 : tr("Target %1 (%2): failed, SHA-256 %3: %4")
                                       .arg(m_target.name, m_target.type, sha256,
                                            redactKey(failure.error().message, m_deployment.privateKeyPem)));
    if (written && ok) {
        written = store::JobRepository(m_db).setResult(
            m_context.job().id, QJsonObject{{QStringLiteral("deployment_id"), m_deploymentId},
                                            {QStringLiteral("status"), QString::fromLatin1(status)}});
        if (written)
            written = m_context.succeedWithin(m_db, Steps, Steps, summary);
    }
    if (written)
        written = transaction.commit();
    if (!ok) {
        // The job's own error: the message and detail without any key material.
        return Error{redactKey(failure.error().message, m_deployment.privateKeyPem),
                     redactKey(failure.error().detail, m_deployment.privateKeyPem), failure.error().code};
    }
    return written;
}

} // namespace

QJsonObject deployJobPayload(qint64 certificateId, const domain::DeploymentTarget &target)
{
    return QJsonObject{{QStringLiteral("certificate_id"), certificateId},
                       {QStringLiteral("target_id"), target.id},
                       {QStringLiteral("target"), target.name}};
}

Status checkDeployable(const domain::ManagedCertificate &certificate)
{
    if (certificate.revoked)
        return invalid(tr("Certificate %1 is revoked; deploy its replacement instead.").arg(certificate.id));
    if (!certificate.current.privateKeyId)
        return invalid(
            tr("CertDesk holds no private key for certificate %1; import its key before deploying it.")
                .arg(certificate.id));
    return {};
}

DeployJobHandler::DeployJobHandler(std::shared_ptr<SecretStore> secrets,
                                   std::shared_ptr<TargetService> targets, Options options)
    : m_secrets(std::move(secrets)), m_targets(std::move(targets)), m_options(options)
{}

DeployJobHandler::DeployJobHandler(std::shared_ptr<SecretStore> secrets,
                                   std::shared_ptr<TargetService> targets)
    : DeployJobHandler(std::move(secrets), std::move(targets), Options{})
{}

Status DeployJobHandler::run(JobContext &context)
{
    DeployRun run(context, *m_secrets, *m_targets, m_options);
    if (auto s = run.load(); !s)
        return s;
    if (auto s = run.start(); !s)
        return s;
    const Status deployed = run.deploy([this](qint64 id) { return targetLock(id); });
    return run.finish(deployed);
}

bool DeployJobHandler::isRetryable(const Error &error) const
{
    return !isPermanentError(error);
}

std::shared_ptr<QMutex> DeployJobHandler::targetLock(qint64 targetId)
{
    QMutexLocker locker(&m_locksMutex);
    auto &lock = m_targetLocks[targetId];
    if (!lock)
        lock = std::make_shared<QMutex>();
    return lock;
}

} // namespace certdesk::core
