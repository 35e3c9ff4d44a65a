// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnsrecords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace certdesk::issuer::acme {
namespace {

Error inputError(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

/// Lower case, A-labels, no trailing dot: the form the draft requires of issuer domain names.
QString normalisedDomain(const QString &name)
{
    QString domain = name.trimmed();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    return QString::fromLatin1(QUrl::toAce(domain)).toLower();
}

/// RFC 8659: label *("." label), label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT)).
bool isIssuerDomainName(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (const QString &label : domain.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
    }
    return true;
}

/// RFC 8659: value = *(%x21-3A / %x3C-7E).
bool isParameterValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == u';')
            return false;
    }
    return true;
}

} // namespace

QString dns01RecordName(const QString &identifier)
{
    return QStringLiteral("_acme-challenge.") + identifier;
}

QString dns01RecordValue(const QString &keyAuthorization)
{
    const QByteArray digest = QCryptographicHash::hash(keyAuthorization.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString dnsPersistRecordName(const QString &identifier)
{
    return QStringLiteral("_validation-persist.") + identifier;
}

Result<QString> dnsPersistIssuerDomain(const QString &configured, const QStringList &offered)
{
    QStringList offeredNames;
    for (const QString &name : offered)
        offeredNames.append(normalisedDomain(name));
    if (configured.trimmed().isEmpty()) {
        if (offeredNames.isEmpty() || !isIssuerDomainName(offeredNames.first()))
            return inputError(QCoreApplication::translate(
                "certdesk::issuer::acme", "The CA names no usable issuer domain for the DNS-PERSIST-01 "
                                          "challenge: configure the issuer domain (such as "
                                          "letsencrypt.org)."));
        return offeredNames.first();
    }
    const QString domain = normalisedDomain(configured);
    if (!isIssuerDomainName(domain))
        return inputError(
            QCoreApplication::translate("certdesk::issuer::acme",
                                        "The DNS-PERSIST-01 issuer domain \"%1\" is not a domain name.")
                .arg(configured));
    if (!offeredNames.isEmpty() && !offeredNames.contains(domain))
        return inputError(QCoreApplication::translate("certdesk::issuer::acme",
                                                      "The CA does not accept the configured issuer domain "
                                                      "%1 for DNS-PERSIST-01; it accepts %2.")
                              .arg(domain, offeredNames.join(QStringLiteral(", "))));
    return domain;
}

Result<QString> dnsPersistRecordValue(const QString &issuerDomain, const QString &accountUri, bool wildcard)
{
    if (accountUri.isEmpty() || !isParameterValue(accountUri))
        return inputError(QCoreApplication::translate("certdesk::issuer::acme",
                                                      "The ACME account URI \"%1\" cannot be put in a "
                                                      "DNS-PERSIST-01 record.")
                              .arg(accountUri));
    QString value = issuerDomain + QStringLiteral("; accounturi=") + accountUri;
    if (wildcard)
        value += QStringLiteral("; policy=wildcard");
    return value;
}

} // namespace certdesk::issuer::acme
