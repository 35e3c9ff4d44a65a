// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/x509names.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/err.h>

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <iterator>

namespace certdesk::pki {

namespace {

// Subject and issuer are printed in the order the certificate stores them (most significant RDN
// first: "C=DE, O=Org, CN=x"): XN_FLAG_ONELINE without the spaces around '=' and without
// ASN1_STRFLGS_ESC_MSB, so that non-ASCII text stays readable UTF-8 instead of \XX escapes.
// Values that need RFC 2253 escaping are quoted (ASN1_STRFLGS_ESC_QUOTE).
constexpr unsigned long NamePrintFlags = XN_FLAG_ONELINE & ~XN_FLAG_SPC_EQ & ~ASN1_STRFLGS_ESC_MSB;

/// The tags of the subjectAltName kinds CertDesk writes.
constexpr const char *SanKinds[] = {"DNS", "IP", "email", "URI"};

/// An Error about the caller's input; nothing of it is on the OpenSSL error queue.
Error requestError(const QString &message, const QString &detail = {})
{
    ERR_clear_error();
    return Error{message, detail};
}

} // namespace

Result<X509NamePtr> parseSubject(const QString &subject)
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return openSslError(QCoreApplication::translate("certdesk", "The subject could not be built."));
    if (subject.isEmpty())
        return name;
    if (!subject.startsWith(u'/'))
        return requestError(
            QCoreApplication::translate("certdesk", "The subject must have the form /C=DE/O=Org/CN=name."),
            subject);

    struct Part
    {
        QString text;
        bool joinPrevious = false;
    };
    QList<Part> parts;
    Part current;
    for (qsizetype i = 1; i <= subject.size(); ++i) {
        const bool atEnd = i == subject.size();
        const QChar c = atEnd ? QChar() : subject.at(i);
        if (!atEnd && c == u'\\' && i + 1 < subject.size()) {
            current.text += subject.at(++i);
            continue;
        }
        if (atEnd || c == u'/' || c == u'+') {
            if (!current.text.isEmpty())
                parts << current;
            current = Part{{}, c == u'+'};
            continue;
        }
        current.text += c;
    }

    bool first = true;
    for (const auto &part : parts) {
        const auto eq = part.text.indexOf(u'=');
        if (eq <= 0)
            return requestError(QCoreApplication::translate(
                                    "certdesk", "The subject part \"%1\" is not of the form TYPE=value.")
                                    .arg(part.text),
                                subject);
        const QByteArray field = part.text.left(eq).trimmed().toUtf8();
        const QByteArray value = part.text.mid(eq + 1).toUtf8();
        if (value.isEmpty())
            return requestError(
                QCoreApplication::translate("certdesk", "The subject attribute %1 has no value.")
                    .arg(QString::fromUtf8(field)),
                subject);
        const int set = part.joinPrevious && !first ? -1 : 0;
        if (X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8, ucharData(value),
                                       static_cast<int>(value.size()), -1, set) != 1)
            return Error{
                QCoreApplication::translate(
                    "certdesk", "The subject attribute \"%1\" is unknown or its value is not allowed.")
                    .arg(QString::fromUtf8(field)),
                drainOpenSslErrors()};
        first = false;
    }
    return name;
}

Result<Ia5StringPtr> ia5String(const QString &value, const QString &what)
{
    for (const QChar c : value) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return requestError(
                QCoreApplication::translate("certdesk", "The %1 \"%2\" must be plain ASCII (use punycode for "
                                                        "international domain names).")
                    .arg(what, value));
    }
    if (value.isEmpty())
        return requestError(
            QCoreApplication::translate("certdesk", "An empty %1 cannot go into a certificate.").arg(what));
    Ia5StringPtr s(ASN1_IA5STRING_new());
    const QByteArray bytes = value.toLatin1();
    if (!s || ASN1_STRING_set(s.get(), bytes.constData(), static_cast<int>(bytes.size())) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    return s;
}

Result<GeneralNamePtr> ia5GeneralName(int type, const QString &value, const QString &what)
{
    auto s = ia5String(value, what);
    if (!s)
        return s.error();
    GeneralNamePtr gen(GENERAL_NAME_new());
    if (!gen)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    GENERAL_NAME_set0_value(gen.get(), type, std::move(s).value().release());
    return gen;
}

