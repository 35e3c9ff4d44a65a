// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenSSL objects inside the pki library's opaque public types (KeyPair, CertificationRequest),
// for the library's own code. Private to connectors/pki.

#include "connectors/pki/csr.h"
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/opensslhandles.h"

namespace certdesk::pki {

/// What a KeyPair holds: the key, never modified after it was made.
struct KeyPair::Impl
{
    EvpPkeyPtr key;
};

/// Wraps keys into KeyPairs and reaches the key inside one.
struct KeyPairAccess
{
    /// The key; nullptr for a null KeyPair. Only for reading (signing, encoding).
    static EVP_PKEY *handle(const KeyPair &pair) { return pair.m_impl ? pair.m_impl->key.get() : nullptr; }
    /// A KeyPair that owns `key`; a null KeyPair when `key` is null.
    static KeyPair wrap(EvpPkeyPtr key)
    {
        if (!key)
            return KeyPair();
        auto impl = std::make_shared<KeyPair::Impl>();
        impl->key = std::move(key);
        return KeyPair(std::move(impl));
    }
};

/// What a CertificationRequest holds, never modified after it was made.
struct CertificationRequest::Impl
{
    X509ReqPtr request;
    /// The key that signed a request made here (createRequest), to check its signature with: such a
    /// request's public key is set from its encoding and not decoded again. Null for a decoded request,
    /// whose key was decoded with it.
    EvpPkeyPtr signingKey;
    QByteArray der;
};

/// Reaches the request inside a CertificationRequest.
struct CertificationRequestAccess
{
    /// The request; nullptr for a null CertificationRequest. Only for reading.
    static X509_REQ *handle(const CertificationRequest &csr)
    {
        return csr.m_impl ? csr.m_impl->request.get() : nullptr;
    }
};

} // namespace certdesk::pki
