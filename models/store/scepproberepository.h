// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/domain/scepprobe.h"

#include <QList>
#include <QSqlDatabase>

namespace certdesk::store {

/// The history of SCEP server probes (table `scep_probes`).
class ScepProbeRepository final
{
public:
    explicit ScepProbeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Stores a probe (successful or not) and returns its id.
    Result<qint64> insert(const domain::ScepProbeRecord &probe);
    /// The newest probes first, at most `limit`.
    Result<QList<domain::ScepProbeRecord>> recent(int limit);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
