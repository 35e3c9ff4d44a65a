// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/scantarget.h"

#include <QJsonArray>

namespace certdesk::domain {

namespace {

/// Like domain::problemsToJson, keyed "where": an endpoint ("host:port") or a host, not a path.
QJsonArray endpointProblemsToJson(const QList<DiscoveryProblem> &problems)
{
    QJsonArray out;
    for (const auto &p : problems)
        out.append(QJsonObject{{QStringLiteral("where"), p.path}, {QStringLiteral("reason"), p.reason}});
    return out;
}

QList<DiscoveryProblem> endpointProblemsFromJson(const QJsonArray &array)
{
    QList<DiscoveryProblem> out;
    for (const auto &v : array) {
        const auto o = v.toObject();
        out.append(
            {o.value(QStringLiteral("where")).toString(), o.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

qint64 toInt64(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

} // namespace

QJsonObject NetworkScanSummary::toJson() const
{
    return {{QStringLiteral("scan_id"), scanId},
            {QStringLiteral("started_at"), startedAt.isValid() ? startedAt.toSecsSinceEpoch() : 0},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("endpoints_probed"), endpointsProbed},
            {QStringLiteral("endpoints_open"), endpointsOpen},
            {QStringLiteral("endpoints_tls"), endpointsTls},
            {QStringLiteral("certificates_found"), certificatesFound},
            {QStringLiteral("new_found"), newFound},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("errors"), endpointProblemsToJson(errors)}};
}

NetworkScanSummary NetworkScanSummary::fromJson(const QJsonObject &json)
{
    NetworkScanSummary s;
    s.scanId = toInt64(json, "scan_id");
    if (const qint64 started = toInt64(json, "started_at"); started > 0)
        s.startedAt = QDateTime::fromSecsSinceEpoch(started, Qt::UTC);
    s.durationMs = toInt64(json, "duration_ms");
    s.endpointsProbed = toInt64(json, "endpoints_probed");
    s.endpointsOpen = toInt64(json, "endpoints_open");
    s.endpointsTls = toInt64(json, "endpoints_tls");
    s.certificatesFound = toInt64(json, "certificates_found");
    s.newFound = toInt64(json, "new_found");
    s.cancelled = json.value(QStringLiteral("cancelled")).toBool();
    s.errors = endpointProblemsFromJson(json.value(QStringLiteral("errors")).toArray());
    return s;
}

bool NetworkScanTarget::isDue(const QDateTime &now) const
{
    if (!enabled)
        return false;
    return !lastScanAt.isValid() || lastScanAt.addSecs(qint64(intervalHours) * 3600) <= now;
}

QJsonObject NetworkScanTarget::configJson() const
{
    return {{QStringLiteral("targets"), QJsonArray::fromStringList(targets)},
            {QStringLiteral("ports"), ports},
            {QStringLiteral("starttls"), QJsonArray::fromStringList(startTls)},
            {QStringLiteral("sni"), QJsonArray::fromStringList(sniNames)},
            {QStringLiteral("timeout_ms"), timeoutMs},
            {QStringLiteral("concurrency"), concurrency}};
}

void NetworkScanTarget::readConfigJson(const QJsonObject &json)
{
    targets = toStringList(json.value(QStringLiteral("targets")));
    ports = json.value(QStringLiteral("ports")).toString(ports);
    startTls = toStringList(json.value(QStringLiteral("starttls")));
    sniNames = toStringList(json.value(QStringLiteral("sni")));
    timeoutMs = json.value(QStringLiteral("timeout_ms")).toInt(timeoutMs);
    concurrency = json.value(QStringLiteral("concurrency")).toInt(concurrency);
}

} // namespace certdesk::domain
