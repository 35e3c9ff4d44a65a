// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/capability.h"

namespace certdesk::target {

QString capabilityKindName(CapabilityKind kind)
{
    switch (kind) {
    case CapabilityKind::FileRead:
        return QStringLiteral("fs.read");
    case CapabilityKind::FileWrite:
        return QStringLiteral("fs.write");
    case CapabilityKind::NetDial:
        return QStringLiteral("net.dial");
    case CapabilityKind::ProcessExec:
        return QStringLiteral("process.exec");
    }
    return {};
}

QString describeCapability(const Capability &capability)
{
    return capabilityKindName(capability.kind) + u' ' + capability.scope;
}

QString dialScope(const QString &host, quint16 port)
{
    const QString shown = host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    return shown.toLower() + u':' + QString::number(port);
}

} // namespace certdesk::target
