// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace certdesk::core {

/// Audit actions written by the services (stable identifiers, shown translated in the UI).
namespace AuditAction {
inline constexpr auto Import = "certificate.import";
inline constexpr auto KeyImport = "certificate.key_import";
inline constexpr auto Edit = "certificate.edit";
inline constexpr auto Delete = "certificate.delete";
inline constexpr auto Export = "certificate.export";
inline constexpr auto ExportKey = "certificate.export_key";
inline constexpr auto Issue = "certificate.issue";
inline constexpr auto Renew = "certificate.renew";
inline constexpr auto Revoke = "certificate.revoke";
inline constexpr auto IssuerAdd = "issuer.add";
inline constexpr auto CrlPublish = "issuer.crl";
inline constexpr auto ProfileSave = "profile.save";
inline constexpr auto DiscoveryScan = "discovery.scan";
inline constexpr auto DiscoveryClaim = "discovery.claim";
inline constexpr auto DiscoveryDismiss = "discovery.dismiss";
inline constexpr auto DiscoveryRestore = "discovery.restore";
inline constexpr auto DiscoveryUndo = "discovery.undo";
inline constexpr auto DiscoveryNetworkScan = "discovery.network_scan";
inline constexpr auto ScanTargetAdd = "scan_target.add";
inline constexpr auto ScanTargetEdit = "scan_target.edit";
inline constexpr auto ScanTargetRemove = "scan_target.remove";
inline constexpr auto TargetAdd = "target.add";
inline constexpr auto TargetEdit = "target.edit";
inline constexpr auto TargetRemove = "target.remove";
inline constexpr auto TargetTest = "target.test";
inline constexpr auto TargetBind = "target.bind";
inline constexpr auto TargetUnbind = "target.unbind";
inline constexpr auto Deploy = "certificate.deploy";
inline constexpr auto ChannelAdd = "channel.add";
inline constexpr auto ChannelEdit = "channel.edit";
inline constexpr auto ChannelRemove = "channel.remove";
inline constexpr auto ChannelTest = "channel.test";
inline constexpr auto AlertSettings = "alerts.settings";
inline constexpr auto DigestSend = "digest.send";
} // namespace AuditAction

/// Writes audit events on the caller's connection, so that an event commits or rolls back with the
/// change it describes. The actor is the current OS user and host. `details` must never hold a secret.
Status recordAudit(QSqlDatabase db, const char *action, const QString &objectType, const QString &objectId,
                   const QString &details);

} // namespace certdesk::core
