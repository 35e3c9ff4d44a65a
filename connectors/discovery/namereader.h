// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// X.509 Names read from their DER the way connectors/pki prints and compares them, without
// OpenSSL's decoder for the common string types. Private to connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QByteArray>
#include <QString>

namespace certdesk::discovery {

/// What summarise() shows of a Name, and a form for telling whether two names are the same.
struct NameSummary
{
    QString text;         ///< as pki::nameToString prints it
    QString commonName;   ///< as pki::lastCommonName gives it
    QByteArray canonical; ///< equal for two names exactly when X509_NAME_cmp calls them equal
};

/// How far readName() got.
enum class NameRead {
    Read,         ///< `out` is filled
    NeedsOpenSsl, ///< well formed, but holds a value type (or text) left to OpenSSL to judge
    Malformed,    ///< not a Name; OpenSSL would not decode it either
};

/// Reads a Name whose values are all UTF8String (valid UTF-8), PrintableString, T61String,
/// IA5String or NumericString: every other value type, an empty RDN and invalid UTF-8 give
/// NeedsOpenSsl, so that the caller asks OpenSSL's decoder. With a null `out` it only checks.
NameRead readName(const DerElement &name, NameSummary *out);

/// True when readName() reads the Name, or OpenSSL's d2i_X509_NAME decodes it.
bool isReadableName(const DerElement &name);

} // namespace certdesk::discovery
