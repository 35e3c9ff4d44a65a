// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/acmepresets.h"

#include <QCoreApplication>

namespace certdesk::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

const QList<AcmePreset> &presets()
{
    static const QList<AcmePreset> list{
        {QStringLiteral("letsencrypt"), tr("Let's Encrypt"),
         QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"), false, false,
         tr("Free, trusted by every browser; 90-day certificates, or 6-day ones with the shortlived "
            "profile.")},
        {QStringLiteral("letsencrypt-staging"), tr("Let's Encrypt (staging)"),
         QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/directory"), false, false,
         tr("For trying a setup out: generous rate limits, certificates that no browser trusts.")},
        {QStringLiteral("zerossl"), tr("ZeroSSL"), QStringLiteral("https://acme.zerossl.com/v2/DV90"), true,
         true,
         tr("Needs External Account Binding; CertDesk fetches the credentials for your e-mail address when "
            "you "
            "give none.")},
        {QStringLiteral("google"), tr("Google Trust Services"),
         QStringLiteral("https://dv.acme-v02.api.pki.goog/directory"), true, false,
         tr("Needs External Account Binding credentials from the Google Cloud console.")},
        {QStringLiteral("buypass"), tr("Buypass Go SSL"),
         QStringLiteral("https://api.buypass.com/acme/directory"), false, false,
         tr("Free, 180-day certificates.")},
        {QStringLiteral("sslcom"), tr("SSL.com"), QStringLiteral("https://acme.ssl.com/sslcom-dv-ecc"), true,
         false, tr("Needs External Account Binding credentials from your SSL.com account.")},
        {QStringLiteral("custom"), tr("Another ACME CA"), QString(), false, false,
         tr("Any RFC 8555 CA: step-ca, EJBCA, Sectigo, a company CA ... Give its directory URL.")},
    };
    return list;
}
} // namespace

QList<AcmePreset> acmePresets()
{
    return presets();
}

const AcmePreset *findAcmePreset(const QString &keyOrUrl)
{
    for (const auto &preset : presets()) {
        if (preset.key == keyOrUrl || (!preset.directoryUrl.isEmpty() && preset.directoryUrl == keyOrUrl))
            return &preset;
    }
    return nullptr;
}

} // namespace certdesk::core
