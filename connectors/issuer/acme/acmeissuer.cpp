// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/acmeissuer.h"

#include "connectors/issuer/acme/challenges/dns01solver.h"
#include "connectors/issuer/acme/challenges/dnspersistsolver.h"
#include "connectors/issuer/acme/challenges/http01solver.h"
#include "connectors/issuer/acme/protocol/certificateid.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace certdesk::issuer::acme {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::acme", text);
}

const QString Http01 = QStringLiteral("http-01");
const QString Dns01 = QStringLiteral("dns-01");
const QString DnsPersist01 = QStringLiteral("dns-persist-01");

/// The DNS names of the request (ACME validates DNS identifiers only).
Result<QStringList> dnsNames(const IssueRequest &request)
{
    auto csr = request.csr.isNull() ? pki::CertificationRequest::decode(request.csrDer)
                                    : Result<pki::CertificationRequest>(request.csr);
    if (!csr)
        return csr.error();
    auto sans = csr->subjectAltNames();
    if (!sans)
        return sans.error();
    QStringList names;
    for (const auto &san : *sans) {
        if (san.startsWith(QLatin1String("DNS:"))) {
            names << san.mid(4);
            continue;
        }
        return Error{tr("An ACME CA validates DNS names only; %1 cannot be in a certificate ordered from it. "
                        "Remove it from the names.")
                         .arg(san),
                     {},
                     ErrorCode::InvalidInput};
    }
    if (names.isEmpty() && !csr->commonName().isEmpty() && !csr->commonName().contains(u' '))
        names << csr->commonName();
    if (names.isEmpty())
        return Error{tr("An ACME order needs at least one DNS name; give the certificate a host name."),
                     {},
                     ErrorCode::InvalidInput};
    return names;
}

/// The challenges of one type to make answerable, with the solver that answers them.
struct SolverBatch
{
    std::shared_ptr<ChallengeSolver> solver;
    QList<ChallengeTask> tasks;
    bool presented = false; ///< present() was called: cleanup() is owed
    QList<AcmeChallenge> challenges;
    QStringList authorizationUrls;
};

/// Undoes a solver's present() when the batch goes out of scope, whatever happened in between.
class CleanupGuard
{
public:
    explicit CleanupGuard(QList<SolverBatch> &batches) : m_batches(batches) {}
    ~CleanupGuard()
    {
        for (auto &batch : m_batches) {
            if (batch.presented)
                (void)batch.solver->cleanup(batch.tasks);
        }
    }
    CleanupGuard(const CleanupGuard &) = delete;
    CleanupGuard &operator=(const CleanupGuard &) = delete;

private:
    QList<SolverBatch> &m_batches;
};

Status checkScript(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return Error{tr("The %1 needs a script; give its path.").arg(what), {}, ErrorCode::InvalidInput};
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return Error{
            tr("Give the %1 script as an absolute path: %2").arg(what, path), {}, ErrorCode::InvalidInput};
    if (!info.isFile() || !info.isExecutable())
        return Error{tr("The %1 script %2 does not exist or is not executable (chmod +x).").arg(what, path),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}
} // namespace

AcmeIssuer::AcmeIssuer(AcmeIssuerConfig config, AccountKey accountKey)
    : m_config(std::move(config)),
      m_client(std::make_unique<AcmeClient>(m_config.client, std::move(accountKey), m_config.accountUrl))
{}

AcmeIssuer::~AcmeIssuer() = default;

QString AcmeIssuer::type() const
{
    return QStringLiteral("acme");
}

Status AcmeIssuer::validateConfig() const
{
    const auto &type = m_config.challengeType;
    if (type == Http01)
        return m_config.http01.port == 0
                   ? Status(Error{
                         tr("Choose the port of the HTTP-01 challenge server."), {}, ErrorCode::InvalidInput})
                   : Status();
    if (type == Dns01 || type == DnsPersist01) {
        if (auto s = checkScript(m_config.dns01.scripts.presentScript, tr("DNS present")); !s)
            return s;
        if (type == Dns01 && !m_config.dns01.scripts.cleanupScript.isEmpty())
            return checkScript(m_config.dns01.scripts.cleanupScript, tr("DNS cleanup"));
        return {};
    }
    return Error{tr("%1 is not a challenge type CertDesk answers; choose http-01, dns-01 or dns-persist-01.")
                     .arg(type),
                 {},
                 ErrorCode::InvalidInput};
}

