// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/profile.h"
#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// Certificate profiles (table `certificate_profiles`), stored as JSON.
class ProfileRepository final
{
public:
    explicit ProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Inserts or replaces the profile with this name.
    Status save(const domain::CertificateProfile &profile);
    /// The named profile; "default" is built in and exists even when never saved. ErrorCode::NotFound
    /// for any other unknown name.
    Result<domain::CertificateProfile> find(const QString &name);
    Result<QList<domain::CertificateProfile>> list();

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
