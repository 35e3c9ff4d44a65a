// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/discoveryrecorder.h"

#include "connectors/discovery/certificatereader.h"
#include "models/store/database.h"

#include <QSet>

namespace certdesk::core {

DiscoveryRecorder::DiscoveryRecorder(QSqlDatabase db, QDateTime now, QString source)
    : m_db(std::move(db)), m_now(std::move(now)), m_source(std::move(source)), m_repo(m_db)
{}

void DiscoveryRecorder::addProblem(const QString &path, const QString &reason)
{
    m_recorded.problems.append({path, reason});
}

Status DiscoveryRecorder::recordFiles(QList<discovery::FileFinding> &&files)
{
    QList<Sighting> sightings;
    sightings.reserve(files.size());
    QList<store::LockedFile> locked;
    for (auto &file : files) {
        if (file.needsPassword) {
            locked.append({file.path, file.size, file.modifiedAt, m_now, m_now});
            continue;
        }
        sightings.append({{file.path, QString::fromLatin1(domain::LocationKindFile), file.size,
                           file.modifiedAt, m_now, m_now},
                          std::move(file.certificates)});
    }
    if (auto s = begin(); !s)
        return s;
    for (const auto &file : std::as_const(locked)) {
        if (auto s = m_repo.recordLockedFile(file); !s)
            return s;
        m_recorded.needsPassword << file.path;
    }
    return record(sightings);
}

Status DiscoveryRecorder::begin()
{
    if (m_transaction)
        return {};
    m_transaction.emplace(m_db);
    if (!m_transaction->isActive()) {
        Error error = m_transaction->error();
        m_transaction.reset();
        return error;
    }
    m_sinceBegin.start();
    return {};
}

Status DiscoveryRecorder::commitIfDue()
{
    if (!m_transaction || m_sinceBegin.elapsed() < 1000)
        return {};
    return commit();
}

Status DiscoveryRecorder::commit()
{
    if (!m_transaction)
        return {};
    Status status = m_transaction->commit();
    m_transaction.reset();
    return status;
}

Status DiscoveryRecorder::record(const QList<Sighting> &sightings)
{
    if (auto s = begin(); !s)
        return s;
    // A savepoint: a failed batch leaves nothing half-written in the shared transaction.
    store::Transaction batch(m_db);
    if (!batch.isActive())
        return batch.error();
    if (auto s = resolve(sightings); !s)
        return s;
    QList<std::pair<qint64, domain::DiscoveryLocation>> locations;
    QSet<std::pair<qint64, QString>> seen; // one row per certificate and place in a statement
    for (const auto &sighting : sightings) {
        for (const auto &blob : sighting.certificates) {
            const auto index = m_indexOf.constFind(blob.sha256);
            if (index == m_indexOf.cend())
                continue; // unreadable: reported by resolve()
            auto &finding = m_recorded.discovered[*index];
            if (seen.contains({finding.id, sighting.location.location}))
                continue;
            seen.insert({finding.id, sighting.location.location});
            locations.append({finding.id, sighting.location});
            finding.locations << sighting.location.location;
        }
    }
    if (auto s = m_repo.recordLocations(locations); !s)
        return s;
    if (auto s = batch.commit(); !s)
        return s;
    return commitIfDue();
}

Status DiscoveryRecorder::resolve(const QList<Sighting> &sightings)
{
    QStringList unseen;
    QHash<QString, std::pair<const discovery::CertificateBlob *, QString>> firstBlob;
    for (const auto &sighting : sightings) {
        for (const auto &blob : sighting.certificates) {
            if (m_indexOf.contains(blob.sha256) || firstBlob.contains(blob.sha256))
                continue;
            firstBlob.insert(blob.sha256, {&blob, sighting.location.location});
            unseen << blob.sha256;
        }
    }
    if (unseen.isEmpty())
        return {};
    auto known = m_repo.known(unseen);
    if (!known)
        return known.error();
    QList<qint64> seenAgain;
    QList<domain::CertificateDetails> fresh;
    for (const auto &sha256 : std::as_const(unseen)) {
        if (const auto k = known->constFind(sha256); k != known->cend()) {
            ScanFinding finding;
            finding.id = k->id;
            finding.sha256 = sha256;
            finding.status = k->status;
            finding.subject = k->subject;
            finding.issuer = k->issuer;
            finding.notAfter = k->notAfter;
            seenAgain << k->id;
            m_indexOf.insert(sha256, m_recorded.discovered.size());
            m_recorded.discovered.append(finding);
            continue;
        }
        const auto &[blob, where] = firstBlob.value(sha256);
        if (blob->summary) {
            fresh.append(*blob->summary);
        } else {
            auto summary = discovery::summarise(blob->der);
            if (!summary) {
                addProblem(where, summary.error().message);
                continue;
            }
            fresh.append(*summary);
        }
        fresh.last().sha256 = sha256;
    }
    auto ids = m_repo.insert(fresh, m_source, m_now);
    if (!ids)
        return ids.error();
    for (const auto &c : std::as_const(fresh)) {
        ScanFinding finding;
        finding.id = ids->value(c.sha256);
        finding.sha256 = c.sha256;
        finding.isNew = true;
        finding.subject = c.subject;
        finding.issuer = c.issuer;
        finding.notAfter = c.notAfter;
        ++m_recorded.newFound;
        m_indexOf.insert(c.sha256, m_recorded.discovered.size());
        m_recorded.discovered.append(finding);
    }
    return m_repo.touch(seenAgain, m_now);
}

} // namespace certdesk::core
