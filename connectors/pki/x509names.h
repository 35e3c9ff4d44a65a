// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Subject names and subjectAltName entries, built from CertDesk's text forms and printed back.
// Shared by the certificate builder, the CSR code and the certificate parser. Private to
// connectors/pki.

#include "connectors/pki/opensslhandles.h"
#include "models/domain/result.h"

#include <QString>
#include <QStringList>

namespace certdesk::pki {

/// Builds an X509_NAME from "/C=DE/O=Org/CN=name" (the form of CertificateRequest::subject).
/// "\/", "\+" and "\\" escape; an unescaped '+' joins an attribute to the RDN before it
/// (multi-valued RDN), as `openssl req -subj` does. An empty string is an empty name.
Result<X509NamePtr> parseSubject(const QString &subject);

/// An IA5String holding `value`, which must be non-empty printable ASCII; `what` names the value
/// in the error ("DNS name", "OCSP URL", ...).
Result<Ia5StringPtr> ia5String(const QString &value, const QString &what);

/// One GENERAL_NAME of type `type` (GEN_DNS, GEN_EMAIL, GEN_URI) holding `value` (see ia5String).
Result<GeneralNamePtr> ia5GeneralName(int type, const QString &value, const QString &what);

/// One GENERAL_NAME from a tagged subjectAltName ("DNS:a.example", "IP:10.0.0.1", "email:a@b",
/// "URI:https://x"); the Error names the entry that is not valid.
Result<GeneralNamePtr> subjectAltNameEntry(const QString &tagged);

/// The GENERAL_NAMES of a subjectAltName extension from tagged entries (see subjectAltNameEntry).
Result<GeneralNamesPtr> subjectAltNames(const QStringList &tagged);

/// The tagged form ("DNS:...", "IP:...", "email:...", "URI:...") of the DNS, IP, e-mail and URI
/// entries of `names`, in their order; other kinds of name are skipped.
QStringList taggedSubjectAltNames(const GENERAL_NAMES *names);

/// A name in stored order on one line ("C=DE, O=Org, CN=Jürgen"): XN_FLAG_ONELINE without the
/// spaces around '=' and with UTF-8 kept readable; values that need RFC 2253 escaping are quoted.
QString nameToString(const X509_NAME *name);

/// The value of the last (most specific) commonName of a name; empty when it has none.
QString lastCommonName(const X509_NAME *name);

/// IPv4 dotted quad, IPv6 in RFC 5952 form ("2001:db8::1", "::ffff:192.0.2.1"); other lengths as hex.
QString formatIpAddress(const ASN1_OCTET_STRING *ip);

} // namespace certdesk::pki
