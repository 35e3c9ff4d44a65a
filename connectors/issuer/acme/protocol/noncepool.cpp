// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/noncepool.h"

#include "connectors/issuer/acme/protocol/base64url.h"

namespace certdesk::issuer::acme {

std::optional<QByteArray> NoncePool::take()
{
    std::lock_guard guard(m_mutex);
    if (m_nonces.empty())
        return std::nullopt;
    QByteArray nonce = std::move(m_nonces.back());
    m_nonces.pop_back();
    return nonce;
}

void NoncePool::add(const QByteArray &nonce)
{
    const QByteArray trimmed = nonce.trimmed();
    // RFC 8555 section 6.5.1: a nonce is base64url without padding.
    if (trimmed.isEmpty() || trimmed.contains('=') || !decodeBase64Url(trimmed))
        return;
    std::lock_guard guard(m_mutex);
    m_nonces.push_back(trimmed);
    if (m_nonces.size() > MaxNonces)
        m_nonces.pop_front();
}

void NoncePool::clear()
{
    std::lock_guard guard(m_mutex);
    m_nonces.clear();
}

} // namespace certdesk::issuer::acme
