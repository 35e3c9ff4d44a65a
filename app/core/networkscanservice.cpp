// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/networkscanservice.h"

#include "app/core/auditlog.h"
#include "models/store/database.h"
#include "models/store/discoveryrepository.h"
#include "models/store/scantargetrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace certdesk::core {

using domain::NetworkScanTarget;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// Sightings per DiscoveryRecorder::record() call (one fingerprint look-up each).
constexpr qsizetype SightingBatch = 250;

QString hostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

ScanTargetField fieldOf(discovery::TlsScanField field)
{
    switch (field) {
    case discovery::TlsScanField::Targets:
        return ScanTargetField::Targets;
    case discovery::TlsScanField::Ports:
        return ScanTargetField::Ports;
    case discovery::TlsScanField::StartTls:
        return ScanTargetField::StartTls;
    case discovery::TlsScanField::SniNames:
        return ScanTargetField::SniNames;
    case discovery::TlsScanField::Timeout:
        return ScanTargetField::Timeout;
    case discovery::TlsScanField::Concurrency:
        return ScanTargetField::Concurrency;
    }
    return ScanTargetField::Targets;
}

discovery::TlsScanForm formOf(const NetworkScanTarget &target)
{
    discovery::TlsScanForm form;
    form.targets = target.targets.join(u'\n');
    form.ports = target.ports;
    form.startTls = target.startTls.join(u' ');
    form.sniNames = target.sniNames.join(u' ');
    form.timeoutMs = target.timeoutMs;
    form.concurrency = target.concurrency;
    return form;
}

/// The messages one a line, as an InvalidInput Error.
template <typename FieldError> Error fieldErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.message;
    return Error{lines.join(u'\n'), {}, ErrorCode::InvalidInput};
}

