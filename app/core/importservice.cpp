// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/importservice.h"

#include "app/core/auditlog.h"
#include "app/core/secretstore.h"
#include "connectors/pki/certificateparser.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/privatekeyrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace certdesk::core {

namespace {
constexpr int BatchSize = 250;
const QByteArray PrivateKeyAad = QByteArrayLiteral("private_key");

Error inSource(const QString &source, Error error)
{
    error.message = source + QStringLiteral(": ") + error.message;
    return error;
}

QByteArray pemChain(const QList<domain::CertificateDetails> &chain)
{
    QByteArray out;
    for (const auto &c : chain)
        out += c.toPem();
    return out;
}
} // namespace

Result<QByteArray> readCertificateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("certdesk", "%1 does not exist. Check the path.").arg(path)};
    if (info.isDir())
        return Error{QCoreApplication::translate("certdesk", "%1 is a directory, not a certificate file. Choose the files inside it.").arg(path)};
    if (info.size() > ImportService::MaximumFileSize)
        return Error{QCoreApplication::translate("certdesk", "%1 is larger than 32 MiB, too large for a certificate file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("certdesk", "%1 cannot be read. Check its permissions.").arg(path), file.errorString()};
    QByteArray data = file.readAll();
    if (data.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "%1 is empty: it holds no certificate.").arg(path)};
    return data;
}

/// One source parsed (and its key sealed) before any database work, so that the transaction holds
/// only inserts and so that a key source never has to be unlocked inside a transaction.
struct ImportService::Prepared
{
    QString source;
    Status status;
    QList<domain::CertificateDetails> certificates; ///< deduplicated, in chain order
    QList<QByteArray> chainPems;                     ///< each certificate's issuers found in the source
    QByteArray sealedKey;
    QString keyAlgorithm;
    QString keyPublicSha256;
};

ImportService::ImportService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets)
    : m_db(std::move(db)), m_secrets(std::move(secrets))
{
}

ImportService::Prepared ImportService::prepare(const QString &source, const Result<QByteArray> &data,
                                               const std::optional<QString> &password)
{
    Prepared item;
    item.source = source;
    if (!data) {
        item.status = data.error();
        return item;
    }
    auto parsed = pki::parseContainer(*data, password);
    if (!parsed) {
        item.status = inSource(source, parsed.error());
        return item;
    }
    // One decode per certificate for the whole bundle (decoding dominates imports in OpenSSL 3.0).
    const auto &all = parsed->certificates;
    const auto chains = all.size() > 1 ? pki::analyseBundle(all) : pki::BundleChains{{0}, {{}}};
    QSet<QString> seen;
    for (int index : chains.order) {
        const auto &cert = all.at(index);
        if (seen.contains(cert.sha256))
            continue;
        seen.insert(cert.sha256);
        item.certificates << cert;
        QList<domain::CertificateDetails> issuers;
        for (int issuer : chains.issuers.at(index))
            issuers << all.at(issuer);
        item.chainPems << pemChain(issuers);
    }
    if (parsed->privateKey) {
        auto sealed = m_secrets->seal(parsed->privateKey->pkcs8Der.bytes(), PrivateKeyAad);
        if (!sealed) {
            item.status = inSource(source, sealed.error());
            return item;
        }
        item.sealedKey = *sealed;
        item.keyAlgorithm = parsed->privateKey->algorithm;
        item.keyPublicSha256 = parsed->privateKey->publicKeySha256;
    }
    return item;
}

