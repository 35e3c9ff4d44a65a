// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/envoy/envoytarget.h"

#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::envoy", text);
}

QJsonObject defaults(const QJsonObject &)
{
    return QJsonObject{
        {QStringLiteral("cert_dir"), QString()},
        {QStringLiteral("cert_filename"), QStringLiteral("cert.pem")},
        {QStringLiteral("key_filename"), QStringLiteral("key.pem")},
        {QStringLiteral("chain_filename"), QString()},
        {QStringLiteral("sds_config"), false},
    };
}

/// Envoy's file-based SDS resource (path_config_source): one tls_certificate secret named
/// "server_cert" that points at the certificate and key files.
QByteArray sdsJson(const QString &certificatePath, const QString &keyPath)
{
    const QJsonObject secret{
        {QStringLiteral("@type"),
         QStringLiteral("type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret")},
        {QStringLiteral("name"), QStringLiteral("server_cert")},
        {QStringLiteral("tls_certificate"),
         QJsonObject{
             {QStringLiteral("certificate_chain"),
              QJsonObject{{QStringLiteral("filename"), certificatePath}}},
             {QStringLiteral("private_key"), QJsonObject{{QStringLiteral("filename"), keyPath}}},
         }},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("resources"), QJsonArray{secret}}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

TargetType envoyTargetType()
{
    const QJsonObject initial = defaults({});
    return fileTargetType(
        QStringLiteral("envoy"), QStringLiteral("Envoy"),
        tr("Writes the certificate and key into the folder Envoy watches, optionally with an sds.json for "
           "file-based SDS; Envoy picks them up without a reload."),
        &defaults,
        {
            fileTargetField(QStringLiteral("cert_dir"), tr("Certificate folder"), FieldSpec::Kind::Folder,
                            initial, tr("The folder Envoy reads the certificate files from."), true),
            fileTargetField(
                QStringLiteral("cert_filename"), tr("Certificate file name"), FieldSpec::Kind::Text, initial,
                tr("The certificate, followed by its chain unless a chain file name is set (0644)."), true),
            fileTargetField(QStringLiteral("key_filename"), tr("Key file name"), FieldSpec::Kind::Text,
                            initial, tr("The private key, readable by its owner only (0600)."), true),
            fileTargetField(
                QStringLiteral("chain_filename"), tr("Chain file name"), FieldSpec::Kind::Text, initial,
                tr("If set, the chain is written to this file instead of after the certificate.")),
            fileTargetField(QStringLiteral("sds_config"), tr("Write sds.json"), FieldSpec::Kind::Bool,
                            initial,
                            tr("Also write sds.json, a tls_certificate secret named server_cert for Envoy's "
                               "file-based SDS.")),
        },
        [](const SettingsReader &reader) -> Result<PemFileLayout> {
            const Result<QString> folder = reader.path(QStringLiteral("cert_dir"), true);
            if (!folder)
                return folder.error();
            PemFileLayout layout;
            for (auto [key, required, target] : {std::tuple{"cert_filename", true, &layout.certificatePath},
                                                 std::tuple{"key_filename", true, &layout.keyPath},
                                                 std::tuple{"chain_filename", false, &layout.chainPath}}) {
                const Result<QString> path =
                    reader.fileInFolder(folder.value(), QLatin1String(key), required);
                if (!path)
                    return path.error();
                *target = path.value();
            }
            const Result<bool> sds = reader.flag(QStringLiteral("sds_config"));
            if (!sds)
                return sds.error();
            if (sds.value())
                layout.extraFiles.append({QDir::cleanPath(folder.value() + QStringLiteral("/sds.json")),
                                          sdsJson(layout.certificatePath, layout.keyPath)});
            return layout;
        },
        false);
}

} // namespace certdesk::target
