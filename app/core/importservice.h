// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

class SecretStore;

/// What happened to one imported file (or pasted text).
struct ImportResult
{
    QString source;             ///< the file path, or a label such as "clipboard"
    Status status;              ///< failed: nothing of this source was written
    QList<qint64> imported;     ///< ids of managed certificates created
    QList<qint64> alreadyHeld;  ///< ids of managed certificates that already held one of its certificates
    bool privateKeyStored = false;
};

/// Callbacks for a batch import on a worker thread.
struct ImportObserver
{
    std::function<void(int done, int total)> progress;
    std::function<bool()> isCancelled;
};

/// Imports certificates into the inventory: PEM (one or many), DER, PKCS#7 and PKCS#12 (with the
/// private key, sealed by the SecretStore). Each source is all-or-nothing; a certificate already
/// held (same SHA-256) is never duplicated, though a private key it lacked is attached. Every new
/// certificate and key writes an audit event in the same transaction. Runs on worker threads.
class ImportService final
{
public:
    ImportService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets);

    /// Imports files in order. `password` opens PKCS#12 files; a PKCS#12 that needs one and gets
    /// none fails with ErrorCode::PasswordRequired (the UI then asks and retries that file).
    /// Files are committed in batches; a cancelled import keeps the files finished so far.
    QList<ImportResult> importFiles(const QStringList &paths, const std::optional<QString> &password = {},
                                    const ImportObserver &observer = {});
    /// Imports bytes read elsewhere (the clipboard, a drop of text).
    ImportResult importBytes(const QByteArray &data, const QString &source,
                             const std::optional<QString> &password = {});

    /// Largest file the import reads; anything bigger is not a certificate container.
    static constexpr qint64 MaximumFileSize = 32 * 1024 * 1024;

private:
    struct Prepared;
    Prepared prepare(const QString &source, const Result<QByteArray> &data, const std::optional<QString> &password);
    void writeBatch(QList<Prepared> &batch, QList<ImportResult> &results);
    Status writeOne(Prepared &item, ImportResult &result);

    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
};

/// Reads a file for import, with the messages a user needs: a directory, a missing or unreadable
/// file, an empty or oversized file.
Result<QByteArray> readCertificateFile(const QString &path);

} // namespace certdesk::core
