// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Field descriptions and checked reading of channel settings, shared by every channel type.
// Private to connectors/notifier.

#include "connectors/notifier/channel.h"
#include "connectors/notifier/httppost.h"
#include "connectors/target/sdk/settingsreader.h"

#include <QStringList>

namespace certdesk::notifier {

/// A field description; `help` and `label` are translated by the caller.
target::FieldSpec makeField(const QString &key, const QString &label, target::FieldSpec::Kind kind,
                            const QString &help, bool required = false, const QString &defaultValue = {},
                            const QStringList &choices = {});

/// The fields every channel has: "ca_bundle" (a PEM file to trust instead of the system store)
/// and "timeout_seconds" (default `defaultTimeoutSeconds`).
QList<target::FieldSpec> connectionFields(int defaultTimeoutSeconds = 30);

/// Reads "ca_bundle" and "timeout_seconds".
Result<ConnectionOptions> readConnectionOptions(const target::SettingsReader &reader);

/// A whole number in [minimum, maximum] from field `key` (its default when absent).
Result<int> readNumber(const target::SettingsReader &reader, const QString &key, int minimum, int maximum);

/// Where a URL may point.
enum class UrlRule {
    HttpOrHttps, ///< any http:// or https:// URL (a generic webhook inside a company network)
    /// https://, or http:// to a loopback address only: the URL or the request carries a secret.
    HttpsUnlessLoopback,
};

/// Checks `url` (from field `key`) against `rule`; the error names the field but never shows the
/// URL's path, which may hold a token.
Status checkUrl(const QString &key, const QString &url, UrlRule rule);

/// The secret `key` as bytes; an InvalidInput error naming the field when it is missing or empty.
Result<pki::SecureBytes> requiredSecret(const ChannelSettings &settings, const QString &key,
                                        const QString &whatToDo);

/// An API key or routing key kept as secret `key`: like requiredSecret, and refused when it holds
/// spaces, quotes or control characters (a copy-and-paste accident that would only fail later).
Result<pki::SecureBytes> requiredToken(const ChannelSettings &settings, const QString &key,
                                       const QString &whatToDo);

/// A webhook URL kept as secret `key` (its path holds the token), checked with
/// UrlRule::HttpsUnlessLoopback.
Result<pki::SecureBytes> requiredSecretUrl(const ChannelSettings &settings, const QString &key,
                                           const QString &whatToDo);

/// Whether `host` is "localhost" or a loopback address (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

/// A comma, semicolon or newline separated list, trimmed, without empty entries.
QStringList splitList(const QString &text);

} // namespace certdesk::notifier
