// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PKCS#7 and PKCS#12 containers recognised by their structure, without OpenSSL. Private to
// connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QList>

namespace certdesk::discovery {

/// What a look at bytes as PKCS#7 gave.
enum class Pkcs7Read {
    NotPkcs7,  ///< no SignedData ContentInfo at all
    Read,      ///< a SignedData whose certificates (possibly none) were collected
    Malformed, ///< a SignedData ContentInfo that is cut short or broken
};

/// Collects the certificate elements of a PKCS#7 ContentInfo of type signedData or
/// signedAndEnveloped that spans all `size` bytes (BER indefinite lengths allowed, as some tools
/// write them): the SEQUENCE entries of its `certificates [0]` set, in order. Attribute and other
/// certificate choices are skipped. The elements point into `data`.
Pkcs7Read readPkcs7Certificates(const std::uint8_t *data, std::size_t size, QList<DerElement> &certificates);

/// True when the bytes start like a PKCS#12 PFX: SEQUENCE { INTEGER 3, ContentInfo of type data or
/// signedData, ... } (BER indefinite lengths allowed).
bool looksLikePkcs12(const std::uint8_t *data, std::size_t size);

} // namespace certdesk::discovery
