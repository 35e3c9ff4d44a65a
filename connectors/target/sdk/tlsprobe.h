// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QString>

#include <chrono>

namespace certdesk::target {

/// Connects to `endpoint` through the sandbox (net.dial host:port), makes a TLS handshake with the
/// endpoint's server name as SNI, and returns the lowercase hex SHA-256 of the leaf certificate the
/// server presented. The peer is not verified: the caller compares the fingerprint with what it
/// deployed, which is a stronger check than a chain to any trusted CA.
Result<QString> presentedCertificateSha256(Sandbox &sandbox, const Endpoint &endpoint,
                                           std::chrono::milliseconds timeout);

} // namespace certdesk::target
