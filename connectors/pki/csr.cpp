// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/csr.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/x509names.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace certdesk::pki {

namespace {

/// Adds the extensionRequest attribute with a subjectAltName for the tagged `sans`.
Status addSubjectAltNameRequest(X509_REQ *req, const QStringList &sans, bool emptySubject)
{
    auto names = subjectAltNames(sans);
    if (!names)
        return names.error();
    // RFC 5280 4.2.1.6: with an empty subject the SAN carries the identity and must be critical.
    X509ExtensionPtr ext(X509V3_EXT_i2d(NID_subject_alt_name, emptySubject ? 1 : 0, names.value().get()));
    X509ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
    if (!ext || !exts || sk_X509_EXTENSION_push(exts.get(), ext.get()) <= 0)
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be built."));
    ext.release();
    if (X509_REQ_add_extensions(req, exts.get()) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be built."));
    return {};
}

/// Decodes one PEM or DER request; nullptr when the bytes are not exactly one.
X509ReqPtr decodeRequest(const QByteArray &pemOrDer)
{
    if (pemOrDer.contains("-----BEGIN ")) {
        // Reads the first "CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST" block, skipping others.
        BioPtr bio(BIO_new_mem_buf(pemOrDer.constData(), static_cast<int>(pemOrDer.size())));
        return X509ReqPtr(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    const unsigned char *p = ucharData(pemOrDer);
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, static_cast<long>(pemOrDer.size())));
    if (req && p != ucharData(pemOrDer) + pemOrDer.size())
        return {};
    return req;
}

} // namespace

Result<QByteArray> createCsr(const QString &subject, const QStringList &sans, const SecureBytes &keyPkcs8)
{
    const ErrorQueueScope errorScope;
    const EvpPkeyPtr key = privateKeyFromPkcs8(keyPkcs8);
    if (!key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The private key is not a valid PKCS#8 private key."));
    auto name = parseSubject(subject);
    if (!name)
        return name.error();
    const bool emptySubject = X509_NAME_entry_count(name.value().get()) == 0;
    if (emptySubject && sans.isEmpty())
        return Error{QCoreApplication::translate(
            "certdesk", "The certificate signing request needs a subject or a subject alternative name.")};

    X509ReqPtr req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(req.get(), name.value().get()) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.get()) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be built."));
    if (!sans.isEmpty()) {
        if (auto st = addSubjectAltNameRequest(req.get(), sans, emptySubject); !st)
            return st.error();
    }

    const EVP_MD *digest = signsWithoutDigest(key.get()) ? nullptr : EVP_sha256();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest, nullptr, key.get()) != 1 ||
        X509_REQ_sign_ctx(req.get(), ctx.get()) <= 0)
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be signed."));
    QByteArray der = i2dBytes(i2d_X509_REQ, req.get());
    if (der.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be encoded."));
    return der;
}

Result<CsrInfo> parseCsr(const QByteArray &pemOrDer)
{
    const ErrorQueueScope errorScope;
    const X509ReqPtr req = decodeRequest(pemOrDer);
    if (!req)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The data is not a certificate signing request (PKCS#10, PEM or DER)."));
    EVP_PKEY *key = X509_REQ_get0_pubkey(req.get());
    if (!key)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The public key of the certificate signing request is not supported."));
    if (X509_REQ_verify(req.get(), key) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The signature of the certificate signing request does not verify: it was altered or "
                        "not made with its key."));

    CsrInfo info;
    info.der = i2dBytes(i2d_X509_REQ, req.get());
    info.publicKeyDer = publicKeyToDer(key);
    if (info.der.isEmpty() || info.publicKeyDer.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be encoded."));
    const X509_NAME *subject = X509_REQ_get_subject_name(req.get());
    info.subject = nameToString(subject);
    info.commonName = lastCommonName(subject);
    info.keyType = keyTypeName(key);
    info.keyBits = EVP_PKEY_get_bits(key);
    info.curve = ecCurveName(key);

    X509ExtensionStackPtr exts(X509_REQ_get_extensions(req.get()));
    if (exts) {
        int critical = -1;
        GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
            X509V3_get_d2i(exts.get(), NID_subject_alt_name, &critical, nullptr)));
        if (!names && critical != -1)
            return openSslError(QCoreApplication::translate(
                "certdesk", "The subject alternative names of the certificate signing request are corrupt."));
        if (names)
            info.subjectAltNames = taggedSubjectAltNames(names.get());
    }
    return info;
}

} // namespace certdesk::pki
