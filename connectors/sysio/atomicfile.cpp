// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/sysio/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace certdesk::sysio {

Status writeFileAtomically(const QString &path, const QByteArray &bytes, FileMode mode)
{
    const auto fail = [&](const QString &detail) {
        return Error{QCoreApplication::translate("certdesk", "%1 could not be written; nothing was changed. "
                                                             "Check that the folder exists and is writable.")
                         .arg(path),
                     detail};
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("is a directory"));
    const QString temp = path + QStringLiteral(".certdesk-%1.tmp")
                                    .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const auto permissions = mode == FileMode::OwnerOnly
                                 ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                 : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ReadOther;
    QFile file(temp);
    // NewOnly + permissions creates the file with its final mode (O_EXCL), so a key is never
    // world-readable, not even between creation and a later chmod.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return fail(file.errorString());
    const bool written = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    const QString writeError = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(temp);
        return fail(writeError);
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(temp);
        return fail(reason);
    }
    return {};
}

} // namespace certdesk::sysio
