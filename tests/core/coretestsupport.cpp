// SPDX-License-Identifier: GPL-3.0-or-later
#include "coretestsupport.h"

#include "tests/support/testcertificates.h"

#include <QFile>

namespace certdesk::testsupport {

namespace {
constexpr int FastIterations = 1000;
}

bool TestInventory::open(const QByteArray &passphrase)
{
    if (!dir.isValid())
        return false;
    dbPath = dir.filePath(QStringLiteral("inventory.sqlite"));
    auto opened = reopen(passphrase);
    if (!opened)
        qWarning("opening the test inventory failed: %s", qPrintable(opened.error().fullText()));
    context = opened ? *opened : nullptr;
    return context != nullptr;
}

Result<std::shared_ptr<core::AppContext>> TestInventory::reopen(const QByteArray &passphrase)
{
    passphraseFile = writeFile(dir.path(), QStringLiteral("master-%1.txt").arg(qHash(passphrase)), passphrase + '\n');
    return core::AppContext::open(store::ConnectionSpec::sqlite(dbPath),
                                  std::make_unique<core::PassphraseKeySource>(passphraseFile, FastIterations));
}

QByteArray allDatabaseBytes(const QString &dbPath)
{
    QByteArray all;
    for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(dbPath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace certdesk::testsupport
