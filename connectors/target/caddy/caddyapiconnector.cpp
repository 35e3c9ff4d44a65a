// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/caddy/caddyapiconnector.h"

#include "connectors/target/caddy/caddyadminapi.h"
#include "connectors/target/caddy/caddytr.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/tlsprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace certdesk::target::caddy {
namespace {

/// Where Caddy keeps certificates loaded from PEM text: apps.tls.certificates.load_pem.
const QStringList LoadPemPath = {QStringLiteral("apps"), QStringLiteral("tls"),
                                 QStringLiteral("certificates"), QStringLiteral("load_pem")};
const QLatin1String IdField("@id");
const QLatin1String TagsField("tags");
const QLatin1String CertificateField("certificate");
const QLatin1String KeyField("key");
constexpr std::chrono::milliseconds HandshakeTimeout{5000};
constexpr std::chrono::milliseconds ServedTimeout{3000};

/// What CertDesk finds of its own in Caddy's configuration.
struct Placement
{
    int depth = 0;         ///< how many keys of LoadPemPath exist
    QJsonArray entries;    ///< load_pem, when depth == LoadPemPath.size()
    int own = -1;          ///< CertDesk's entry: the one with its @id, else the first with its tag
    QList<int> duplicates; ///< other entries with CertDesk's @id or tag, in ascending order
};

bool isOwn(const QJsonObject &entry, const QString &id, const QString &tag)
{
    if (id.isEmpty())
        return false;
    return entry.value(IdField).toString() == id ||
           entry.value(TagsField).toArray().contains(QJsonValue(tag));
}

Result<Placement> locate(const QJsonValue &config, const QString &id, const QString &tag)
{
    Placement place;
    QJsonValue current = config;
    for (const QString &key : LoadPemPath) {
        if (!current.isObject() || current.toObject().value(key).isNull() ||
            current.toObject().value(key).isUndefined())
            return place;
        current = current.toObject().value(key);
        ++place.depth;
    }
    if (!current.isArray())
        return Error{tr("Caddy's apps.tls.certificates.load_pem is not a list; fix Caddy's configuration.")};
    place.entries = current.toArray();
    QList<int> ours;
    for (int i = 0; i < place.entries.size(); ++i) {
        const QJsonObject entry = place.entries.at(i).toObject();
        if (isOwn(entry, id, tag)) {
            ours.append(i);
            if (place.own < 0 && entry.value(IdField).toString() == id)
                place.own = i;
        }
    }
    if (place.own < 0 && !ours.isEmpty())
        place.own = ours.first();
    ours.removeOne(place.own);
    place.duplicates = ours;
    return place;
}

/// The JSON of CertDesk's load_pem entry, inside the objects named by `wrapKeys` and a list when
/// `inList`: e.g. {"certificates":{"load_pem":[ENTRY]}}. Built in one reserved buffer, wiped after
/// use, because it holds the key.
pki::SecureBytes entryBody(const QString &id, const QString &tag, const QByteArray &certificatePem,
                           const pki::SecureBytes &key, const QStringList &wrapKeys, bool inList)
{
    QByteArray out;
    out.reserve(6 * (certificatePem.size() + key.size() + id.size() + tag.size()) +
                64 * (wrapKeys.size() + 4));
    for (const QString &wrapKey : wrapKeys) {
        out.append('{');
        appendJsonString(out, wrapKey.toUtf8());
        out.append(':');
    }
    if (inList)
        out.append('[');
    out.append("{\"@id\":");
    appendJsonString(out, id.toUtf8());
    out.append(",\"certificate\":");
    appendJsonString(out, certificatePem);
    out.append(",\"key\":");
    appendJsonString(out, key.bytes());
    out.append(",\"tags\":[");
    appendJsonString(out, tag.toUtf8());
    out.append("]}");
    if (inList)
        out.append(']');
    out.append(QByteArray(wrapKeys.size(), '}'));
    return pki::SecureBytes(std::move(out));
}

QString configPath(const QStringList &keys)
{
    return QStringLiteral("/config/") + keys.join(u'/');
}

/// The path of load_pem entry `index`.
QString entryPath(int index)
{
    return configPath(LoadPemPath) + u'/' + QString::number(index);
}

/// What one deployment puts into Caddy: CertDesk's load_pem entry.
struct Entry
{
    QString id;
    QString tag;
    QByteArray certificatePem; ///< the certificate followed by its chain
    const pki::SecureBytes &key;

