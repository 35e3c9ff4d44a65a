// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/sandboxpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <climits>
#include <cstdlib>
#include <unistd.h>

namespace certdesk::target::detail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

/// realpath(3) of an existing path; empty when it does not exist or cannot be resolved.
QString realPath(const QString &path)
{
    char resolved[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), resolved))
        return {};
    return QFile::decodeName(resolved);
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && ::access(QFile::encodeName(path).constData(), X_OK) == 0;
}

} // namespace

QString normalisedPath(const QString &path, QString *reason)
{
    if (path.isEmpty()) {
        *reason = tr("no path was given");
        return {};
    }
    if (path.contains(QChar(0))) {
        *reason = tr("the path holds a NUL character");
        return {};
    }
    if (!path.startsWith(u'/')) {
        *reason = tr("the path is not absolute");
        return {};
    }
    if (path.split(u'/').contains(QStringLiteral(".."))) {
        *reason = tr("the path holds a \"..\" component");
        return {};
    }
    return QDir::cleanPath(path);
}

QString resolvedPath(const QString &cleanPath)
{
    QString existing = cleanPath;
    QStringList rest;
    for (;;) {
        const QString real = realPath(existing);
        if (!real.isEmpty()) {
            if (rest.isEmpty())
                return real;
            return QDir::cleanPath(real + u'/' + rest.join(u'/'));
        }
        if (existing == QLatin1String("/"))
            return cleanPath;
        const qsizetype slash = existing.lastIndexOf(u'/');
        rest.prepend(existing.mid(slash + 1));
        existing = slash == 0 ? QStringLiteral("/") : existing.left(slash);
    }
}

QString normalisedScope(const QString &scope)
{
    const QString cleaned = QDir::cleanPath(scope);
    if (scope.endsWith(u'/') && !cleaned.endsWith(u'/'))
        return cleaned + u'/';
    return cleaned;
}

QString resolvedScope(const QString &normalisedScope)
{
    const bool folder = normalisedScope.endsWith(u'/');
    const QString resolved =
        resolvedPath(folder && normalisedScope.size() > 1 ? normalisedScope.chopped(1) : normalisedScope);
    return folder && !resolved.endsWith(u'/') ? resolved + u'/' : resolved;
}

bool scopeCovers(const QString &scope, const QString &path)
{
    if (scope.isEmpty() || path.isEmpty())
        return false;
    if (!scope.endsWith(u'/'))
        return path == scope;
    return path.startsWith(scope) || path == scope.chopped(1) || (scope == QLatin1String("/"));
}

QString findProgram(const QString &program)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/'))
        return program;
    QStringList folders = qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts);
    for (const char *system :
         {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"}) {
        if (!folders.contains(QLatin1String(system)))
            folders.append(QLatin1String(system));
    }
    for (const QString &folder : std::as_const(folders)) {
        if (!folder.startsWith(u'/'))
            continue; // a relative PATH entry would depend on the current folder
        const QString candidate = QDir::cleanPath(folder + u'/' + program);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return {};
}

} // namespace certdesk::target::detail
