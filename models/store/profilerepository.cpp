// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/profilerepository.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store {

namespace {
QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the certificate profiles");
}
} // namespace

Status ProfileRepository::save(const domain::CertificateProfile &profile)
{
    const auto now = toDbTime(QDateTime::currentDateTimeUtc());
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO certificate_profiles (name, config_json, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                     "config_json = excluded.config_json, updated_at = excluded.updated_at"),
                      {profile.name, QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)),
                       now, now},
                      what());
    if (!q)
        return q.error();
    return {};
}

Result<domain::CertificateProfile> ProfileRepository::find(const QString &name)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT config_json FROM certificate_profiles WHERE name = ?"), {name},
                      what());
    if (!q)
        return q.error();
    if (!q.value().next()) {
        if (name == QLatin1String("default"))
            return domain::CertificateProfile{};
        return Error{QCoreApplication::translate("certdesk", "There is no certificate profile named %1.").arg(name),
                     {},
                     ErrorCode::NotFound};
    }
    return domain::CertificateProfile::fromJson(name, QJsonDocument::fromJson(q.value().value(0).toByteArray()).object());
}

Result<QList<domain::CertificateProfile>> ProfileRepository::list()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT name, config_json FROM certificate_profiles ORDER BY name"), {},
                      what());
    if (!q)
        return q.error();
    QList<domain::CertificateProfile> out;
    bool hasDefault = false;
    while (q.value().next()) {
        auto p = domain::CertificateProfile::fromJson(q.value().value(0).toString(),
                                                      QJsonDocument::fromJson(q.value().value(1).toByteArray()).object());
        if (!p)
            return p.error();
        hasDefault = hasDefault || p->name == QLatin1String("default");
        out << *p;
    }
    if (!hasDefault)
        out.prepend(domain::CertificateProfile{});
    return out;
}

} // namespace certdesk::store
