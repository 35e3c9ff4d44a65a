// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include <memory>

struct ssl_ctx_st;

namespace certdesk::discovery {

/// The OpenSSL client context one scan shares between its threads: certificate verification off,
/// every protocol version and cipher with a certificate that OpenSSL still has (security level 0,
/// since discovery must also reach old servers), no session cache or tickets.
class TlsClientContext
{
public:
    TlsClientContext();

    /// Null when OpenSSL could not make the context.
    ssl_ctx_st *get() const { return m_context.get(); }

private:
    struct Free
    {
        void operator()(ssl_ctx_st *context) const;
    };
    std::unique_ptr<ssl_ctx_st, Free> m_context;
};

} // namespace certdesk::discovery