Status ImportService::writeOne(Prepared &item, ImportResult &result)
{
    auto db = m_db->connection();
    store::CertificateRepository certificates(db);
    store::PrivateKeyRepository keys(db);
    std::optional<qint64> keyId;
    auto storeKey = [&]() -> Result<qint64> {
        if (keyId)
            return *keyId;
        auto existing = keys.findByPublicKey(item.keyPublicSha256);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            keyId = **existing;
            return *keyId;
        }
        auto inserted = keys.insert(item.keyAlgorithm, item.keyPublicSha256, item.sealedKey);
        if (!inserted)
            return inserted.error();
        keyId = *inserted;
        return *keyId;
    };

    for (qsizetype c = 0; c < item.certificates.size(); ++c) {
        const auto &cert = item.certificates.at(c);
        const bool holdsKey = !item.sealedKey.isEmpty() && pki::publicKeySha256(cert) == item.keyPublicSha256;
        auto existing = certificates.findBySha256(cert.sha256);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const qint64 id = **existing;
            result.alreadyHeld << id;
            if (!holdsKey)
                continue;
            auto held = certificates.find(id);
            if (!held)
                return held.error();
            if (held->current.privateKeyId || held->current.details.sha256 != cert.sha256)
                continue;
            auto key = storeKey();
            if (!key)
                return key.error();
            if (auto s = certificates.attachPrivateKey(held->current.id, *key); !s)
                return s;
            if (auto s = recordAudit(db, AuditAction::KeyImport, QStringLiteral("certificate"), QString::number(id),
                                     QCoreApplication::translate("certdesk", "Private key added from %1").arg(item.source));
                !s)
                return s;
            result.privateKeyStored = true;
            continue;
        }
        store::NewManagedCertificate fresh;
        fresh.details = cert;
        fresh.chainPem = item.chainPems.at(c);
        if (holdsKey) {
            auto key = storeKey();
            if (!key)
                return key.error();
            fresh.privateKeyId = *key;
        }
        auto id = certificates.create(fresh);
        if (!id)
            return id.error();
        const QString details = holdsKey ? QCoreApplication::translate("certdesk", "Imported from %1 with its private key (SHA-256 %2)")
                                         : QCoreApplication::translate("certdesk", "Imported from %1 (SHA-256 %2)");
        if (auto s = recordAudit(db, AuditAction::Import, QStringLiteral("certificate"), QString::number(*id),
                                 details.arg(item.source, cert.sha256));
            !s)
            return s;
        result.imported << *id;
        result.privateKeyStored = result.privateKeyStored || holdsKey;
    }
    return {};
}

void ImportService::writeBatch(QList<Prepared> &batch, QList<ImportResult> &results)
{
    auto db = m_db->connection();
    const qsizetype first = results.size();
    for (auto &item : batch)
        results << ImportResult{item.source, item.status, {}, {}, false};

    store::Transaction transaction(db);
    if (!transaction.isActive()) {
        for (qsizetype i = first; i < results.size(); ++i)
            if (results[i].status.ok())
                results[i].status = transaction.error();
        return;
    }
    const QString what = QCoreApplication::translate("certdesk", "import certificates");
    for (qsizetype i = 0; i < batch.size(); ++i) {
        auto &result = results[first + i];
        if (!result.status.ok())
            continue;
        // A savepoint per source keeps each file all-or-nothing inside the batch transaction.
        if (auto sp = store::runQuery(db, QStringLiteral("SAVEPOINT import_source"), {}, what); !sp) {
            result.status = sp.error();
            continue;
        }
        Status written = writeOne(batch[i], result);
        if (written) {
            (void)store::runQuery(db, QStringLiteral("RELEASE SAVEPOINT import_source"), {}, what);
        } else {
            (void)store::runQuery(db, QStringLiteral("ROLLBACK TO SAVEPOINT import_source"), {}, what);
            (void)store::runQuery(db, QStringLiteral("RELEASE SAVEPOINT import_source"), {}, what);
            result = ImportResult{result.source, inSource(result.source, written.error()), {}, {}, false};
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        for (qsizetype i = first; i < results.size(); ++i) {
            if (results[i].status.ok())
                results[i] = ImportResult{results[i].source, committed.error(), {}, {}, false};
        }
    }
}

QList<ImportResult> ImportService::importFiles(const QStringList &paths, const std::optional<QString> &password,
                                               const ImportObserver &observer)
{
    QList<ImportResult> results;
    results.reserve(paths.size());
    const int total = int(paths.size());
    for (int start = 0; start < total; start += BatchSize) {
        QList<Prepared> batch;
        const int end = std::min(total, start + BatchSize);
        for (int i = start; i < end; ++i) {
            if (observer.isCancelled && observer.isCancelled())
                break;
            batch << prepare(paths[i], readCertificateFile(paths[i]), password);
        }
        writeBatch(batch, results);
        if (observer.progress)
            observer.progress(int(results.size()), total);
        if (observer.isCancelled && observer.isCancelled())
            break;
    }
    return results;
}

ImportResult ImportService::importBytes(const QByteArray &data, const QString &source,
                                        const std::optional<QString> &password)
{
    QList<Prepared> batch{prepare(source, data.isEmpty() ? Result<QByteArray>(Error{QCoreApplication::translate("certdesk", "There is nothing to import.")})
                                                          : Result<QByteArray>(data),
                                  password)};
    QList<ImportResult> results;
    writeBatch(batch, results);
    return results.value(0);
}

} // namespace certdesk::core
