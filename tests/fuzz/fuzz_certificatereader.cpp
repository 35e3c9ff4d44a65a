// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the discovery reader: readCertificates() in both strictness modes and
// summarise() on every certificate it returns and on the raw input. Besides crashes and sanitizer
// reports it checks the reader's promises: each certificate is hashed correctly, summarise()
// reads every certificate the reader returns, and no certificate comes twice.
#include "connectors/discovery/certificatereader.h"

#include <QCryptographicHash>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_certificatereader: broken promise: %s\n", what);
        std::abort();
    }
}

void check(const certdesk::discovery::ReadOutcome &outcome)
{
    QSet<QString> seen;
    for (const auto &blob : outcome.certificates) {
        require(blob.sha256 == QString::fromLatin1(
                                   QCryptographicHash::hash(blob.der, QCryptographicHash::Sha256).toHex()),
                "sha256 is the SHA-256 of der");
        require(!seen.contains(blob.sha256), "a certificate comes once per input");
        seen.insert(blob.sha256);
        const auto summary = certdesk::discovery::summarise(blob.der);
        require(summary.ok(), "summarise() reads what readCertificates() returns");
        require(summary->sha256 == blob.sha256, "summarise() hashes the same");
    }
    require(!outcome.needsPassword || outcome.certificates.isEmpty(), "a PKCS#12 is only flagged");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, so that reads past the end are caught by AddressSanitizer at the fuzzer's buffer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check(certdesk::discovery::readCertificates(bytes, certdesk::discovery::ReadStrictness::Expected));
    const auto sniffed =
        certdesk::discovery::readCertificates(bytes, certdesk::discovery::ReadStrictness::Sniffed);
    check(sniffed);
    require(!sniffed.certificates.isEmpty() || sniffed.needsPassword || sniffed.problem.isEmpty(),
            "sniffed input without certificates gives no problem");
    const auto direct = certdesk::discovery::summarise(bytes);
    if (direct.ok())
        require(direct->der == bytes, "summarise() keeps the DER");
    return 0;
}
