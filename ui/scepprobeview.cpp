// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scepprobeview.h"

#include "connectors/pki/certificateparser.h"

namespace certdesk::ui {

ScepProbeView ScepProbeView::of(const domain::ScepProbeRecord &record)
{
    ScepProbeView view;
    view.record = record;
    QList<domain::CertificateDetails> parsed;
    QList<int> answerIndex; ///< position in the answer of each parsed certificate
    for (int i = 0; i < record.caCertificates.size(); ++i) {
        ScepCertificateView certificate;
        certificate.summary = record.caCertificates.at(i);
        if (!certificate.summary.der.isEmpty()) {
            if (auto details = pki::parseCertificateDer(certificate.summary.der)) {
                certificate.details = *details;
                parsed << *details;
                answerIndex << i;
            }
        }
        view.certificates << certificate;
    }
    const auto chains = pki::analyseBundle(parsed);
    for (int p = 0; p < parsed.size(); ++p) {
        auto &issuers = view.certificates[answerIndex.at(p)].issuers;
        for (const int issuer : chains.issuers.value(p))
            issuers << answerIndex.at(issuer);
    }
    return view;
}

} // namespace certdesk::ui
