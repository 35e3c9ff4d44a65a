// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/apache/apachetarget.h"

#include "connectors/target/sdk/filetarget.h"

#include <QCoreApplication>

namespace certdesk::target {

TargetType apacheTargetType()
{
    return pemFileTargetType(
        QStringLiteral("apache"), QCoreApplication::translate("certdesk::target::apache", "Apache httpd"),
        QCoreApplication::translate("certdesk::target::apache",
                                    "Writes the certificate, chain and key files, checks the configuration "
                                    "with apachectl configtest and reloads Apache gracefully."),
        [](const QJsonObject &) {
            return QJsonObject{
                {QStringLiteral("cert_path"), QStringLiteral("/etc/apache2/ssl/cert.pem")},
                {QStringLiteral("chain_path"), QStringLiteral("/etc/apache2/ssl/chain.pem")},
                {QStringLiteral("key_path"), QStringLiteral("/etc/apache2/ssl/key.pem")},
                {QStringLiteral("reload_command"), QStringLiteral("apachectl graceful")},
                {QStringLiteral("validate_command"), QStringLiteral("apachectl configtest")},
            };
        });
}

} // namespace certdesk::target
