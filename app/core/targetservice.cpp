// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/targetservice.h"

#include "app/core/auditlog.h"
#include "app/core/sealedsettings.h"
#include "app/core/secretstore.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/targetrepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

Error invalid(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

/// How a target's settings are split and sealed: secrets as `target/<name>/<field>`.
SealedSettings sealedSettings(const QString &name)
{
    return SealedSettings(
        QStringLiteral("target"), name,
        {QT_TRANSLATE_NOOP("certdesk", "The %1 target has no setting \"%2\". Its settings are: %3."),
         QT_TRANSLATE_NOOP("certdesk",
                           "The secret %1 of target %2 is missing from the inventory; set it again.")});
}

Status checkName(const QString &name)
{
    return SealedSettings::checkName(
        name, QT_TRANSLATE_NOOP("certdesk", "\"%1\" cannot name a target: use 1 to 64 letters, "
                                            "digits, '.', '-' or '_', starting with a letter or "
                                            "digit."));
}

Result<const target::TargetType *> typeNamed(const QString &type)
{
    if (const auto *found = target::findTargetType(type))
        return found;
    QStringList known;
    for (const auto &t : target::targetTypes())
        known << t.name;
    return invalid(
        tr("There is no target type \"%1\". The types are: %2.").arg(type, known.join(QStringLiteral(", "))));
}

/// Checks the settings with the type (fields, kinds, commands) and makes the connector.
Result<std::unique_ptr<target::Connector>> makeConnector(const target::TargetType &type,
                                                         const target::TargetSettings &settings)
{
    return sealedSettings(settings.targetName)
        .create<std::unique_ptr<target::Connector>>(type.name, type.fields, settings, type.create);
}

/// The saved target's settings with its secrets unsealed.
Result<target::TargetSettings> loadSettings(QSqlDatabase db, SecretStore &secrets, const TargetRecord &record)
{
    auto settings =
        sealedSettings(record.name).load(std::move(db), secrets, record.config, record.secretKeys);
    if (settings)
        settings->targetName = record.name;
    return settings;
}

/// "passed" or the failed steps' titles, for the audit log.
QString reportSummary(const target::ValidationReport &report)
{
    QStringList failed;
    for (const auto &step : report.steps) {
        if (!step.ok)
            failed << step.title;
    }
    return failed.isEmpty() ? tr("passed") : tr("failed: %1").arg(failed.join(QStringLiteral(", ")));
}

target::ValidationReport runValidation(target::Connector &connector)
{
    target::Sandbox sandbox(connector.name(), connector.capabilities());
    return connector.validate(sandbox);
}

/// The audit event of a change.
struct AuditNote
{
    const char *action = nullptr;
    QString objectType;
    QString objectId;
    QString details;
};

/// A change to run in a transaction: its audit event, or nullopt when it found nothing to change.
using Change = std::function<Result<std::optional<AuditNote>>()>;

/// Runs `change` in one transaction and commits it with its audit event; a change that found nothing
/// to change is rolled back and audits nothing.
Status commitChange(QSqlDatabase db, const Change &change)
{
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto note = change();
    if (!note)
        return note.error();
    if (!note->has_value())
        return {};
    const AuditNote &n = **note;
    if (auto s = recordAudit(db, n.action, n.objectType, n.objectId, n.details); !s)
        return s;
    return transaction.commit();
}

std::optional<AuditNote> targetNote(const char *action, const QString &name, const QString &details)
{
    return AuditNote{action, QStringLiteral("target"), name, details};
}

std::optional<AuditNote> certificateNote(const char *action, qint64 certificateId, const QString &details)
{
    return AuditNote{action, QStringLiteral("certificate"), QString::number(certificateId), details};
}

} // namespace

TargetService::TargetService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets)
    : m_db(std::move(db)), m_secrets(std::move(secrets))
{}

Result<QList<TargetRecord>> TargetService::list() const
{
    return store::TargetRepository(m_db->connection()).list();
}

Result<TargetRecord> TargetService::find(const QString &name) const
{
    return store::TargetRepository(m_db->connection()).findByName(name);
}

Result<qint64> TargetService::add(const QString &name, const QString &type,
                                  const target::TargetSettings &settings)
{
    if (auto s = checkName(name); !s)
        return s.error();
    auto targetType = typeNamed(type);
    if (!targetType)
        return targetType.error();
    target::TargetSettings named = settings.clone();
    named.targetName = name;
    if (auto connector = makeConnector(**targetType, named); !connector)
        return connector.error();
    auto db = m_db->connection();
    store::TargetRepository repo(db);
    if (auto existing = repo.findByName(name); existing)
        return invalid(tr("A deployment target named \"%1\" already exists; choose another name.").arg(name));
    else if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    auto sealed = sealedSettings(name).seal(*m_secrets, settings);
    if (!sealed)
        return sealed.error();

    TargetRecord record;
    record.name = name;
    record.type = type;
    record.config = settings.values;
    record.secretKeys = SealedSettings::secretKeys(settings);
    qint64 id = 0;
    const Status added = commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        auto inserted = repo.insert(record, QDateTime::currentDateTimeUtc());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto s = SealedSettings::put(db, *sealed); !s)
            return s.error();
        return targetNote(
            AuditAction::TargetAdd, name,
            tr("Added %1 target %2 (%3)").arg(type, name, SealedSettings::describeKeys(settings)));
    });
    if (!added)
        return added.error();
    return id;
}

