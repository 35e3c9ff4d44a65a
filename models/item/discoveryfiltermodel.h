// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/discovery.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace certdesk::item {

class DiscoveryTableModel;

/// The triage filters over a DiscoveryTableModel: status, source, issuer, expiry window, weak
/// crypto and free text (common name, subject, issuer, fingerprint, serial). Sorts on RawValueRole.
class DiscoveryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryFilterModel)

public:
    /// The expiry windows the filter offers.
    enum class Expiry { Any, Expired, Within7Days, Within30Days, Within90Days, Later };

    explicit DiscoveryFilterModel(QObject *parent = nullptr);

    void setStatus(std::optional<domain::TriageStatus> status);
    void setSources(int sources);          ///< DiscoverySource flags; 0 = any
    void setIssuer(const QString &issuer); ///< exact issuer DN; empty = any
    void setExpiry(Expiry expiry);
    void setWeakOnly(bool weakOnly);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const DiscoveryTableModel *table() const;

    std::optional<domain::TriageStatus> m_status;
    int m_sources = 0;
    QString m_issuer;
    Expiry m_expiry = Expiry::Any;
    bool m_weakOnly = false;
    QString m_search;
};

} // namespace certdesk::item
