// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/auditedchange.h"
#include "app/core/auditlog.h"
#include "app/core/sealedsettings.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace certdesk::core {

class SecretStore;

/// What tells a kind of entry apart (deployment targets, alert channels): where its secrets are
/// sealed, the object type and the actions of its audit events, and the sentence for a type there
/// is not (a QT_TRANSLATE_NOOP("certdesk", ...) text that gets the type and the types there are).
struct EntryKind
{
    struct Actions
    {
        const char *add;
        const char *edit;
        const char *remove;
        const char *test;
    };

    QString scope;     ///< the secrets are sealed as `<scope>/<name>/<field>`
    QString auditType; ///< the object type of its audit events
    Actions actions;
    const char *unknownType;

    /// Where the secrets of the entry `name` are sealed.
    SealedSettings sealing(const QString &name) const { return SealedSettings(scope, name); }
    Error unknownTypeError(const QString &type, const QStringList &known) const;
    /// An audit event of the entry `name`.
    std::optional<AuditNote> note(const char *action, const QString &name, const QString &details) const;
};

/// `settings` with the secrets of `saved` that it does not replace (what a change keeps).
target::TargetSettings withSecretsKept(const target::TargetSettings &settings,
                                       target::TargetSettings &&saved);

/// The base of TargetService and NotificationService, which keep named, typed entries with sealed
/// secrets: the name and the settings are checked against the entry's type (its fields and its own
/// create()), the secrets sealed by SealedSettings and never stored in the row, the row kept by a
/// store::EntryTable repository, and every change audited in the transaction that makes it. `Type`
/// (target::TargetType, notifier::ChannelType) has name, fields and create(settings), which makes an
/// `Object`; `Repository` is made from a connection and keeps `Record`s. Blocking: call from worker
/// threads.
template <typename Type, typename Record, typename Repository, typename Object> class SealedEntries
{
public:
    using Types = const QList<Type> &(*)();

    Result<QList<Record>> list() const { return Repository(m_db->connection()).list(); }
    Result<Record> find(const QString &name) const { return Repository(m_db->connection()).findByName(name); }

protected:
    SealedEntries(EntryKind kind, Types types, std::shared_ptr<store::Database> db,
                  std::shared_ptr<SecretStore> secrets)
        : m_kind(std::move(kind)), m_types(types), m_db(std::move(db)), m_secrets(std::move(secrets))
    {}
    ~SealedEntries() = default;
    SealedEntries(const SealedEntries &) = delete;
    SealedEntries &operator=(const SealedEntries &) = delete;

    const std::shared_ptr<store::Database> &database() const { return m_db; }

    /// The type named `name`; InvalidInput listing the types there are when none is.
    Result<const Type *> type(const QString &name) const
    {
        QStringList known;
        for (const Type &type : m_types()) {
            if (type.name == name)
                return &type;
            known << type.name;
        }
        return m_kind.unknownTypeError(name, known);
    }

    /// Checks `settings` with the type (keys, fields, kinds) and makes the object. No I/O.
    Result<Object> make(const Type &type, const target::TargetSettings &settings) const
    {
        return m_kind.sealing(settings.targetName)
            .template create<Object>(type.name, type.fields, settings, type.create);
    }

    /// The object of the saved entry `record`, with `settings` instead of its saved ones when given:
    /// a secret absent from them is the sealed one (unsealed here, never shown).
    Result<Object> made(QSqlDatabase db, const Record &record,
                        const target::TargetSettings *settings = nullptr) const
    {
        auto type = this->type(record.type);
        if (!type)
            return type.error();
        auto saved = m_kind.sealing(record.name).load(db, *m_secrets, record.config, record.secretKeys);
        if (!saved)
            return saved.error();
        target::TargetSettings merged =
            settings ? withSecretsKept(*settings, std::move(*saved)) : std::move(saved).value();
        merged.targetName = record.name;
        return make(**type, merged);
    }

    /// The same for the saved entry named `name` (NotFound when there is none).
    Result<Object> made(const QString &name, const target::TargetSettings *settings = nullptr) const
    {
        auto db = m_db->connection();
        auto record = Repository(db).findByName(name);
        if (!record)
            return record.error();
        return made(db, *record, settings);
    }

    /// Adds `record` (its name, type and flags) with `settings`: checks the name, the type, the
    /// settings and that the name is free, seals the secrets, then stores the entry, the sealed
    /// secrets and the audit event in one transaction. `details`: the event's QT_TRANSLATE_NOOP
    /// text, which gets the type, the name and the settings set.
    Result<qint64> addEntry(Record record, const target::TargetSettings &settings, const char *details)
    {
        if (auto s = SealedSettings::checkName(record.name); !s)
            return s.error();
        auto type = this->type(record.type);
        if (!type)
            return type.error();
        target::TargetSettings named = settings.clone();
        named.targetName = record.name;
        if (auto object = make(**type, named); !object)
            return object.error();
        auto db = m_db->connection();
        Repository repo(db);
        if (auto existing = repo.findByName(record.name); existing)
            return repo.nameTaken(record.name);
        else if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        // Before the transaction: the secret store may have to unlock.
        auto sealed = m_kind.sealing(record.name).seal(*m_secrets, settings);
        if (!sealed)
            return sealed.error();
        record.config = settings.values;
        record.secretKeys = SealedSettings::secretKeys(settings);
        qint64 id = 0;
        const Status added = commitAudited(db, [&]() -> Result<std::optional<AuditNote>> {
            auto inserted = repo.insert(record, QDateTime::currentDateTimeUtc());
            if (!inserted)
                return inserted.error();
            id = *inserted;
            if (auto s = SealedSettings::put(db, *sealed); !s)
                return s.error();
            return m_kind.note(
                m_kind.actions.add, record.name,
                translated(details).arg(record.type, record.name, SealedSettings::describeKeys(settings)));
        });
        if (!added)
            return added.error();
        return id;
    }

    /// Replaces the settings of the entry `name`; a secret absent from `settings.secrets` keeps its
    /// sealed value. `details` as for addEntry().
    Status updateEntry(const QString &name, const target::TargetSettings &settings, const char *details)
    {
        auto db = m_db->connection();
        Repository repo(db);
        auto record = repo.findByName(name);
        if (!record)
            return record.error();
        if (auto object = made(db, *record, &settings); !object)
            return object.error();
        auto sealed = m_kind.sealing(name).seal(*m_secrets, settings);
        if (!sealed)
            return sealed.error();
        Record changed = *record;
        changed.config = settings.values;
        for (const auto &[key, value] : settings.secrets) {
            if (!changed.secretKeys.contains(key))
                changed.secretKeys << key;
        }
        changed.secretKeys.sort();
        return commitAudited(db, [&]() -> Result<std::optional<AuditNote>> {
            if (auto s = repo.update(changed, QDateTime::currentDateTimeUtc()); !s)
                return s.error();
            if (auto s = SealedSettings::put(db, *sealed); !s)
                return s.error();
            return m_kind.note(
                m_kind.actions.edit, name,
                translated(details).arg(record->type, name, SealedSettings::describeKeys(settings)));
        });
    }

    /// A change of the saved entry: its audit event's action and details.
    struct Changed
    {
        const char *action;
        QString details;
    };
    using Change = std::function<Result<Changed>(QSqlDatabase, Repository &, const Record &)>;

    /// Changes the saved entry `name` by `change` in one transaction with the audit event it returns.
    Status changeEntry(const QString &name, const Change &change)
    {
        auto db = m_db->connection();
        Repository repo(db);
        auto record = repo.findByName(name);
        if (!record)
            return record.error();
        return commitAudited(db, [&]() -> Result<std::optional<AuditNote>> {
            auto changed = change(db, repo, *record);
            if (!changed)
                return changed.error();
            return m_kind.note(changed->action, name, changed->details);
        });
    }

    /// Deletes the entry `name` and its sealed secrets in one transaction with its audit event
    /// (`details`: a QT_TRANSLATE_NOOP text that gets the type and the name); `first` runs in that
    /// transaction before, for what depends on the entry.
    Status removeEntry(const QString &name, const char *details,
                       const std::function<Status(QSqlDatabase, const Record &)> &first = {})
    {
        return changeEntry(
            name, [&](QSqlDatabase db, Repository &repo, const Record &record) -> Result<Changed> {
                if (first) {
                    if (auto s = first(db, record); !s)
                        return s.error();
                }
                if (auto s = repo.remove(record.id); !s)
                    return s.error();
                if (auto s = m_kind.sealing(name).remove(db, record.secretKeys); !s)
                    return s.error();
                return Changed{m_kind.actions.remove, translated(details).arg(record.type, name)};
            });
    }

    /// Records the audit event of a test of the entry `name` (empty for unsaved settings).
    Status auditTest(const QString &name, const QString &details) const
    {
        return recordAudit(m_db->connection(), m_kind.actions.test, m_kind.auditType, name, details);
    }

    const EntryKind &kind() const { return m_kind; }

private:
    static QString translated(const char *text) { return QCoreApplication::translate("certdesk", text); }

    EntryKind m_kind;
    Types m_types;
    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace certdesk::core
