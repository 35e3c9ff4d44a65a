// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/caddy/caddytarget.h"

#include "connectors/target/caddy/caddyapiconnector.h"
#include "connectors/target/caddy/caddytr.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QRegularExpression>
#include <QUrl>

namespace certdesk::target {
namespace {

using caddy::tr;

const QString ModeKey = QStringLiteral("mode");
const QString AdminApiKey = QStringLiteral("admin_api");
const QString TagKey = QStringLiteral("tag");
const QString CertDirKey = QStringLiteral("cert_dir");
const QString CertFileKey = QStringLiteral("cert_file");
const QString KeyFileKey = QStringLiteral("key_file");
const QString ApiMode = QStringLiteral("api");
const QString FileMode = QStringLiteral("file");

QJsonObject defaults(const QJsonObject &)
{
    return QJsonObject{
        {ModeKey, ApiMode},
        {AdminApiKey, QStringLiteral("http://localhost:2019")},
        {TagKey, QString()},
        {CertDirKey, QStringLiteral("/etc/caddy/certs")},
        {CertFileKey, QStringLiteral("site.crt")},
        {KeyFileKey, QStringLiteral("site.key")},
        {QStringLiteral("validate_command"), QStringLiteral("caddy validate --config /etc/caddy/Caddyfile")},
        {QStringLiteral("reload_command"),
         QStringLiteral("caddy reload --config /etc/caddy/Caddyfile --force")},
    };
}

/// localhost, 127.0.0.0/8 or ::1: where plain http does not carry the key across a network.
bool isLoopback(const QString &host)
{
    static const QRegularExpression ipv4Loopback(
        QStringLiteral("^127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    if (host == QLatin1String("localhost") || host == QLatin1String("::1"))
        return true;
    const QRegularExpressionMatch match = ipv4Loopback.match(host);
    if (!match.hasMatch())
        return false;
    for (int group = 1; group <= 3; ++group) {
        if (match.captured(group).toInt() > 255)
            return false;
    }
    return true;
}

/// admin_api checked and split into the URL the requests use and the grant's host:port.
Result<caddy::ApiSettings> readApiSettings(const SettingsReader &reader, const QString &targetName)
{
    caddy::ApiSettings settings;
    const QString text = reader.text(AdminApiKey);
    const QString example = tr("give Caddy's admin address such as http://localhost:2019.");
    if (text.isEmpty())
        return SettingsReader::fieldError(AdminApiKey,
                                          tr("the admin API address is required; %1").arg(example));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return SettingsReader::fieldError(AdminApiKey,
                                          tr("%1 is not an http or https URL; %2").arg(text, example));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return SettingsReader::fieldError(
            AdminApiKey,
            tr("%1 must be the bare admin address, without a path, user or query; %2").arg(text, example));
    const QString host = url.host().toLower();
    if (scheme == QLatin1String("http") && !isLoopback(host))
        return SettingsReader::fieldError(
            AdminApiKey,
            tr("%1 would send the private key over the network unencrypted; use https, or an admin "
               "address on this machine (localhost, 127.0.0.1 or ::1).")
                .arg(text));
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    settings.adminHostPort = dialScope(host, quint16(port));
    settings.adminUrl = scheme + QStringLiteral("://") + settings.adminHostPort;

    settings.tag = reader.text(TagKey);
    static const QRegularExpression tagPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
    if (!settings.tag.isEmpty() && !tagPattern.match(settings.tag).hasMatch())
        return SettingsReader::fieldError(
            TagKey,
            tr("%1 may hold only letters, digits and . _ : - (at most 100); for example certdesk:shop.")
                .arg(settings.tag));
    if (settings.tag.isEmpty() && !targetName.isEmpty())
        settings.tag = QStringLiteral("certdesk:") + targetName;

    Result<std::optional<Endpoint>> endpoint = reader.endpoint();
    if (!endpoint)
        return endpoint.error();
    settings.endpoint = endpoint.value();
    return settings;
}

Result<std::unique_ptr<Connector>> createFileConnector(const SettingsReader &reader)
{
    Result<QString> folder = reader.path(CertDirKey, true);
    if (!folder)
        return folder.error();
    Result<QString> certificateFile = reader.fileName(CertFileKey, true);
    if (!certificateFile)
        return certificateFile.error();
    Result<QString> keyFile = reader.fileName(KeyFileKey, true);
    if (!keyFile)
        return keyFile.error();
    PemFileLayout layout;
    // Caddy reads the chain from the certificate file (load_files, or tls in a Caddyfile).
    layout.certificatePath = folder.value() + u'/' + certificateFile.value();
    layout.keyPath = folder.value() + u'/' + keyFile.value();
    return makeFileConnector(QStringLiteral("caddy"), reader, std::move(layout), true);
}

Result<std::unique_ptr<Connector>> create(const TargetSettings &settings)
{
    const SettingsReader reader(settings, defaults(settings.values));
    Result<QString> mode = reader.choice(ModeKey, {ApiMode, FileMode});
    if (!mode)
        return mode.error();
    if (mode.value() == FileMode)
        return createFileConnector(reader);
    Result<caddy::ApiSettings> api = readApiSettings(reader, settings.targetName);
    if (!api)
        return api.error();
    return std::unique_ptr<Connector>(std::make_unique<caddy::ApiConnector>(std::move(api).value()));
}

} // namespace

TargetType caddyTargetType()
{
    const QJsonObject initial = defaults({});
    FieldSpec mode =
        fileTargetField(ModeKey, tr("Mode"), FieldSpec::Kind::Choice, initial,
                        tr("api loads the certificate into the running Caddy through its admin API, "
                           "without a restart; file writes files for Caddy to load on reload."),
                        true);
    mode.choices = QStringList{ApiMode, FileMode};

    TargetType type;
    type.name = QStringLiteral("caddy");
    type.displayName = QStringLiteral("Caddy");
    type.description =
        tr("Loads the certificate into a running Caddy through its admin API without a restart, "
           "or writes certificate and key files and reloads Caddy.");
    type.fields = {
        mode,
        fileTargetField(
            AdminApiKey, tr("Admin API"), FieldSpec::Kind::Text, initial,
            tr("API mode: Caddy's admin address. It has no authentication by default and receives "
               "the private key: keep it on localhost and never expose it to a network.")),
        fileTargetField(
            TagKey, tr("Tag"), FieldSpec::Kind::Text, initial,
            tr("API mode: marks CertDesk's certificate in Caddy's configuration (tags and @id), for "
               "certificate_selection; empty: certdesk:<target name>.")),
        fileTargetField(CertDirKey, tr("Certificate folder"), FieldSpec::Kind::Folder, initial,
                        tr("File mode: the folder Caddy loads the certificate and key files from.")),
        fileTargetField(CertFileKey, tr("Certificate file name"), FieldSpec::Kind::Text, initial,
                        tr("File mode: the certificate followed by its chain (0644).")),
        fileTargetField(
            KeyFileKey, tr("Key file name"), FieldSpec::Kind::Text, initial,
            tr("File mode: the private key, readable by its owner only (0600): Caddy must run as the "
               "user CertDesk writes as (Debian's service runs as user caddy).")),
        fileTargetField(
            QStringLiteral("validate_command"), tr("Configuration check"), FieldSpec::Kind::Command, initial,
            tr("File mode: run after the files are written; when it fails, the previous files are put "
               "back. Empty: no check.")),
        fileTargetField(QStringLiteral("reload_command"), tr("Reload command"), FieldSpec::Kind::Command,
                        initial,
                        tr("File mode: makes Caddy load the new files (--force: Caddy skips a reload of an "
                           "unchanged configuration otherwise); run without a shell.")),
    };
    type.fields += endpointFields();
    type.defaults = &defaults;
    type.create = &create;
    return type;
}

} // namespace certdesk::target
