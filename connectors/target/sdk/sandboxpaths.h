// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/target/sdk: the path rules of the Sandbox.

#include <QString>

namespace certdesk::target::detail {

/// `path` cleaned (QDir::cleanPath), or empty with `reason` set (translated) when it is empty, not
/// absolute, holds a NUL or a ".." component.
QString normalisedPath(const QString &path, QString *reason);

/// `cleanPath` with the symbolic links of its longest existing ancestor resolved (realpath) and the
/// rest appended: where an operation on it really lands.
QString resolvedPath(const QString &cleanPath);

/// A grant's path scope cleaned, keeping the trailing '/' that marks a folder.
QString normalisedScope(const QString &scope);

/// A folder scope resolved like resolvedPath, keeping its trailing '/'.
QString resolvedScope(const QString &normalisedScope);

/// True when the normalised `scope` covers the cleaned `path`: a folder scope ("/etc/nginx/")
/// covers the folder itself and everything below it on component boundaries ("/etc/nginxx" is
/// not covered); a file scope covers that path alone.
bool scopeCovers(const QString &scope, const QString &path);

/// The absolute path of `program`: itself when it holds a '/', else the first executable file of
/// that name on PATH, then in the usual system folders (/usr/local/sbin ... /bin, which a desktop
/// user's PATH may lack). Empty when not found.
QString findProgram(const QString &program);

} // namespace certdesk::target::detail
