// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/certificatejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk::cli {

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject chainEntry(const domain::CertificateDetails &c)
{
    return QJsonObject{{QStringLiteral("subject"), c.subject},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("serial"), c.serialHex},
                       {QStringLiteral("not_after"), isoUtc(c.notAfter)},
                       {QStringLiteral("sha256"), c.sha256}};
}
} // namespace

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject summaryJson(const domain::CertificateSummary &s, const QDateTime &now)
{
    const auto status = domain::statusAt(s.notAfter, s.revoked, now);
    const qint64 secs = now.secsTo(s.notAfter);
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("common_name"), s.commonName},
        {QStringLiteral("sans"), strings(s.sans)},
        {QStringLiteral("issuer"), s.issuer},
        {QStringLiteral("serial"), s.serialHex},
        {QStringLiteral("not_before"), isoUtc(s.notBefore)},
        {QStringLiteral("not_after"), isoUtc(s.notAfter)},
        {QStringLiteral("days_left"), secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400)},
        {QStringLiteral("sha256"), s.sha256},
        {QStringLiteral("status"), domain::statusKey(status)},
        {QStringLiteral("owner"), s.owner},
        {QStringLiteral("tags"), strings(s.tags)},
        {QStringLiteral("has_private_key"), s.hasPrivateKey},
    };
}

QJsonObject certificateJson(const core::CertificateView &view, const QDateTime &now)
{
    const auto &m = view.certificate;
    const auto &d = m.current.details;
    domain::CertificateSummary s;
    s.id = m.id;
    s.commonName = m.commonName;
    s.sans = d.sans.values();
    s.issuer = d.issuerCommonName.isEmpty() ? d.issuer : d.issuerCommonName;
    s.serialHex = d.serialHex;
    s.notBefore = d.notBefore;
    s.notAfter = d.notAfter;
    s.sha256 = d.sha256;
    s.owner = m.owner;
    s.tags = m.tags;
    s.revoked = m.revoked;
    s.hasPrivateKey = view.hasPrivateKey;
    QJsonObject o = summaryJson(s, now);
    QJsonArray chain;
    for (const auto &c : view.chain)
        chain.append(chainEntry(c));
    const QJsonObject more{
        {QStringLiteral("subject"), d.subject},
        {QStringLiteral("issuer_dn"), d.issuer},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("san_dns"), strings(d.sans.dns)},
        {QStringLiteral("san_ip"), strings(d.sans.ip)},
        {QStringLiteral("san_email"), strings(d.sans.email)},
        {QStringLiteral("san_uri"), strings(d.sans.uri)},
        {QStringLiteral("sha1"), d.sha1},
        {QStringLiteral("key_type"), d.keyType},
        {QStringLiteral("key_bits"), d.keyBits},
        {QStringLiteral("curve"), d.curve},
        {QStringLiteral("signature_algorithm"), d.signatureAlgorithm},
        {QStringLiteral("key_usage"), strings(d.keyUsage)},
        {QStringLiteral("extended_key_usage"), strings(d.extendedKeyUsage)},
        {QStringLiteral("basic_constraints"),
         d.hasBasicConstraints ? QJsonValue(QJsonObject{{QStringLiteral("ca"), d.isCa},
                                                        {QStringLiteral("path_length"),
                                                         d.pathLength < 0 ? QJsonValue() : QJsonValue(d.pathLength)}})
                               : QJsonValue()},
        {QStringLiteral("subject_key_id"), d.subjectKeyId},
        {QStringLiteral("authority_key_id"), d.authorityKeyId},
        {QStringLiteral("crl_distribution_points"), strings(d.crlDistributionPoints)},
        {QStringLiteral("ocsp_urls"), strings(d.ocspUrls)},
        {QStringLiteral("ca_issuers"), strings(d.caIssuerUrls)},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("notes"), m.notes},
        {QStringLiteral("version_no"), m.current.versionNo},
        {QStringLiteral("pem"), QString::fromLatin1(d.toPem())},
    };
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QJsonObject auditEventJson(const domain::AuditEvent &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), isoUtc(e.at)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("host"), e.host},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object_id"), e.objectId},
                       {QStringLiteral("details"), e.details}};
}

} // namespace certdesk::cli