/// Name and interval: the fields the scan engine does not know.
QList<ScanTargetFieldError> scheduleErrors(const NetworkScanTarget &target)
{
    QList<ScanTargetFieldError> errors;
    const QString name = target.name.trimmed();
    if (name.isEmpty())
        errors.append({ScanTargetField::Name, tr("Give the scan target a name.")});
    else if (name.size() > MaxScanTargetNameLength)
        errors.append(
            {ScanTargetField::Name,
             tr("The scan target's name is longer than %1 characters.").arg(MaxScanTargetNameLength)});
    else if (std::any_of(name.cbegin(), name.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        errors.append({ScanTargetField::Name, tr("The scan target's name must be on one line.")});
    if (target.intervalHours < 1 || target.intervalHours > MaxScanIntervalHours)
        errors.append({ScanTargetField::Interval,
                       tr("The scan interval must be 1 to %1 hours.").arg(MaxScanIntervalHours)});
    return errors;
}

} // namespace

QString tlsLocation(const discovery::TlsEndpoint &endpoint)
{
    QString out = hostPort(endpoint.host, endpoint.port);
    if (!endpoint.sni.isEmpty() && endpoint.sni.compare(endpoint.host, Qt::CaseInsensitive) != 0)
        out += QStringLiteral(" (sni ") + endpoint.sni + u')';
    return out;
}

QString describeNetworkScan(const NetworkScanReport &report)
{
    const auto &r = report.result;
    const QString what = report.targetName.isEmpty() ? report.scan.roots.join(QStringLiteral(", "))
                                                     : tr("target \"%1\"").arg(report.targetName);
    return tr("Network scan of %1: %2 endpoints probed, %3 open, %4 TLS, %5 certificates (%6 new), %7 "
              "errors%8")
        .arg(what)
        .arg(r.endpointsProbed)
        .arg(r.endpointsOpen)
        .arg(r.endpointsTls)
        .arg(report.scan.certificatesFound)
        .arg(report.scan.newFound)
        .arg(report.scan.errors.size())
        .arg(report.scan.cancelled ? tr(", cancelled") : QString());
}

NetworkScanService::NetworkScanService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

QList<ScanTargetFieldError> NetworkScanService::validate(const NetworkScanTarget &target)
{
    auto errors = scheduleErrors(target);
    for (const auto &e : discovery::parseTlsScanForm(formOf(target)).errors)
        errors.append({fieldOf(e.field), e.message});
    return errors;
}

Result<discovery::TlsScanOptions> NetworkScanService::readScanForm(const discovery::TlsScanForm &form)
{
    auto parsed = discovery::parseTlsScanForm(form);
    if (!parsed.ok())
        return fieldErrors(parsed.errors);
    return std::move(parsed.options);
}

Result<NetworkScanTarget> NetworkScanService::normalised(NetworkScanTarget target)
{
    auto errors = scheduleErrors(target);
    auto parsed = discovery::parseTlsScanForm(formOf(target));
    for (const auto &e : parsed.errors)
        errors.append({fieldOf(e.field), e.message});
    if (!errors.isEmpty())
        return fieldErrors(errors);
    target.name = target.name.trimmed();
    target.targets.clear();
    for (const auto &t : parsed.options.targets)
        target.targets << t.text;
    target.ports = target.ports.trimmed();
    QList<quint16> startTlsPorts = parsed.options.startTls.keys();
    std::sort(startTlsPorts.begin(), startTlsPorts.end());
    target.startTls.clear();
    for (quint16 port : startTlsPorts)
        target.startTls << QString::number(port) + u':' +
                               discovery::startTlsProtocolName(parsed.options.startTls.value(port));
    target.sniNames = parsed.options.sniNames;
    return target;
}

Result<NetworkScanTarget> NetworkScanService::addTarget(NetworkScanTarget target)
{
    return saveTarget(std::move(target), true);
}

Result<NetworkScanTarget> NetworkScanService::updateTarget(NetworkScanTarget target)
{
    return saveTarget(std::move(target), false);
}

Result<NetworkScanTarget> NetworkScanService::saveTarget(NetworkScanTarget target, bool isNew)
{
    auto clean = normalised(std::move(target));
    if (!clean)
        return clean.error();
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::ScanTargetRepository repo(db);
    const auto now = QDateTime::currentDateTimeUtc();
    if (isNew) {
        auto id = repo.insert(*clean, now);
        if (!id)
            return id.error();
        clean->id = *id;
    } else if (auto s = repo.update(*clean, now); !s) {
        return s.error();
    }
    const QString details = (isNew ? tr("Added scan target %1: %2 on ports %3, every %4 hours")
                                   : tr("Changed scan target %1: %2 on ports %3, every %4 hours"))
                                .arg(clean->name, clean->targets.join(QStringLiteral(", ")), clean->ports)
                                .arg(clean->intervalHours) +
                            (clean->enabled ? QString() : tr(" (disabled)"));
    if (auto s = recordAudit(db, isNew ? AuditAction::ScanTargetAdd : AuditAction::ScanTargetEdit,
                             QStringLiteral("scan_target"), clean->name, details);
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return store::ScanTargetRepository(db).findByName(clean->name);
}

Status NetworkScanService::removeTarget(const QString &name)
{
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    store::ScanTargetRepository repo(db);
    auto found = repo.findByName(name);
    if (!found)
        return found.error();
    if (auto s = repo.remove(found->id); !s)
        return s;
    if (auto s = recordAudit(db, AuditAction::ScanTargetRemove, QStringLiteral("scan_target"), found->name,
                             tr("Removed scan target %1").arg(found->name));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<NetworkScanTarget>> NetworkScanService::targets()
{
    return store::ScanTargetRepository(m_db->connection()).list();
}

Result<NetworkScanTarget> NetworkScanService::target(const QString &name)
{
    return store::ScanTargetRepository(m_db->connection()).findByName(name);
}

Result<NetworkScanReport> NetworkScanService::scanTarget(const QString &name,
                                                         const NetworkScanObserver &observer)
{
    auto found = target(name);
    if (!found)
        return found.error();
    auto options = readScanForm(formOf(*found));
    if (!options)
        return options.error();
    return record(probe(*options, found->targets, observer), &*found);
}

Result<NetworkScanReport> NetworkScanService::scanAdhoc(const discovery::TlsScanOptions &options,
                                                        const NetworkScanObserver &observer)
{
    auto probed = probeAdhoc(options, observer);
    if (!probed)
        return probed.error();
    return recordAdhoc(std::move(*probed));
}

Result<ProbedNetworkScan> NetworkScanService::probeAdhoc(const discovery::TlsScanOptions &options,
                                                         const NetworkScanObserver &observer)
{
    if (options.targets.isEmpty() || options.ports.isEmpty())
        return Error{tr("Name at least one target and one port to scan."), {}, ErrorCode::InvalidInput};
    QStringList roots;
    for (const auto &t : options.targets)
        roots << t.text;
    return probe(options, roots, observer);
}

Result<NetworkScanReport> NetworkScanService::recordAdhoc(ProbedNetworkScan scan)
{
    return record(std::move(scan), nullptr);
}

Result<DueScans> NetworkScanService::scanDueTargets(const NetworkScanObserver &observer)
{
    auto due = store::ScanTargetRepository(m_db->connection()).due(QDateTime::currentDateTimeUtc());
    if (!due)
        return due.error();
    DueScans out;
    for (const auto &t : std::as_const(*due)) {
        if (observer.cancel && observer.cancel->load())
            break;
        auto options = readScanForm(formOf(t));
        auto report = options ? record(probe(*options, t.targets, observer), &t)
                              : Result<NetworkScanReport>(options.error());
        if (report)
            out.reports << *report;
        else
            out.failures << Error{tr("Scan target \"%1\": %2").arg(t.name, report.error().message),
                                  report.error().detail, report.error().code};
    }
    return out;
}

ProbedNetworkScan NetworkScanService::probe(const discovery::TlsScanOptions &options,
                                            const QStringList &roots, const NetworkScanObserver &observer)
{
    ProbedNetworkScan scan;
    scan.clock.start();
    scan.roots = roots;
    scan.startedAt = QDateTime::currentDateTimeUtc();
    scan.result = discovery::TlsScanner(options).run(observer.progress, observer.cancel);
    return scan;
}

Result<NetworkScanReport> NetworkScanService::record(ProbedNetworkScan &&probed,
                                                     const NetworkScanTarget *target)
{
    // One transaction, so one wait for the disk: the scan found everything before anything is written.
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QDateTime &startedAt = probed.startedAt;
    store::DiscoveryRepository discoveries(db);
    auto scanId = discoveries.startScan(QStringLiteral("network"), probed.roots, startedAt);
    if (!scanId)
        return scanId.error();
    if (target) {
        if (auto s = store::ScanTargetRepository(db).linkScan(*scanId, target->id); !s)
            return s.error();
    }

    NetworkScanReport report;
    report.targetName = target ? target->name : QString();
    report.result = std::move(probed.result);

    DiscoveryRecorder recorder(db, startedAt, QStringLiteral("network"));
    for (const auto &e : std::as_const(report.result.errors))
        recorder.addProblem(e.port ? hostPort(e.host, e.port) : e.host, e.reason);
    QList<Sighting> batch;
    for (const auto &endpoint : std::as_const(report.result.endpoints)) {
        if (endpoint.chain.isEmpty())
            continue;
        batch.append({{tlsLocation(endpoint),
                       QString::fromLatin1(domain::LocationKindTls),
                       -1,
                       {},
                       startedAt,
                       startedAt},
                      endpoint.chain});
        if (batch.size() >= SightingBatch) {
            if (auto s = recorder.record(batch); !s)
                return s.error();
            batch.clear();
        }
    }
    if (auto s = recorder.record(batch); !s)
        return s.error();
    if (auto s = recorder.commit(); !s) // a savepoint inside this transaction
        return s.error();

    report.discovered = recorder.recorded().discovered;
    auto &scan = report.scan;
    scan.id = *scanId;
    scan.kind = QStringLiteral("network");
    scan.roots = probed.roots;
    scan.startedAt = startedAt;
    scan.filesRead = report.result.endpointsProbed;
    scan.certificatesFound = report.discovered.size();
    scan.newFound = recorder.recorded().newFound;
    scan.errors = recorder.recorded().problems;
    scan.cancelled = report.result.cancelled;
    scan.durationMs = probed.clock.elapsed();
    scan.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto s = discoveries.finishScan(scan); !s)
        return s.error();
    if (target) {
        domain::NetworkScanSummary summary;
        summary.scanId = scan.id;
        summary.startedAt = startedAt;
        summary.durationMs = scan.durationMs;
        summary.endpointsProbed = report.result.endpointsProbed;
        summary.endpointsOpen = report.result.endpointsOpen;
        summary.endpointsTls = report.result.endpointsTls;
        summary.certificatesFound = scan.certificatesFound;
        summary.newFound = scan.newFound;
        summary.cancelled = scan.cancelled;
        summary.errors = scan.errors;
        // A target removed while it was being scanned keeps nothing; the scan stays in the history.
        if (auto s = store::ScanTargetRepository(db).recordRun(target->id, summary);
            !s && s.error().code != ErrorCode::NotFound)
            return s.error();
    }
    if (auto s = recordAudit(db, AuditAction::DiscoveryNetworkScan, QStringLiteral("discovery_scan"),
                             QString::number(scan.id), describeNetworkScan(report));
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return report;
}

} // namespace certdesk::core