std::shared_ptr<ChallengeSolver> AcmeIssuer::solverFor(const QString &type)
{
    std::lock_guard lock(m_solverMutex);
    auto &solver = m_solvers[type];
    if (!solver) {
        if (type == Http01) {
            solver = std::make_shared<Http01Solver>(m_config.http01);
        } else if (type == Dns01) {
            solver = std::make_shared<Dns01Solver>(m_config.dns01);
        } else {
            DnsPersistConfig persist;
            persist.scripts = m_config.dns01.scripts;
            persist.propagation = m_config.dns01.propagation;
            persist.issuerDomain = m_config.persistIssuerDomain;
            solver = std::make_shared<DnsPersistSolver>(persist);
        }
    }
    return solver;
}

Result<AcmeOrder> AcmeIssuer::placeOrder(const QStringList &names, const IssueRequest &request)
{
    NewOrderRequest order{names, m_config.profile, {}};
    if (!request.replacesCertificateDer.isEmpty()) {
        auto directory = m_client->directory();
        if (directory && !directory->renewalInfo.isEmpty()) {
            if (auto id = certificateId(request.replacesCertificateDer); id)
                order.replaces = *id;
        }
    }
    auto placed = m_client->newOrder(order);
    // A CA may refuse the link (the old certificate was already replaced, or is not its own): the
    // renewal still goes ahead, as a plain order.
    if (!placed && !order.replaces.isEmpty()) {
        order.replaces.clear();
        placed = m_client->newOrder(order);
    }
    return placed;
}

Status AcmeIssuer::authorize(const AcmeOrder &order, const CancelCheck &cancelled)
{
    QList<SolverBatch> batches;
    CleanupGuard cleanup(batches);
    for (const auto &url : order.authorizationUrls) {
        auto authorization = m_client->fetchAuthorization(url);
        if (!authorization)
            return authorization.error();
        if (authorization->status == AcmeAuthorization::Status::Valid)
            continue; // the CA remembers an earlier validation
        QString type = m_config.challengeType;
        if (type == DnsPersist01 && !authorization->challenge(DnsPersist01))
            type = Dns01; // the CA does not offer the standing record (yet): the per-order record
        if (authorization->wildcard && type == Http01)
            return Error{
                tr("*.%1 is a wildcard name: the CA validates wildcards through DNS only. Set the issuer "
                   "up with dns-01 or dns-persist-01.")
                    .arg(authorization->identifier.value),
                {},
                ErrorCode::InvalidInput};
        const AcmeChallenge *challenge = authorization->challenge(type);
        if (!challenge)
            return Error{
                tr("The CA offers no %1 challenge for %2; choose another challenge type for this issuer.")
                    .arg(type, authorization->identifier.value),
                {},
                ErrorCode::InvalidInput};
        auto batch = std::find_if(batches.begin(), batches.end(),
                                  [&](const SolverBatch &b) { return b.solver->type() == type; });
        if (batch == batches.end()) {
            batches.append(SolverBatch{solverFor(type), {}, false, {}, {}});
            batch = std::prev(batches.end());
        }
        batch->challenges << *challenge;
        batch->authorizationUrls << url;
        batch->tasks << m_client->challengeTask(*authorization, *challenge);
    }
    for (auto &batch : batches) {
        batch.presented = true; // a failed present() may have made some records: clean up all
        if (auto s = batch.solver->present(batch.tasks, cancelled); !s)
            return s;
    }
    for (const auto &batch : batches) {
        for (const auto &challenge : batch.challenges) {
            if (auto answered = m_client->respondToChallenge(challenge); !answered)
                return answered.error();
        }
    }
    PollOptions poll;
    poll.timeout = m_config.validationTimeout;
    poll.cancelled = cancelled;
    for (const auto &batch : batches) {
        for (const auto &url : batch.authorizationUrls) {
            if (auto valid = m_client->pollAuthorization(url, poll); !valid)
                return valid.error();
        }
    }
    return {};
}

