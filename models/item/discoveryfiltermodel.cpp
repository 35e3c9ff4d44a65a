// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/discoveryfiltermodel.h"

#include "models/item/discoverytablemodel.h"
#include "models/item/roles.h"

namespace certdesk::item {

DiscoveryFilterModel::DiscoveryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

const DiscoveryTableModel *DiscoveryFilterModel::table() const
{
    return qobject_cast<const DiscoveryTableModel *>(sourceModel());
}

void DiscoveryFilterModel::setStatus(std::optional<domain::TriageStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void DiscoveryFilterModel::setSources(int sources)
{
    m_sources = sources;
    invalidateFilter();
}

void DiscoveryFilterModel::setIssuer(const QString &issuer)
{
    m_issuer = issuer;
    invalidateFilter();
}

void DiscoveryFilterModel::setExpiry(Expiry expiry)
{
    m_expiry = expiry;
    invalidateFilter();
}

void DiscoveryFilterModel::setWeakOnly(bool weakOnly)
{
    m_weakOnly = weakOnly;
    invalidateFilter();
}

void DiscoveryFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

namespace {

bool inExpiryWindow(const QDateTime &notAfter, const QDateTime &now, DiscoveryFilterModel::Expiry expiry)
{
    using Expiry = DiscoveryFilterModel::Expiry;
    if (expiry == Expiry::Any)
        return true;
    if (!notAfter.isValid())
        return false;
    const qint64 seconds = now.secsTo(notAfter);
    constexpr qint64 day = 86400;
    switch (expiry) {
    case Expiry::Expired:
        return seconds < 0;
    case Expiry::Within7Days:
        return seconds >= 0 && seconds <= 7 * day;
    case Expiry::Within30Days:
        return seconds >= 0 && seconds <= 30 * day;
    case Expiry::Within90Days:
        return seconds >= 0 && seconds <= 90 * day;
    case Expiry::Later:
        return seconds > 90 * day;
    case Expiry::Any:
        break;
    }
    return true;
}

} // namespace

bool DiscoveryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = table();
    if (!model)
        return true;
    const auto &d = model->certificateAt(sourceRow);
    const auto &c = d.certificate;
    if (m_status && d.status != *m_status)
        return false;
    if (m_sources && !(d.sources & m_sources))
        return false;
    if (!m_issuer.isEmpty() && c.issuer != m_issuer)
        return false;
    if (!inExpiryWindow(c.notAfter, model->now(), m_expiry))
        return false;
    if (m_weakOnly && !d.isWeakOrExpired(model->now()))
        return false;
    if (m_search.isEmpty())
        return true;
    const auto contains = [this](const QString &field) {
        return field.contains(m_search, Qt::CaseInsensitive);
    };
    QString compactSearch = m_search;
    compactSearch.remove(u':');
    return contains(c.commonName) || contains(c.subject) || contains(c.issuer) || contains(c.serialHex) ||
           c.sha256.contains(compactSearch, Qt::CaseInsensitive);
}

} // namespace certdesk::item
