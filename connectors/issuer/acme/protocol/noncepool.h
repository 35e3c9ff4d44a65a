// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include <QByteArray>

#include <deque>
#include <mutex>
#include <optional>

namespace certdesk::issuer::acme {

/// Replay nonces (RFC 8555 section 6.5) collected from responses, for the next requests: each is
/// used once. Safe for concurrent use. Holds a bounded number: the newest are kept, since a CA may
/// expire old ones.
class NoncePool final
{
public:
    /// A nonce to use, the newest first; nullopt when none is left (ask newNonce).
    std::optional<QByteArray> take();
    /// Keeps the Replay-Nonce of a response; a value that is not base64url is ignored.
    void add(const QByteArray &nonce);
    void clear();

private:
    static constexpr std::size_t MaxNonces = 64;
    std::mutex m_mutex;
    std::deque<QByteArray> m_nonces;
};

} // namespace certdesk::issuer::acme
