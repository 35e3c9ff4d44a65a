// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/customcertificate.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <QtGlobal>

#include <memory>

namespace certdesk::testsupport {

namespace {

template <auto Fn> struct Deleter
{
    template <typename T> void operator()(T *p) const { Fn(p); }
};
template <typename T, auto Fn> using Ptr = std::unique_ptr<T, Deleter<Fn>>;

EVP_PKEY *signingKey()
{
    static const Ptr<EVP_PKEY, EVP_PKEY_free> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        qFatal("EC key generation failed");
    return key.get();
}

Ptr<X509_NAME, X509_NAME_free> buildName(const QList<NameAttribute> &attributes)
{
    Ptr<X509_NAME, X509_NAME_free> name(X509_NAME_new());
    for (const NameAttribute &a : attributes) {
        Ptr<ASN1_OBJECT, ASN1_OBJECT_free> object(OBJ_txt2obj(a.type.constData(), 0));
        if (!object)
            qFatal("unknown attribute type %s", a.type.constData());
        Ptr<X509_NAME_ENTRY, X509_NAME_ENTRY_free> entry(X509_NAME_ENTRY_create_by_OBJ(
            nullptr, object.get(), a.stringType, reinterpret_cast<const unsigned char *>(a.value.constData()),
            static_cast<int>(a.value.size())));
        if (!entry || !X509_NAME_add_entry(name.get(), entry.get(), -1, a.joinPrevious ? -1 : 0))
            qFatal("cannot add name attribute %s", a.type.constData());
    }
    return name;
}

Ptr<ASN1_TIME, ASN1_TIME_free> rawTime(int type, const QByteArray &text)
{
    Ptr<ASN1_TIME, ASN1_TIME_free> time(ASN1_STRING_type_new(type));
    if (!time || !ASN1_STRING_set(time.get(), text.constData(), static_cast<int>(text.size())))
        qFatal("cannot build a time");
    return time;
}

} // namespace

QByteArray makeCustomCertificate(const CustomCertificateSpec &spec)
{
    Ptr<X509, X509_free> x(X509_new());
    BIGNUM *bn = nullptr;
    if (!x || !BN_hex2bn(&bn, spec.serialHex.constData()))
        qFatal("bad serial %s", spec.serialHex.constData());
    Ptr<BIGNUM, BN_free> serialBn(bn);
    Ptr<ASN1_INTEGER, ASN1_INTEGER_free> serial(BN_to_ASN1_INTEGER(serialBn.get(), nullptr));
    const auto subject = buildName(spec.subject);
    const auto issuer = buildName(spec.issuer);
    const auto notBefore = rawTime(spec.notBeforeType, spec.notBefore);
    const auto notAfter = rawTime(spec.notAfterType, spec.notAfter);
    if (!serial || !X509_set_version(x.get(), spec.version) ||
        !X509_set_serialNumber(x.get(), serial.get()) || !X509_set_subject_name(x.get(), subject.get()) ||
        !X509_set_issuer_name(x.get(), issuer.get()) || !X509_set1_notBefore(x.get(), notBefore.get()) ||
        !X509_set1_notAfter(x.get(), notAfter.get()) || !X509_set_pubkey(x.get(), signingKey()) ||
        X509_sign(x.get(), signingKey(), EVP_sha256()) <= 0)
        qFatal("cannot build the custom certificate");
    const int length = i2d_X509(x.get(), nullptr);
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (length <= 0 || i2d_X509(x.get(), &p) != length)
        qFatal("cannot encode the custom certificate");
    return der;
}

} // namespace certdesk::testsupport
