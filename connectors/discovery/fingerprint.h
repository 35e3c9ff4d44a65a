// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SHA-256 fingerprints of certificate DER. Private to connectors/discovery.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace certdesk::discovery {

/// Lowercase hex of SHA-256 over `size` bytes, no colons; empty if OpenSSL fails.
QString sha256Hex(const std::uint8_t *data, std::size_t size);

} // namespace certdesk::discovery
