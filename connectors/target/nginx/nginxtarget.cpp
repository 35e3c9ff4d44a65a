// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/nginx/nginxtarget.h"

#include "connectors/target/sdk/filetarget.h"

#include <QCoreApplication>

namespace certdesk::target {

TargetType nginxTargetType()
{
    return pemFileTargetType(
        QStringLiteral("nginx"), QStringLiteral("nginx"),
        QCoreApplication::translate("certdesk::target::nginx",
                                    "Writes the certificate, chain and key files, checks the configuration "
                                    "with nginx -t and reloads nginx."),
        [](const QJsonObject &) {
            return QJsonObject{
                {QStringLiteral("cert_path"), QStringLiteral("/etc/nginx/certs/cert.pem")},
                {QStringLiteral("chain_path"), QStringLiteral("/etc/nginx/certs/chain.pem")},
                {QStringLiteral("key_path"), QStringLiteral("/etc/nginx/certs/key.pem")},
                {QStringLiteral("reload_command"), QStringLiteral("systemctl reload nginx")},
                {QStringLiteral("validate_command"), QStringLiteral("nginx -t")},
            };
        });
}

} // namespace certdesk::target
