// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/csr.h"

#include "connectors/pki/handleaccess.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/x509names.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace certdesk::pki {

namespace {

Error notEncodable()
{
    return openSslError(
        QCoreApplication::translate("certdesk", "The certificate signing request could not be encoded."));
}

Error notBuildable()
{
    return openSslError(
        QCoreApplication::translate("certdesk", "The certificate signing request could not be built."));
}

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
        return notBuildable();
    ext.release();
    if (X509_REQ_add_extensions(req, exts.get()) != 1)
        return notBuildable();
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

CertificationRequest::CertificationRequest() = default;

CertificationRequest::CertificationRequest(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

QByteArray CertificationRequest::der() const
{
    return m_impl ? m_impl->der : QByteArray();
}

QByteArray CertificationRequest::publicKeyDer() const
{
    return m_impl ? i2dBytes(i2d_X509_PUBKEY, X509_REQ_get_X509_PUBKEY(m_impl->request.get())) : QByteArray();
}

QString CertificationRequest::commonName() const
{
    return m_impl ? lastCommonName(X509_REQ_get_subject_name(m_impl->request.get())) : QString();
}

Result<QStringList> CertificationRequest::subjectAltNames() const
{
    QStringList out;
    if (!m_impl)
        return out;
    const ErrorQueueScope errorScope;
    X509ExtensionStackPtr exts(X509_REQ_get_extensions(m_impl->request.get()));
    if (!exts)
        return out;
    int critical = -1;
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts.get(), NID_subject_alt_name, &critical, nullptr)));
    if (!names && critical != -1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The subject alternative names of the certificate signing request are corrupt."));
    if (names)
        out = taggedSubjectAltNames(names.get());
    return out;
}

Status CertificationRequest::verify() const
{
    const ErrorQueueScope errorScope;
    X509_REQ *req = m_impl ? m_impl->request.get() : nullptr;
    EVP_PKEY *key = !req                 ? nullptr
                    : m_impl->signingKey ? m_impl->signingKey.get()
                                         : X509_REQ_get0_pubkey(req);
    if (!key)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The public key of the certificate signing request is not supported."));
    if (X509_REQ_verify(req, key) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The signature of the certificate signing request does not verify: it was altered or "
                        "not made with its key."));
    return {};
}

Result<CertificationRequest> CertificationRequest::decode(const QByteArray &pemOrDer)
{
    const ErrorQueueScope errorScope;
    auto impl = std::make_shared<Impl>();
    impl->request = decodeRequest(pemOrDer);
    if (!impl->request)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The data is not a certificate signing request (PKCS#10, PEM or DER)."));
    impl->der = i2dBytes(i2d_X509_REQ, impl->request.get());
    if (impl->der.isEmpty())
        return notEncodable();
    return CertificationRequest(std::move(impl));
}

Result<CertificationRequest> createRequest(const QString &subject, const QStringList &sans,
                                           const KeyPair &keyPair)
{
    const ErrorQueueScope errorScope;
    EVP_PKEY *key = KeyPairAccess::handle(keyPair);
    if (!key)
        return Error{
            QCoreApplication::translate("certdesk", "The certificate signing request needs a private key.")};
    auto name = parseSubject(subject);
    if (!name)
        return name.error();
    const bool emptySubject = X509_NAME_entry_count(name.value().get()) == 0;
    if (emptySubject && sans.isEmpty())
        return Error{QCoreApplication::translate(
            "certdesk", "The certificate signing request needs a subject or a subject alternative name.")};

    auto impl = std::make_shared<CertificationRequest::Impl>();
    impl->request.reset(X509_REQ_new());
    X509_REQ *req = impl->request.get();
    if (!req || X509_REQ_set_version(req, X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(req, name.value().get()) != 1 ||
        !setPublicKeyFromDer(X509_REQ_get_X509_PUBKEY(req), publicKeyToDer(key)))
        return notBuildable();
    if (!sans.isEmpty()) {
        if (auto st = addSubjectAltNameRequest(req, sans, emptySubject); !st)
            return st.error();
    }

    const EVP_MD *digest = signsWithoutDigest(key) ? nullptr : EVP_sha256();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest, nullptr, key) != 1 ||
        X509_REQ_sign_ctx(req, ctx.get()) <= 0)
        return openSslError(
            QCoreApplication::translate("certdesk", "The certificate signing request could not be signed."));
    impl->der = i2dBytes(i2d_X509_REQ, req);
    if (impl->der.isEmpty())
        return notEncodable();
    if (EVP_PKEY_up_ref(key) != 1)
        return notBuildable();
    impl->signingKey.reset(key);
    return CertificationRequest(std::move(impl));
}

Result<QByteArray> createCsr(const QString &subject, const QStringList &sans, const SecureBytes &keyPkcs8)
{
    auto key = KeyPair::fromPkcs8(keyPkcs8);
    if (!key)
        return key.error();
    auto request = createRequest(subject, sans, *key);
    if (!request)
        return request.error();
    return request->der();
}

Result<CsrInfo> parseCsr(const QByteArray &pemOrDer)
{
    const ErrorQueueScope errorScope;
    auto request = CertificationRequest::decode(pemOrDer);
    if (!request)
        return request.error();
    if (auto verified = request->verify(); !verified)
        return verified.error();
    X509_REQ *req = CertificationRequestAccess::handle(*request);
    EVP_PKEY *key = X509_REQ_get0_pubkey(req);
    CsrInfo info;
    info.der = request->der();
    info.publicKeyDer = publicKeyToDer(key);
    if (info.publicKeyDer.isEmpty())
        return notEncodable();
    const X509_NAME *subject = X509_REQ_get_subject_name(req);
    info.subject = nameToString(subject);
    info.commonName = lastCommonName(subject);
    info.keyType = keyTypeName(key);
    info.keyBits = EVP_PKEY_get_bits(key);
    info.curve = ecCurveName(key);
    auto sans = request->subjectAltNames();
    if (!sans)
        return sans.error();
    info.subjectAltNames = *sans;
    return info;
}

} // namespace certdesk::pki
