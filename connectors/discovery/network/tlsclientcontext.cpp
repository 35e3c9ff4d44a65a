// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/tlsclientcontext.h"

#include <openssl/ssl.h>

namespace certdesk::discovery {

void TlsClientContext::Free::operator()(ssl_ctx_st *context) const
{
    SSL_CTX_free(context);
}

TlsClientContext::TlsClientContext() : m_context(SSL_CTX_new(TLS_client_method()))
{
    SSL_CTX *context = m_context.get();
    if (!context)
        return;
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    // with VERIFY_NONE OpenSSL still builds and checks the chain, then ignores the result: skip it
    SSL_CTX_set_cert_verify_callback(
        context, [](X509_STORE_CTX *, void *) { return 1; }, nullptr);
    SSL_CTX_set_security_level(context, 0);
    SSL_CTX_set_min_proto_version(context, 0);
    SSL_CTX_set_cipher_list(context, "ALL:!aNULL:!eNULL:@SECLEVEL=0");
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(context,
                        SSL_OP_NO_TICKET | SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_IGNORE_UNEXPECTED_EOF);
}

} // namespace certdesk::discovery
