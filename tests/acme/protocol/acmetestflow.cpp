// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/protocol/acmetestflow.h"

#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "tests/acme/pebble/pebbleserver.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace certdesk::acmetest {

using namespace issuer::acme;

AccountKey newAccountKey(AccountKey::Algorithm algorithm)
{
    Result<AccountKey> key = AccountKey::generate(algorithm);
    if (!key)
        qFatal("%s", qPrintable(key.error().fullText()));
    return *key;
}

AcmeClientOptions pebbleClientOptions(const testsupport::PebbleServer &pebble)
{
    AcmeClientOptions options;
    options.directoryUrl = pebble.directoryUrl();
    options.caBundlePath = pebble.caBundlePath();
    // pebble 2.4.0 deadlocks when a newOrder meets an authorization fetch and a write (see the
    // option); the tests run orders on several threads.
    options.exclusiveNewOrders = true;
    return options;
}

Result<Issued> issueCertificate(AcmeClient &client, const NewOrderRequest &request)
{
    Result<AcmeOrder> order = client.newOrder(request);
    if (!order)
        return order.error();
    for (const QString &url : order->authorizationUrls) {
        Result<AcmeAuthorization> authorization = client.fetchAuthorization(url);
        if (!authorization)
            return authorization.error();
        if (authorization->status == AcmeAuthorization::Status::Valid)
            continue;
        const AcmeChallenge *challenge = authorization->challenge(
            authorization->wildcard ? QStringLiteral("dns-01") : QStringLiteral("http-01"));
        if (!challenge)
            return Error{QStringLiteral("no suitable challenge offered for ") +
                         authorization->identifier.value};
        Result<AcmeChallenge> answered = client.respondToChallenge(*challenge);
        if (!answered)
            return answered.error();
        Result<AcmeAuthorization> valid = client.pollAuthorization(url);
        if (!valid)
            return valid.error();
    }
    Result<AcmeOrder> ready = client.pollOrder(order->url);
    if (!ready)
        return ready.error();

    Issued issued;
    Result<pki::KeyPair> key = pki::generateKeyPair(pki::KeyAlgorithm::EcP256);
    if (!key)
        return key.error();
    issued.key = *key;
    QStringList sans;
    for (const QString &name : request.dnsNames)
        sans.append(QStringLiteral("DNS:") + name);
    Result<pki::CertificationRequest> csr =
        pki::createRequest(QStringLiteral("/CN=") + request.dnsNames.value(0), sans, issued.key);
    if (!csr)
        return csr.error();
    Result<AcmeOrder> finalized = client.finalizeOrder(*ready, csr->der());
    if (!finalized)
        return finalized.error();
    Result<AcmeOrder> valid = client.pollOrder(order->url);
    if (!valid)
        return valid.error();
    if (valid->status != AcmeOrder::Status::Valid || valid->certificateUrl.isEmpty())
        return Error{QStringLiteral("the order is not valid after finalization")};
    Result<CertificateChain> chain = client.downloadCertificate(valid->certificateUrl);
    if (!chain)
        return chain.error();
    issued.order = *valid;
    issued.chain = *chain;
    return issued;
}

QString verifyChain(const QByteArray &leafDer, const QList<QByteArray> &chainDer, const QByteArray &rootPem,
                    const QStringList &dnsNames)
{
    auto fromDer = [](const QByteArray &der) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        return d2i_X509(nullptr, &p, der.size());
    };
    std::unique_ptr<X509, decltype(&X509_free)> leaf(fromDer(leafDer), &X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> rootBio(
        BIO_new_mem_buf(rootPem.constData(), int(rootPem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> root(
        PEM_read_bio_X509(rootBio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!leaf || !root)
        return QStringLiteral("the leaf or the root does not decode");
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    X509_STORE_add_cert(store.get(), root.get());
    auto freeStack = [](STACK_OF(X509) * stack) { sk_X509_pop_free(stack, X509_free); };
    std::unique_ptr<STACK_OF(X509), decltype(freeStack)> untrusted(sk_X509_new_null(), freeStack);
    for (const QByteArray &der : chainDer) {
        X509 *certificate = fromDer(der);
        if (!certificate)
            return QStringLiteral("a chain certificate does not decode");
        sk_X509_push(untrusted.get(), certificate);
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                            &X509_STORE_CTX_free);
    X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get());
    if (X509_verify_cert(context.get()) != 1) {
        return QStringLiteral("X509_verify_cert: ") +
               QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
    }
    const Result<domain::CertificateDetails> details = pki::parseCertificateDer(leafDer);
    if (!details)
        return details.error().fullText();
    for (const QString &name : dnsNames) {
        if (!details->sans.dns.contains(name))
            return QStringLiteral("the leaf lacks the name ") + name;
    }
    return {};
}

} // namespace certdesk::acmetest