Result<IssuedCertificate> AcmeIssuer::issue(const IssueRequest &request)
{
    auto names = dnsNames(request);
    if (!names)
        return names.error();
    auto order = placeOrder(*names, request);
    if (!order)
        return order.error();
    PollOptions poll;
    poll.timeout = m_config.validationTimeout;
    poll.cancelled = request.cancelled;
    Result<AcmeOrder> ready = *order;
    if (order->status == AcmeOrder::Status::Pending) {
        if (auto s = authorize(*order, request.cancelled); !s)
            return s.error();
        order->status = AcmeOrder::Status::Ready; // every authorization is valid now
    }
    if (order->status == AcmeOrder::Status::Ready) {
        // Finalize at once: a CA that has not yet noticed the valid authorizations says
        // orderNotReady, and the order is polled until it is ready.
        ready = m_client->finalizeOrder(*order, request.csrDer);
        if (!ready && acmeProblemType(ready.error()).endsWith(QLatin1String(":orderNotReady"))) {
            ready = m_client->pollOrder(order->url, poll);
            if (ready && ready->status == AcmeOrder::Status::Ready)
                ready = m_client->finalizeOrder(*ready, request.csrDer);
        }
        if (!ready)
            return ready.error();
    }
    if (ready->status != AcmeOrder::Status::Valid) {
        ready = m_client->pollOrder(order->url, poll);
        if (!ready)
            return ready.error();
    }
    if (ready->status != AcmeOrder::Status::Valid || ready->certificateUrl.isEmpty())
        return Error{tr("The CA did not issue the certificate for order %1.").arg(order->url)};
    auto chain = m_client->downloadCertificate(ready->certificateUrl);
    if (!chain)
        return chain.error();
    return IssuedCertificate{chain->leafDer, chain->chainDer, order->url};
}

Status AcmeIssuer::revoke(const RevocationRequest &request)
{
    return m_client->revokeCertificate(request.certificateDer, request.reason);
}

Result<OrderStatus> AcmeIssuer::orderStatus(const QString &orderId)
{
    auto order = m_client->fetchOrder(orderId);
    if (!order)
        return order.error();
    switch (order->status) {
    case AcmeOrder::Status::Valid: {
        auto chain = m_client->downloadCertificate(order->certificateUrl);
        if (!chain)
            return chain.error();
        return OrderStatus{
            OrderStatus::State::Issued, IssuedCertificate{chain->leafDer, chain->chainDer, orderId}, {}};
    }
    case AcmeOrder::Status::Invalid:
        return OrderStatus{OrderStatus::State::Failed,
                           {},
                           order->error ? order->error->detail : tr("The CA marked the order invalid.")};
    default:
        return OrderStatus{OrderStatus::State::Pending, {}, {}};
    }
}

Result<QList<QByteArray>> AcmeIssuer::caChain() const
{
    return Error{tr("An ACME CA sends its chain with each certificate; there is no fixed CA chain to show."),
                 {},
                 ErrorCode::NotFound};
}

Result<std::optional<RenewalWindow>> AcmeIssuer::renewalWindow(const QByteArray &certificateDer)
{
    auto info = m_client->renewalInfo(certificateDer);
    if (!info)
        return info.error();
    if (!info->has_value())
        return std::optional<RenewalWindow>{};
    const auto &i = **info;
    RenewalWindow window{i.windowStart, i.windowEnd, i.explanationUrl, {}};
    if (i.retryAfterSeconds)
        window.askAgainAfter = QDateTime::currentDateTimeUtc().addSecs(*i.retryAfterSeconds);
    return std::optional<RenewalWindow>(window);
}

bool AcmeIssuer::offersRenewalWindows() const
{
    // A directory that cannot be fetched now may offer ARI later: ask, and let the answer decide.
    auto directory = m_client->directory();
    return !directory || !directory->renewalInfo.isEmpty();
}

} // namespace certdesk::issuer::acme