Status TargetService::update(const QString &name, const target::TargetSettings &settings)
{
    auto db = m_db->connection();
    store::TargetRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    auto targetType = typeNamed(record->type);
    if (!targetType)
        return targetType.error();
    // The settings to check are the new ones with the sealed secrets they do not replace.
    auto stored = loadSettings(db, *m_secrets, *record);
    if (!stored)
        return stored.error();
    target::TargetSettings merged = settings.clone();
    merged.targetName = name;
    for (auto &[key, value] : stored->secrets)
        merged.secrets.try_emplace(key, std::move(value));
    if (auto connector = makeConnector(**targetType, merged); !connector)
        return connector.error();
    auto sealed = sealedSettings(name).seal(*m_secrets, settings);
    if (!sealed)
        return sealed.error();

    TargetRecord changed = *record;
    changed.config = settings.values;
    changed.secretKeys = SealedSettings::secretKeys(merged);
    return commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        if (auto s = repo.update(changed, QDateTime::currentDateTimeUtc()); !s)
            return s.error();
        if (auto s = SealedSettings::put(db, *sealed); !s)
            return s.error();
        return targetNote(
            AuditAction::TargetEdit, name,
            tr("Changed %1 target %2 (%3)").arg(record->type, name, SealedSettings::describeKeys(settings)));
    });
}

Status TargetService::remove(const QString &name)
{
    auto db = m_db->connection();
    store::TargetRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    return commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        if (auto s = repo.remove(record->id); !s)
            return s.error();
        if (auto s = sealedSettings(name).remove(db, record->secretKeys); !s)
            return s.error();
        return targetNote(
            AuditAction::TargetRemove, name,
            tr("Removed %1 target %2 with its bindings and deployment history").arg(record->type, name));
    });
}

Status TargetService::setEnabled(const QString &name, bool enabled)
{
    auto db = m_db->connection();
    store::TargetRepository repo(db);
    auto record = repo.findByName(name);
    if (!record)
        return record.error();
    return commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        if (auto s = repo.setEnabled(record->id, enabled, QDateTime::currentDateTimeUtc()); !s)
            return s.error();
        return targetNote(AuditAction::TargetEdit, name,
                          enabled ? tr("Enabled target %1").arg(name) : tr("Disabled target %1").arg(name));
    });
}

Result<target::ValidationReport> TargetService::test(const QString &type,
                                                     const target::TargetSettings &settings) const
{
    auto targetType = typeNamed(type);
    if (!targetType)
        return targetType.error();
    auto connector = makeConnector(**targetType, settings);
    if (!connector)
        return connector.error();
    auto report = runValidation(**connector);
    if (auto s = recordAudit(m_db->connection(), AuditAction::TargetTest, QStringLiteral("target"), QString(),
                             tr("Tested unsaved %1 settings: %2").arg(type, reportSummary(report)));
        !s)
        return s.error();
    return report;
}

Result<target::ValidationReport> TargetService::test(const QString &name) const
{
    auto connector = this->connector(name);
    if (!connector)
        return connector.error();
    auto report = runValidation(**connector);
    if (auto s = recordAudit(m_db->connection(), AuditAction::TargetTest, QStringLiteral("target"), name,
                             tr("Tested target %1: %2").arg(name, reportSummary(report)));
        !s)
        return s.error();
    return report;
}

Result<std::unique_ptr<target::Connector>> TargetService::connector(const QString &name) const
{
    auto db = m_db->connection();
    auto record = store::TargetRepository(db).findByName(name);
    if (!record)
        return record.error();
    auto targetType = typeNamed(record->type);
    if (!targetType)
        return targetType.error();
    auto settings = loadSettings(db, *m_secrets, *record);
    if (!settings)
        return settings.error();
    return makeConnector(**targetType, *settings);
}

Status TargetService::bind(qint64 certificateId, const QString &targetName)
{
    auto db = m_db->connection();
    if (auto certificate = store::CertificateRepository(db).find(certificateId); !certificate)
        return certificate.error();
    store::TargetRepository repo(db);
    auto record = repo.findByName(targetName);
    if (!record)
        return record.error();
    return commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        auto bound = repo.bind(certificateId, record->id);
        if (!bound)
            return bound.error();
        if (!*bound)
            return std::optional<AuditNote>(); // already bound: nothing changed
        return certificateNote(AuditAction::TargetBind, certificateId,
                               tr("Bound to target %1: deployed there after each renewal").arg(targetName));
    });
}

Status TargetService::unbind(qint64 certificateId, const QString &targetName)
{
    auto db = m_db->connection();
    store::TargetRepository repo(db);
    auto record = repo.findByName(targetName);
    if (!record)
        return record.error();
    return commitChange(db, [&]() -> Result<std::optional<AuditNote>> {
        auto unbound = repo.unbind(certificateId, record->id);
        if (!unbound)
            return unbound.error();
        if (!*unbound)
            return Error{tr("Certificate %1 is not bound to target %2.").arg(certificateId).arg(targetName),
                         {},
                         ErrorCode::NotFound};
        return certificateNote(AuditAction::TargetUnbind, certificateId,
                               tr("Unbound from target %1").arg(targetName));
    });
}

Result<QList<TargetRecord>> TargetService::boundTargets(qint64 certificateId) const
{
    return store::TargetRepository(m_db->connection()).boundTargets(certificateId);
}

} // namespace certdesk::core
