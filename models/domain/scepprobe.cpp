// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/scepprobe.h"

#include <QJsonArray>

namespace certdesk::domain {

qint64 ScepCaCertificate::daysToExpiry(const QDateTime &now) const
{
    if (!notAfter.isValid())
        return 0;
    const qint64 seconds = now.secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QJsonObject ScepProbeRecord::resultJson() const
{
    QJsonArray certificates;
    for (const auto &c : caCertificates) {
        certificates.append(QJsonObject{
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("key_algorithm"), c.keyAlgorithm},
            {QStringLiteral("signature_algorithm"), c.signatureAlgorithm},
            {QStringLiteral("sha256"), c.sha256},
            {QStringLiteral("not_after"), c.notAfter.isValid() ? c.notAfter.toSecsSinceEpoch() : 0},
            {QStringLiteral("der"), QString::fromLatin1(c.der.toBase64())}});
    }
    return {{QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)},
            {QStringLiteral("capabilities_problem"), capabilitiesProblem},
            {QStringLiteral("with_ra_certificates"), withRaCertificates},
            {QStringLiteral("ca_certificates"), certificates}};
}

void ScepProbeRecord::readResultJson(const QJsonObject &json)
{
    capabilities.clear();
    for (const auto &v : json.value(QStringLiteral("capabilities")).toArray())
        capabilities << v.toString();
    capabilitiesProblem = json.value(QStringLiteral("capabilities_problem")).toString();
    withRaCertificates = json.value(QStringLiteral("with_ra_certificates")).toBool();
    caCertificates.clear();
    for (const auto &v : json.value(QStringLiteral("ca_certificates")).toArray()) {
        const auto o = v.toObject();
        ScepCaCertificate c;
        c.subject = o.value(QStringLiteral("subject")).toString();
        c.issuer = o.value(QStringLiteral("issuer")).toString();
        c.keyAlgorithm = o.value(QStringLiteral("key_algorithm")).toString();
        c.signatureAlgorithm = o.value(QStringLiteral("signature_algorithm")).toString();
        c.sha256 = o.value(QStringLiteral("sha256")).toString();
        if (const qint64 notAfter = o.value(QStringLiteral("not_after")).toInteger(); notAfter > 0)
            c.notAfter = QDateTime::fromSecsSinceEpoch(notAfter, Qt::UTC);
        c.der = QByteArray::fromBase64(o.value(QStringLiteral("der")).toString().toLatin1());
        caCertificates.append(c);
    }
}

} // namespace certdesk::domain
