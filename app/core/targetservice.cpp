// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/targetservice.h"

#include "app/core/auditlog.h"
#include "app/core/sealedentries.h"
#include "app/core/secretstore.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/targetrepository.h"

#include <QCoreApplication>

#include <optional>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
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

std::optional<AuditNote> certificateNote(const char *action, qint64 certificateId, const QString &details)
{
    return AuditNote{action, QStringLiteral("certificate"), QString::number(certificateId), details};
}

} // namespace

TargetService::TargetService(std::shared_ptr<store::Database> db, std::shared_ptr<SecretStore> secrets)
    : SealedEntries(
          EntryKind{QStringLiteral("target"),
                    QStringLiteral("target"),
                    {AuditAction::TargetAdd, AuditAction::TargetEdit, AuditAction::TargetRemove,
                     AuditAction::TargetTest},
                    QT_TRANSLATE_NOOP("certdesk", "There is no target type \"%1\". The types are: %2.")},
          &target::targetTypes, std::move(db), std::move(secrets))
{}

Result<qint64> TargetService::add(const QString &name, const QString &type,
                                  const target::TargetSettings &settings)
{
    TargetRecord record;
    record.name = name;
    record.type = type;
    return addEntry(record, settings, QT_TRANSLATE_NOOP("certdesk", "Added %1 target %2 (%3)"));
}

Status TargetService::update(const QString &name, const target::TargetSettings &settings)
{
    return updateEntry(name, settings, QT_TRANSLATE_NOOP("certdesk", "Changed %1 target %2 (%3)"));
}

Status TargetService::remove(const QString &name)
{
    return removeEntry(
        name, QT_TRANSLATE_NOOP("certdesk", "Removed %1 target %2 with its bindings and deployment history"));
}

Status TargetService::setEnabled(const QString &name, bool enabled)
{
    return changeEntry(
        name,
        [&](QSqlDatabase, store::TargetRepository &repo, const TargetRecord &record) -> Result<Changed> {
            if (auto s = repo.setEnabled(record.id, enabled, QDateTime::currentDateTimeUtc()); !s)
                return s.error();
            return Changed{kind().actions.edit,
                           enabled ? tr("Enabled target %1").arg(name) : tr("Disabled target %1").arg(name)};
        });
}

Result<target::ValidationReport> TargetService::test(const QString &type,
                                                     const target::TargetSettings &settings) const
{
    auto targetType = this->type(type);
    if (!targetType)
        return targetType.error();
    return dryRun(QString(), make(**targetType, settings), [&](const QString &summary) {
        return tr("Tested unsaved %1 settings: %2").arg(type, summary);
    });
}

Result<target::ValidationReport> TargetService::test(const QString &name) const
{
    return dryRun(name, connector(name),
                  [&](const QString &summary) { return tr("Tested target %1: %2").arg(name, summary); });
}

Result<target::ValidationReport> TargetService::testChanged(const QString &name,
                                                            const target::TargetSettings &settings) const
{
    return dryRun(name, made(name, &settings), [&](const QString &summary) {
        return tr("Tested changed settings of target %1: %2").arg(name, summary);
    });
}

Result<target::ValidationReport>
TargetService::dryRun(const QString &name, const Result<std::unique_ptr<target::Connector>> &connector,
                      const std::function<QString(const QString &)> &describe) const
{
    if (!connector)
        return connector.error();
    target::Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    auto report = (*connector)->validate(sandbox);
    if (auto s = auditTest(name, describe(reportSummary(report))); !s)
        return s.error();
    return report;
}

Result<std::unique_ptr<target::Connector>> TargetService::connector(const QString &name) const
{
    return made(name);
}

Status TargetService::bind(qint64 certificateId, const QString &targetName)
{
    auto db = database()->connection();
    if (auto certificate = store::CertificateRepository(db).find(certificateId); !certificate)
        return certificate.error();
    store::TargetRepository repo(db);
    auto record = repo.findByName(targetName);
    if (!record)
        return record.error();
    return commitAudited(db, [&]() -> Result<std::optional<AuditNote>> {
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
    auto db = database()->connection();
    store::TargetRepository repo(db);
    auto record = repo.findByName(targetName);
    if (!record)
        return record.error();
    return commitAudited(db, [&]() -> Result<std::optional<AuditNote>> {
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
    return store::TargetRepository(database()->connection()).boundTargets(certificateId);
}

} // namespace certdesk::core
