// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/connector.h"

#include "connectors/pki/crl.h"

#include <algorithm>

namespace certdesk::target {
namespace {

const QByteArray CertificateLabel = QByteArrayLiteral("CERTIFICATE");

} // namespace

QByteArray Deployment::certificatePem() const
{
    return pki::derToPem(certificateDer, CertificateLabel);
}

QByteArray Deployment::chainPem() const
{
    QByteArray pem;
    for (const QByteArray &der : chainDer)
        pem += pki::derToPem(der, CertificateLabel);
    return pem;
}

QByteArray Deployment::fullChainPem() const
{
    return certificatePem() + chainPem();
}

bool ValidationReport::ok() const
{
    return std::all_of(steps.cbegin(), steps.cend(), [](const ValidationStep &step) { return step.ok; });
}

} // namespace certdesk::target
