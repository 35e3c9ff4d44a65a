// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/haproxy/haproxytarget.h"

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QCoreApplication>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::haproxy", text);
}

QJsonObject defaults(const QJsonObject &)
{
    return QJsonObject{
        {QStringLiteral("pem_path"), QStringLiteral("/etc/haproxy/certs/site.pem")},
        {QStringLiteral("reload_command"), QStringLiteral("systemctl reload haproxy")},
        {QStringLiteral("validate_command"), QStringLiteral("haproxy -c -f /etc/haproxy/haproxy.cfg")},
    };
}

} // namespace

TargetType haproxyTargetType()
{
    const QJsonObject initial = defaults({});
    return fileTargetType(
        QStringLiteral("haproxy"), QStringLiteral("HAProxy"),
        tr("Writes one combined PEM file (certificate, chain, private key; 0600), checks the configuration "
           "and "
           "reloads HAProxy."),
        &defaults,
        {
            fileTargetField(
                QStringLiteral("pem_path"), tr("Combined PEM file"), FieldSpec::Kind::Path, initial,
                tr("The file HAProxy's crt option names: certificate, chain and key, readable by its "
                   "owner only."),
                true),
            fileTargetField(QStringLiteral("validate_command"), tr("Configuration check"),
                            FieldSpec::Kind::Command, initial,
                            tr("Optional; when it fails, the previous file is put back. Empty: no check.")),
            fileTargetField(QStringLiteral("reload_command"), tr("Reload command"), FieldSpec::Kind::Command,
                            initial, tr("Makes HAProxy load the new file; run without a shell.")),
        },
        [](const SettingsReader &reader) -> Result<PemFileLayout> {
            Result<QString> path = reader.path(QStringLiteral("pem_path"), true);
            if (!path)
                return path.error();
            PemFileLayout layout;
            layout.certificatePath = path.value(); // no key path: the key goes into this file, 0600
            return layout;
        },
        true);
}

} // namespace certdesk::target