    /// The entry's JSON, inside the objects named by `wrapKeys` and a list when `inList`.
    pki::SecureBytes body(const QStringList &wrapKeys = {}, bool inList = false) const
    {
        return entryBody(id, tag, certificatePem, key, wrapKeys, inList);
    }

    /// True when `loaded` holds exactly this certificate, key, @id and tag.
    bool isIn(const QJsonObject &loaded) const
    {
        if (loaded.value(IdField).toString() != id ||
            !loaded.value(TagsField).toArray().contains(QJsonValue(tag)) ||
            loaded.value(CertificateField).toString().toUtf8() != certificatePem)
            return false;
        const pki::SecureBytes loadedKey(loaded.value(KeyField).toString().toUtf8());
        return loadedKey.bytes() == key.bytes();
    }
};

/// Puts `entry` into load_pem: removes CertDesk's duplicate entries, then replaces its own entry
/// in place, or appends one (creating apps.tls.certificates.load_pem as far as it is missing).
Status writeEntry(const AdminApi &api, const Placement &place, const Entry &entry, QStringList &log)
{
    // Later entries first, so the indexes of the earlier ones stay valid.
    for (auto it = place.duplicates.crbegin(); it != place.duplicates.crend(); ++it) {
        const QString path = entryPath(*it);
        if (Status removed = api.change("DELETE", path, {}); !removed)
            return removed;
        log.append(tr("Removed a second CertDesk entry (%1) from Caddy's configuration.").arg(path));
    }
    if (place.own >= 0) {
        const bool byId = place.entries.at(place.own).toObject().value(IdField).toString() == entry.id;
        const int shift = int(std::count_if(place.duplicates.cbegin(), place.duplicates.cend(),
                                            [&place](int index) { return index < place.own; }));
        const QString path = byId ? QString(QStringLiteral("/id/") + entry.id) : entryPath(place.own - shift);
        if (Status replaced = api.change("PATCH", path, entry.body()); !replaced)
            return replaced;
        log.append(
            tr("Replaced CertDesk's certificate (@id %1, tag %2) in Caddy's load_pem list; Caddy loaded "
               "it without a restart.")
                .arg(entry.id, entry.tag));
        return {};
    }
    const bool listExists = place.depth == LoadPemPath.size();
    const QString path =
        configPath(LoadPemPath.mid(0, std::min<qsizetype>(place.depth + 1, LoadPemPath.size())));
    const QStringList wrapKeys = listExists ? QStringList() : LoadPemPath.mid(place.depth + 1);
    if (Status added = api.change(listExists ? "POST" : "PUT", path, entry.body(wrapKeys, !listExists));
        !added)
        return added;
    log.append(tr("Added CertDesk's certificate (@id %1, tag %2) to Caddy's load_pem list; Caddy loaded it "
                  "without a restart.")
                   .arg(entry.id, entry.tag));
    return {};
}

/// Undoes writeEntry's replacement or addition (not the removal of duplicates): the previous
/// entry back under @id `id`, or CertDesk's entry removed when there was none.
Status restoreEntry(const AdminApi &api, const Placement &place, const QString &id)
{
    const QString path = QStringLiteral("/id/") + id;
    if (place.own < 0)
        return api.change("DELETE", path, {});
    return api.change(
        "PATCH", path,
        pki::SecureBytes(
            QJsonDocument(place.entries.at(place.own).toObject()).toJson(QJsonDocument::Compact)));
}

} // namespace

ApiConnector::ApiConnector(ApiSettings settings) : m_settings(std::move(settings)) {}

QString ApiConnector::name() const
{
    return QStringLiteral("caddy");
}

Grant ApiConnector::capabilities() const
{
    Grant grant{Capability{CapabilityKind::NetDial, m_settings.adminHostPort}};
    if (m_settings.endpoint) {
        const Capability endpoint{CapabilityKind::NetDial, endpointScope(*m_settings.endpoint)};
        if (!grant.contains(endpoint))
            grant.append(endpoint);
    }
    return grant;
}

QString ApiConnector::tagFor(const QString &commonName) const
{
    if (!m_settings.tag.isEmpty())
        return m_settings.tag;
    return QStringLiteral("certdesk:") + (commonName.isEmpty() ? QStringLiteral("certificate") : commonName);
}

QString ApiConnector::idForTag(const QString &tag)
{
    QString id = tag;
    for (QChar &c : id) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'.' || c == u'_' || c == u'-';
        if (!safe)
            c = u'-';
    }
    return id;
}

