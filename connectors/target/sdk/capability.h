// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace certdesk::target {

/// One kind of operation a connector may ask its Sandbox for.
enum class CapabilityKind {
    FileRead,    ///< "fs.read": read files under a path prefix
    FileWrite,   ///< "fs.write": create, replace and remove files under a path prefix
    NetDial,     ///< "net.dial": open a TCP connection to host:port
    ProcessExec, ///< "process.exec": run one binary (absolute path) with an argv, never a shell
};

/// A grant of one operation kind on one scope. The scope is a path prefix for file operations (a
/// folder ends with '/'; a file grants that file alone), "host:port" for a dial ("[::1]:443" for
/// IPv6), and an absolute binary path for exec.
struct Capability
{
    CapabilityKind kind = CapabilityKind::FileRead;
    QString scope;

    friend bool operator==(const Capability &, const Capability &) = default;
};

/// Everything a connector is allowed to do; deny by default.
using Grant = QList<Capability>;

/// "fs.read", "fs.write", "net.dial", "process.exec".
QString capabilityKindName(CapabilityKind kind);
/// "fs.write /etc/nginx/certs/", for errors and the target page.
QString describeCapability(const Capability &capability);
/// The net.dial scope of `host`:`port` as the Sandbox writes it: the host in lower case, an IPv6
/// address in brackets ("[::1]:443").
QString dialScope(const QString &host, quint16 port);

} // namespace certdesk::target
