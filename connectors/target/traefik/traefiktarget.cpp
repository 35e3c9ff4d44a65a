// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/traefik/traefiktarget.h"

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QCoreApplication>

#include <utility>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::traefik", text);
}

QJsonObject defaults(const QJsonObject &)
{
    return QJsonObject{
        {QStringLiteral("cert_dir"), QStringLiteral("/etc/traefik/certs")},
        {QStringLiteral("cert_file"), QStringLiteral("site.crt")},
        {QStringLiteral("key_file"), QStringLiteral("site.key")},
    };
}

} // namespace

TargetType traefikTargetType()
{
    const QJsonObject initial = defaults({});
    return fileTargetType(
        QStringLiteral("traefik"), QStringLiteral("Traefik"),
        tr("Writes the certificate and key into the folder Traefik's file provider watches; Traefik picks "
           "them "
           "up without a reload."),
        &defaults,
        {
            fileTargetField(QStringLiteral("cert_dir"), tr("Certificate folder"), FieldSpec::Kind::Folder,
                            initial, tr("The folder of Traefik's file provider (providers.file.directory)."),
                            true),
            fileTargetField(QStringLiteral("cert_file"), tr("Certificate file name"), FieldSpec::Kind::Text,
                            initial, tr("The certificate followed by its chain (0644)."), true),
            fileTargetField(QStringLiteral("key_file"), tr("Key file name"), FieldSpec::Kind::Text, initial,
                            tr("The private key, readable by its owner only (0600)."), true),
        },
        [](const SettingsReader &reader) -> Result<PemFileLayout> {
            const Result<QString> folder = reader.path(QStringLiteral("cert_dir"), true);
            if (!folder)
                return folder.error();
            PemFileLayout layout;
            for (auto [key, target] :
                 {std::pair{"cert_file", &layout.certificatePath}, std::pair{"key_file", &layout.keyPath}}) {
                const Result<QString> path = reader.fileInFolder(folder.value(), QLatin1String(key), true);
                if (!path)
                    return path.error();
                *target = path.value();
            }
            return layout;
        },
        false);
}

} // namespace certdesk::target
