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
    /// Every RDN single-valued and no control character in any value: then two names whose texts
    /// differ after looseText() are different names, and `canonical` need not be built.
    bool plain = false;
};

/// The text with ASCII lowercased and spaces and double quotes removed: names that X509_NAME_cmp
/// calls equal have equal loose texts when both are NameSummary::plain.
QString looseText(const QString &text);

/// How far readName() got.
enum class NameRead {
    Read,         ///< `out` is filled
    NeedsOpenSsl, ///< well formed, but holds a value type (or text) left to OpenSSL to judge
    Malformed,    ///< not a Name; OpenSSL would not decode it either
};

/// Reads a Name whose values are all UTF8String (valid UTF-8), PrintableString, T61String,
/// IA5String or NumericString: every other value type, an empty RDN and invalid UTF-8 give
/// NeedsOpenSsl, so that the caller asks OpenSSL's decoder. With a null `out` it only checks;
/// without `withCanonical`, `out->canonical` stays empty (it is the costly part).
NameRead readName(const DerElement &name, NameSummary *out, bool withCanonical = true);

/// True when readName() reads the Name, or OpenSSL's d2i_X509_NAME decodes it.
bool isReadableName(const DerElement &name);

} // namespace certdesk::discovery
