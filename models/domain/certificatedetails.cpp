// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/certificatedetails.h"

namespace certdesk::domain {

QStringList SubjectAltNames::tagged() const
{
    QStringList out;
    out.reserve(dns.size() + ip.size() + email.size() + uri.size());
    for (const auto &v : dns)
        out << QStringLiteral("DNS:") + v;
    for (const auto &v : ip)
        out << QStringLiteral("IP:") + v;
    for (const auto &v : email)
        out << QStringLiteral("email:") + v;
    for (const auto &v : uri)
        out << QStringLiteral("URI:") + v;
    return out;
}

SubjectAltNames SubjectAltNames::fromTagged(const QStringList &tagged)
{
    SubjectAltNames s;
    for (const auto &t : tagged) {
        const auto colon = t.indexOf(u':');
        if (colon < 0)
            continue;
        const auto kind = t.left(colon);
        const auto value = t.mid(colon + 1);
        if (kind == QLatin1String("DNS"))
            s.dns << value;
        else if (kind == QLatin1String("IP"))
            s.ip << value;
        else if (kind == QLatin1String("email"))
            s.email << value;
        else if (kind == QLatin1String("URI"))
            s.uri << value;
    }
    return s;
}

qint64 CertificateDetails::daysLeft(const QDateTime &now) const
{
    const qint64 secs = now.secsTo(notAfter);
    // Floor division so that a certificate that expired an hour ago has -1 days left, not 0.
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QString CertificateDetails::keyDescription() const
{
    if (keyType == QLatin1String("EC"))
        return curve.isEmpty() ? QStringLiteral("EC") : QStringLiteral("EC ") + curve;
    if (keyType == QLatin1String("RSA") || keyType == QLatin1String("DSA"))
        return keyType + u' ' + QString::number(keyBits);
    return keyType;
}

bool CertificateDetails::hasWeakCrypto() const
{
    if (keyType == QLatin1String("RSA") && keyBits < 2048)
        return true;
    const auto sig = signatureAlgorithm.toLower();
    return sig.contains(QLatin1String("sha1")) || sig.contains(QLatin1String("md5"));
}

QByteArray CertificateDetails::toPem() const
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END CERTIFICATE-----\n";
    return out;
}

QString colonHex(const QString &hex)
{
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += u':';
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

} // namespace certdesk::domain
