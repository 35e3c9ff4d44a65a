// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steps of a whole issuance against pebble, shared by the protocol tests. Written with the
// client's public API only, as the ACME issuer will use it.

#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/pki/keygenerator.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace certdesk::testsupport {
class PebbleServer;
}

namespace certdesk::acmetest {

/// A new account key; aborts the test program when OpenSSL fails.
issuer::acme::AccountKey
newAccountKey(issuer::acme::AccountKey::Algorithm algorithm = issuer::acme::AccountKey::Algorithm::EcP256);

/// Client options for `pebble`'s directory, trusting its TLS certificate, with exclusiveNewOrders
/// (pebble 2.4.0 deadlocks under concurrent orders without it).
issuer::acme::AcmeClientOptions pebbleClientOptions(const testsupport::PebbleServer &pebble);

/// A certificate obtained by issueCertificate().
struct Issued
{
    issuer::acme::AcmeOrder order;
    issuer::acme::CertificateChain chain;
    pki::KeyPair key; ///< the certificate's key
};

/// Orders a certificate for `request.dnsNames` with the client's (registered) account: answers
/// each pending authorization's http-01 challenge (pebble in always-valid mode passes them), polls,
/// finalizes with a CSR made by connectors/pki, polls until valid and downloads the chain.
Result<Issued> issueCertificate(issuer::acme::AcmeClient &client,
                                const issuer::acme::NewOrderRequest &request);

/// Verifies `leafDer` with its `chainDer` up to the root `rootPem` with OpenSSL's X509_verify_cert
/// and checks that the leaf carries `dnsNames`; empty when it does, else what failed.
QString verifyChain(const QByteArray &leafDer, const QList<QByteArray> &chainDer, const QByteArray &rootPem,
                    const QStringList &dnsNames);

} // namespace certdesk::acmetest
