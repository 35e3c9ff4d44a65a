// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/appcontext.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::testsupport {

/// A fresh SQLite inventory in a temporary directory, with a master passphrase file, opened as
/// the console and the CLI open it (AppContext). The KDF runs with few iterations to keep tests fast.
struct TestInventory
{
    QTemporaryDir dir;
    QString dbPath;
    QString passphraseFile;
    std::shared_ptr<core::AppContext> context;

    /// Opens (creates) the inventory with `passphrase`; QFAILs through the returned false.
    bool open(const QByteArray &passphrase = "correct horse battery staple");
    /// Opens the same database again with another passphrase source.
    Result<std::shared_ptr<core::AppContext>> reopen(const QByteArray &passphrase);
    QString path(const QString &name) const { return dir.filePath(name); }
};

/// Every byte of the SQLite database, its WAL and shared-memory files, to search for leaks.
QByteArray allDatabaseBytes(const QString &dbPath);

} // namespace certdesk::testsupport