Result<DeployOutcome> ApiConnector::deploy(Sandbox &sandbox, const Deployment &deployment,
                                           const CancelCheck &cancelled)
{
    if (Status complete = checkDeployment(deployment); !complete)
        return complete.error();
    const QString tag = tagFor(deployment.commonName);
    const Entry entry{idForTag(tag), tag, deployment.fullChainPem(), deployment.privateKeyPem};
    const AdminApi api(sandbox, m_settings.adminUrl, &deployment.privateKeyPem);
    QStringList log;

    const Result<QJsonValue> config = api.get(QStringLiteral("/config/"));
    if (!config)
        return config.error();
    const Result<Placement> found = locate(*config, entry.id, entry.tag);
    if (!found)
        return found.error();
    const Placement &place = *found;
    log.append(tr("Read the configuration of Caddy at %1.").arg(m_settings.adminUrl));

    if (place.own >= 0 && place.duplicates.isEmpty() && entry.isIn(place.entries.at(place.own).toObject())) {
        log.append(
            tr("Caddy already holds this certificate and key (@id %1); nothing was sent.").arg(entry.id));
        return DeployOutcome{false, log.join(u'\n')};
    }
    if (cancelled && cancelled())
        return Error{
            tr("The deployment was cancelled before anything was changed."), {}, ErrorCode::Cancelled};

    if (Status written = writeEntry(api, place, entry, log); !written)
        return written.error();
    const Result<QJsonValue> loaded =
        api.get(QStringLiteral("/id/") + entry.id + QStringLiteral("/certificate"));
    if (!loaded)
        return loaded.error();
    if (loaded->toString().toUtf8() != entry.certificatePem)
        return Error{tr("Caddy accepted the change, but its configuration does not hold the new certificate "
                        "under @id %1; another client may have changed it at the same time. Deploy again.")
                         .arg(entry.id)};
    log.append(tr("Caddy's configuration holds the new certificate."));

    if (m_settings.endpoint) {
        const QString where = endpointScope(*m_settings.endpoint);
        // Caddy applies a configuration before its admin API answers, so the endpoint presents the
        // new certificate at once; a few tries cover a busy machine.
        const Status served =
            waitUntilPresented(sandbox, *m_settings.endpoint, deployment.sha256, ServedTimeout);
        if (!served) {
            const Status restored = restoreEntry(api, place, entry.id);
            log.append(served.error().fullText());
            log.append(restored ? tr("Put CertDesk's previous entry in Caddy's configuration back.")
                                : tr("Could not put CertDesk's previous entry back: %1")
                                      .arg(restored.error().fullText()));
            return Error{
                tr("Caddy loaded the new certificate, but %1 does not present it (check which "
                   "certificate its tls_connection_policies select), so CertDesk's previous entry was "
                   "put back.")
                    .arg(where),
                log.join(u'\n')};
        }
        log.append(tr("%1 presents the new certificate.").arg(where));
    }
    return DeployOutcome{true, log.join(u'\n')};
}

ValidationReport ApiConnector::validate(Sandbox &sandbox)
{
    ValidationReport report;
    const AdminApi api(sandbox, m_settings.adminUrl);
    const Result<QJsonValue> config = api.get(QStringLiteral("/config/"));
    ValidationStep step{config.ok(), tr("Caddy admin API %1").arg(m_settings.adminUrl), {}};
    if (!config) {
        step.detail = config.error().fullText();
    } else {
        const Result<Placement> found = locate(*config, {}, {}); // the list alone
        step.ok = found.ok();
        step.detail =
            found ? tr("Caddy answered with its configuration. Certificates in its load_pem list: %1.")
                        .arg(found->entries.size())
                  : found.error().fullText();
    }
    report.steps.append(step);
    if (m_settings.endpoint) {
        // Before the first deployment Caddy may hold no certificate for the name: the endpoint
        // passes when it accepts connections, and the handshake only informs.
        const Endpoint &endpoint = *m_settings.endpoint;
        const Result<SocketHandle> connected = sandbox.dial(endpoint.host, endpoint.port, HandshakeTimeout);
        ValidationStep reached{connected.ok(), tr("TLS endpoint %1").arg(endpointScope(endpoint)),
                               connected ? QString() : connected.error().fullText()};
        if (connected) {
            const Result<QString> presented = presentedCertificateSha256(sandbox, endpoint, HandshakeTimeout);
            reached.detail = presented
                                 ? tr("It presents the certificate with SHA-256 %1.").arg(presented.value())
                                 : tr("It accepts connections but presents no certificate yet (%1); the "
                                      "first deployment loads one.")
                                       .arg(presented.error().fullText());
        }
        report.steps.append(reached);
    }
    return report;
}

} // namespace certdesk::target::caddy