Result<GeneralNamePtr> subjectAltNameEntry(const QString &tagged)
{
    const auto colon = tagged.indexOf(u':');
    const QString kind = colon > 0 ? tagged.left(colon).trimmed() : QString();
    const QString value = colon > 0 ? tagged.mid(colon + 1).trimmed() : QString();
    const bool known = std::any_of(std::begin(SanKinds), std::end(SanKinds), [&kind](const char *k) {
        return kind.compare(QLatin1String(k), Qt::CaseInsensitive) == 0;
    });
    if (known && value.isEmpty())
        return requestError(
            QCoreApplication::translate("certdesk", "The subject alternative name \"%1\" is empty.")
                .arg(tagged));
    if (kind.compare(QLatin1String("DNS"), Qt::CaseInsensitive) == 0)
        return ia5GeneralName(GEN_DNS, value, QCoreApplication::translate("certdesk", "DNS name"));
    if (kind.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0)
        return ia5GeneralName(GEN_EMAIL, value, QCoreApplication::translate("certdesk", "e-mail address"));
    if (kind.compare(QLatin1String("URI"), Qt::CaseInsensitive) == 0)
        return ia5GeneralName(GEN_URI, value, QCoreApplication::translate("certdesk", "URI"));
    if (kind.compare(QLatin1String("IP"), Qt::CaseInsensitive) == 0) {
        Asn1OctetStringPtr ip(a2i_IPADDRESS(value.toLatin1().constData()));
        if (!ip)
            return requestError(
                QCoreApplication::translate("certdesk", "\"%1\" is not an IPv4 or IPv6 address.").arg(value),
                drainOpenSslErrors());
        GeneralNamePtr gen(GENERAL_NAME_new());
        if (!gen)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        GENERAL_NAME_set0_value(gen.get(), GEN_IPADD, ip.release());
        return gen;
    }
    return requestError(
        QCoreApplication::translate(
            "certdesk", "The subject alternative name \"%1\" must start with DNS:, IP:, email: or URI:.")
            .arg(tagged));
}

Result<GeneralNamesPtr> subjectAltNames(const QStringList &tagged)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &san : tagged) {
        auto gen = subjectAltNameEntry(san);
        if (!gen)
            return gen.error();
        if (sk_GENERAL_NAME_push(names.get(), gen.value().get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        gen.value().release();
    }
    return names;
}

QStringList taggedSubjectAltNames(const GENERAL_NAMES *names)
{
    QStringList out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        int type = 0;
        const auto *value =
            static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(sk_GENERAL_NAME_value(names, i), &type));
        switch (type) {
        case GEN_DNS:
            out << QStringLiteral("DNS:") + asn1ToQString(value);
            break;
        case GEN_IPADD:
            out << QStringLiteral("IP:") + formatIpAddress(value);
            break;
        case GEN_EMAIL:
            out << QStringLiteral("email:") + asn1ToQString(value);
            break;
        case GEN_URI:
            out << QStringLiteral("URI:") + asn1ToQString(value);
            break;
        default:
            break; // otherName, dirName, RID have no tagged form
        }
    }
    return out;
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, NamePrintFlags) < 0)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}

QString lastCommonName(const X509_NAME *name)
{
    int last = -1;
    for (int idx = -1; (idx = X509_NAME_get_index_by_NID(name, NID_commonName, idx)) >= 0;)
        last = idx;
    if (last < 0)
        return {};
    return asn1ToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last)));
}

QString formatIpAddress(const ASN1_OCTET_STRING *ip)
{
    const unsigned char *d = ASN1_STRING_get0_data(ip);
    const int n = ASN1_STRING_length(ip);
    if (n == 4)
        return QStringLiteral("%1.%2.%3.%4").arg(d[0]).arg(d[1]).arg(d[2]).arg(d[3]);
    if (n != 16)
        return lowerHex(d, n);

    bool v4Mapped = d[10] == 0xff && d[11] == 0xff;
    for (int i = 0; i < 10 && v4Mapped; ++i)
        v4Mapped = d[i] == 0;
    if (v4Mapped)
        return QStringLiteral("::ffff:%1.%2.%3.%4").arg(d[12]).arg(d[13]).arg(d[14]).arg(d[15]);

    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = (d[2 * i] << 8) | d[2 * i + 1];
    // RFC 5952 4.2: the longest run of two or more zero groups becomes "::", the first one on a tie.
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

} // namespace certdesk::pki
