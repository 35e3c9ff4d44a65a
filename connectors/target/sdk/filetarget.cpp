// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/filetarget.h"

#include "connectors/target/sdk/commandline.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/sandboxpaths.h"
#include "connectors/target/sdk/settingsreader.h"
#include "connectors/target/sdk/tlsprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <tuple>

namespace certdesk::target {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target", text);
}

QString modeText(int permissions)
{
    return QStringLiteral("%1").arg(permissions, 4, 8, QLatin1Char('0'));
}

/// A file that has no write bit is read-only for us even when we run as root, who could replace
/// it: the administrator made it so on purpose.
bool isReadOnly(const FileState &state)
{
    return state.exists && (!state.writable || (state.mode & 0222) == 0);
}

/// Asks about every write and every program before anything is written, so that a denial or a
/// missing program changes nothing.
Status checkAllowed(const FileStore &store, const CommandRunner &runner, const TargetFiles &files,
                    const FileTargetCommands &commands)
{
    for (const TargetFile &file : files) {
        if (Status allowed = store.checkWrite(file.path); !allowed)
            return allowed;
    }
    for (const QStringList *command : {&commands.validate, &commands.reload}) {
        if (command->isEmpty())
            continue;
        if (Status allowed = runner.check(*command); !allowed)
            return allowed;
    }
    return {};
}

/// What a file held before the deployment, to put it back.
struct PreviousFile
{
    QString path;
    bool existed = false;
    pki::SecureBytes bytes; ///< a key file's previous key, so wiped like the new one
    int permissions = 0600;
};

/// The step log of one deployment: short lines, and the output of each command under its line.
class StepLog
{
public:
    void step(const QString &line) { m_lines.append(line); }
    void command(const QString &line, const QString &output)
    {
        m_lines.append(line);
        if (!output.isEmpty())
            m_lines.append(output);
    }
    QString text() const { return m_lines.join(u'\n'); }

private:
    QStringList m_lines;
};

/// Checks every file before anything is written and keeps what each one holds now. Fails on a
/// missing or unwritable folder, a read-only file, a folder in a file's place or a path given twice.
Result<std::vector<PreviousFile>> readPreviousFiles(FileStore &store, const TargetFiles &files)
{
    std::vector<PreviousFile> previous;
    QSet<QString> seen;
    for (const TargetFile &file : files) {
        if (seen.contains(file.path))
            return Error{
                tr("%1 is named for two different files; give each file its own path.").arg(file.path),
                {},
                ErrorCode::InvalidInput};
        seen.insert(file.path);
        const Result<FileState> state = store.state(file.path);
        if (!state)
            return state.error();
        const QString shown = store.describe(file.path);
        if (state->isDirectory)
            return Error{
                tr("%1 is a folder, not a file; give the path of a file. Nothing was changed.").arg(shown)};
        if (isReadOnly(*state))
            return Error{tr("%1 is read-only; make it writable or choose another path. Nothing was changed.")
                             .arg(shown),
                         tr("mode %1").arg(modeText(state->mode))};
        if (!state->exists && !state->writable)
            return Error{
                tr("%1 cannot be created: the folder %2 does not exist or is not writable. Create it "
                   "or fix its permissions. Nothing was changed.")
                    .arg(shown, QFileInfo(file.path).path())};
        PreviousFile kept;
        kept.path = file.path;
        kept.existed = state->exists;
        if (state->exists) {
            Result<pki::SecureBytes> bytes = store.read(file.path);
            if (!bytes)
                return bytes.error();
            kept.bytes = std::move(bytes).value();
            kept.permissions = state->mode;
        }
        previous.push_back(std::move(kept));
    }
    return previous;
}

bool holdsAlready(const FileStore &store, const TargetFiles &files, const std::vector<PreviousFile> &previous)
{
    for (size_t i = 0; i < files.size(); ++i) {
        if (!previous[i].existed || previous[i].bytes.bytes() != files[i].bytes.bytes())
            return false;
        if (store.rewritesOtherPermissions() && previous[i].permissions != store.permissions(files[i].mode))
            return false;
    }
    return true;
}

/// Puts back the first `count` files of `previous`: the old bytes, or no file where there was
/// none. Returns what could not be put back (empty: all was).
QStringList restore(FileStore &store, const std::vector<PreviousFile> &previous, size_t count, StepLog &log)
{
    QStringList problems;
    for (size_t i = count; i-- > 0;) {
        const PreviousFile &file = previous[i];
        const Status done = file.existed
                                ? store.writeAtomically(file.path, file.bytes.bytes(), file.permissions)
                                : store.remove(file.path);
        if (!done) {
            problems.append(done.error().fullText());
            log.step(tr("Could not put back %1: %2").arg(file.path, done.error().fullText()));
        } else {
            log.step(file.existed ? tr("Put back the previous %1.").arg(file.path)
                                  : tr("Removed %1, which did not exist before.").arg(file.path));
        }
    }
    return problems;
}

/// The error of a deployment that was undone: `message`, plus a warning when the undo was
/// incomplete; the detail is the step log with the commands' output.
Error undoneError(QString message, const QStringList &restoreProblems, const StepLog &log,
                  ErrorCode code = ErrorCode::Generic)
{
    if (!restoreProblems.isEmpty())
        message +=
            u' ' + tr("Some previous files could not be put back; check the files named in the details.");
    return Error{message, log.text(), code};
}

constexpr std::chrono::milliseconds HandshakeTimeout{3000};

} // namespace

Status checkDeployment(const Deployment &deployment)
{
    if (deployment.certificateDer.isEmpty() || deployment.privateKeyPem.isEmpty())
        return Error{tr("The deployment has no certificate or no private key; nothing was changed."),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}

Result<DeployOutcome> deployFiles(Sandbox &sandbox, const TargetFiles &files,
                                  const FileTargetCommands &commands, const CancelCheck &cancelled,
                                  const ServedCheck &servedCheck)
{
    SandboxFileStore store(sandbox);
    SandboxCommandRunner runner(sandbox);
    return deployFiles(store, runner, files, commands, cancelled, servedCheck);
}

Result<DeployOutcome> deployFiles(FileStore &store, CommandRunner &runner, const TargetFiles &files,
                                  const FileTargetCommands &commands, const CancelCheck &cancelled,
                                  const ServedCheck &servedCheck, const QStringList &preface)
{
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    Result<std::vector<PreviousFile>> read = readPreviousFiles(store, files);
    if (!read)
        return read.error();
    const std::vector<PreviousFile> &previous = read.value();

    StepLog log;
    for (const QString &line : preface)
        log.step(line);
    if (holdsAlready(store, files, previous)) {
        log.step(tr("Every file already holds this certificate; nothing was written or run."));
        return DeployOutcome{false, log.text()};
    }
    if (isCancelled())
        return Error{
            tr("The deployment was cancelled before anything was changed."), {}, ErrorCode::Cancelled};
    if (Status allowed = checkAllowed(store, runner, files, commands); !allowed)
        return allowed.error();

    for (size_t i = 0; i < files.size(); ++i) {
        const TargetFile &file = files[i];
        const int permissions = store.permissions(file.mode);
        if (Status written = store.writeAtomically(file.path, file.bytes.bytes(), permissions); !written) {
            log.step(tr("Could not write %1: %2").arg(file.path, written.error().fullText()));
            const QStringList problems = restore(store, previous, i, log);
            return undoneError(tr("%1 could not be written; the previous files were put back.")
                                   .arg(store.describe(file.path)),
                               problems, log, written.error().code);
        }
        // The mode as written: a replaced key may have kept its group's read permission.
        const Result<FileState> now = store.state(file.path);
        log.step(tr("Wrote %1 (%2).").arg(file.path, modeText(now && now->exists ? now->mode : permissions)));
    }

    if (isCancelled()) {
        const QStringList problems = restore(store, previous, files.size(), log);
        return undoneError(tr("The deployment was cancelled; the previous files were put back."), problems,
                           log, ErrorCode::Cancelled);
    }

    if (!commands.validate.isEmpty()) {
        const QString shown = joinCommandLine(commands.validate);
        const CommandRun check = runCommand(runner, commands.validate, cancelled);
        log.command(check.ok ? tr("The configuration check %1 passed:").arg(shown)
                             : tr("The configuration check %1 failed:").arg(shown),
                    check.output);
        if (!check.ok) {
            const QStringList problems = restore(store, previous, files.size(), log);
            if (check.cancelled)
                return undoneError(tr("The deployment was cancelled; the previous files were put back."),
                                   problems, log, ErrorCode::Cancelled);
            return undoneError(
                tr("The configuration check %1 failed with the new files, so the previous files were "
                   "put back and nothing was reloaded. Its output is in the details.")
                    .arg(shown),
                problems, log);
        }
    }

    // Why the server did not take the new files; empty while it did.
    QString failure;
    if (!commands.reload.isEmpty()) {
        const QString shown = joinCommandLine(commands.reload);
        // Never interrupted: a reload stopped halfway could leave the server down.
        const CommandRun reload = runCommand(runner, commands.reload);
        log.command(reload.ok ? tr("The reload %1 succeeded:").arg(shown)
                              : tr("The reload %1 failed:").arg(shown),
                    reload.output);
        if (!reload.ok)
            failure = tr("the reload %1 failed").arg(shown);
    }
    if (failure.isEmpty() && servedCheck) {
        const Status served = servedCheck();
        log.step(served ? tr("The server presents the new certificate.") : served.error().fullText());
        if (!served)
            failure = served.error().message;
    }
    if (failure.isEmpty())
        return DeployOutcome{true, log.text()};

    const QStringList problems = restore(store, previous, files.size(), log);
    if (commands.reload.isEmpty())
        return undoneError(
            tr("The server did not take the new files: %1. The previous files were put back; the "
               "output is in the details.")
                .arg(failure),
            problems, log);
    const CommandRun again = runCommand(runner, commands.reload);
    log.command(again.ok ? tr("Reloading with the previous files succeeded:")
                         : tr("Reloading with the previous files failed too:"),
                again.output);
    if (!again.ok)
        return undoneError(
            tr("The server did not come back: %1 with the new files, and reloading after the "
               "previous files were put back failed too. Check the server now; the output is in "
               "the details.")
                .arg(failure),
            problems, log);
    return undoneError(
        tr("The server did not take the new files: %1. The previous files were put back and the "
           "server reloaded with them; the output is in the details.")
            .arg(failure),
        problems, log);
}

ValidationReport validateFileTarget(Sandbox &sandbox, const QStringList &paths,
                                    const FileTargetCommands &commands)
{
    ValidationReport report;
    for (const QString &path : paths) {
        ValidationStep step;
        step.title = tr("File %1").arg(path);
        const Result<FileState> state = sandbox.fileState(path);
        if (!state) {
            step.ok = false;
            step.detail = state.error().fullText();
        } else if (state->isDirectory) {
            step.ok = false;
            step.detail = tr("This is a folder, not a file.");
        } else if (isReadOnly(*state)) {
            step.ok = false;
            step.detail = tr("The file is read-only (mode %1).").arg(state->mode, 4, 8, QLatin1Char('0'));
        } else if (state->exists) {
            step.detail = tr("The file exists and can be replaced.");
        } else {
            step.ok = state->writable;
            step.detail =
                state->writable
                    ? tr("The file will be created; its folder is writable.")
                    : tr("The folder %1 does not exist or is not writable.").arg(QFileInfo(path).path());
        }
        report.steps.append(step);
    }
    SandboxCommandRunner runner(sandbox);
    if (!commands.validate.isEmpty()) {
        const CommandRun check = runCommand(runner, commands.validate);
        report.steps.append(
            {check.ok, tr("Configuration check %1").arg(joinCommandLine(commands.validate)), check.output});
    }
    if (!commands.reload.isEmpty()) {
        // Not run: a dry run changes nothing. Only that it would be found and may run.
        ValidationStep step{true, tr("Reload command %1").arg(joinCommandLine(commands.reload)), {}};
        const Result<QString> program = runner.program(commands.reload);
        step.ok = program.ok();
        step.detail = program
                          ? tr("%1 will run after the files are written (not run in a test).").arg(*program)
                          : program.error().fullText();
        report.steps.append(step);
    }
    return report;
}

QString endpointScope(const Endpoint &endpoint)
{
    return dialScope(endpoint.host, endpoint.port);
}

Status waitUntilPresented(Sandbox &sandbox, const Endpoint &endpoint, const QString &sha256,
                          std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    QString last;
    for (;;) {
        const Result<QString> presented = presentedCertificateSha256(sandbox, endpoint, HandshakeTimeout);
        if (presented && presented->compare(sha256, Qt::CaseInsensitive) == 0)
            return {};
        last = presented ? tr("it presents the certificate with SHA-256 %1").arg(presented.value())
                         : presented.error().fullText();
        if (deadline.hasExpired())
            return Error{tr("%1 did not present the new certificate within %2 s")
                             .arg(endpointScope(endpoint))
                             .arg(timeout.count() / 1000),
                         last};
        QThread::msleep(250);
    }
}

Grant fileTargetGrant(const QStringList &paths, const FileTargetCommands &commands)
{
    Grant grant;
    const auto add = [&grant](CapabilityKind kind, const QString &scope) {
        const Capability capability{kind, scope};
        if (!grant.contains(capability))
            grant.append(capability);
    };
    for (const QString &path : paths) {
        add(CapabilityKind::FileRead, path);
        add(CapabilityKind::FileWrite, path);
    }
    for (const QStringList *command : {&commands.validate, &commands.reload}) {
        if (command->isEmpty())
            continue;
        // A program that is not found keeps its name: the Sandbox then says it is not on PATH.
        const QString program = detail::findProgram(command->first());
        add(CapabilityKind::ProcessExec, program.isEmpty() ? command->first() : program);
    }
    return grant;
}

QStringList PemFileLayout::paths() const
{
    QStringList all{certificatePath};
    if (!chainPath.isEmpty())
        all.append(chainPath);
    if (!keyPath.isEmpty())
        all.append(keyPath);
    for (const auto &[path, bytes] : extraFiles)
        all.append(path);
    return all;
}

TargetFiles PemFileLayout::files(const Deployment &deployment) const
{
    TargetFiles files;
    const QByteArray certificate =
        chainPath.isEmpty() ? deployment.fullChainPem() : deployment.certificatePem();
    if (keyPath.isEmpty()) {
        QByteArray combined = certificate;
        combined += deployment.privateKeyPem.bytes();
        files.push_back({certificatePath, pki::SecureBytes(std::move(combined)), sysio::FileMode::OwnerOnly});
    } else {
        files.push_back({certificatePath, pki::SecureBytes(certificate), sysio::FileMode::Public});
    }
    // Without a chain the chain file is left alone: Apache, for one, refuses an empty chain file.
    if (!chainPath.isEmpty() && !deployment.chainDer.isEmpty())
        files.push_back({chainPath, pki::SecureBytes(deployment.chainPem()), sysio::FileMode::Public});
    if (!keyPath.isEmpty())
        files.push_back({keyPath, deployment.privateKeyPem.clone(), sysio::FileMode::OwnerOnly});
    for (const auto &[path, bytes] : extraFiles)
        files.push_back({path, pki::SecureBytes(bytes), sysio::FileMode::Public});
    return files;
}

FileConnector::FileConnector(QString name, PemFileLayout layout, FileTargetCommands commands,
                             std::optional<Endpoint> endpoint)
    : m_name(std::move(name)), m_layout(std::move(layout)), m_commands(std::move(commands)),
      m_endpoint(std::move(endpoint))
{}

Grant FileConnector::capabilities() const
{
    Grant grant = fileTargetGrant(m_layout.paths(), m_commands);
    if (m_endpoint)
        grant.append({CapabilityKind::NetDial, endpointScope(*m_endpoint)});
    return grant;
}

Result<DeployOutcome> FileConnector::deploy(Sandbox &sandbox, const Deployment &deployment,
                                            const CancelCheck &cancelled)
{
    if (Status complete = checkDeployment(deployment); !complete)
        return complete.error();
    ServedCheck served;
    if (m_endpoint)
        served = [&sandbox, &deployment, endpoint = *m_endpoint] {
            return waitUntilPresented(sandbox, endpoint, deployment.sha256);
        };
    return deployFiles(sandbox, m_layout.files(deployment), m_commands, cancelled, served);
}

ValidationReport FileConnector::validate(Sandbox &sandbox)
{
    ValidationReport report = validateFileTarget(sandbox, m_layout.paths(), m_commands);
    if (m_endpoint) {
        const Result<QString> presented = presentedCertificateSha256(sandbox, *m_endpoint, HandshakeTimeout);
        report.steps.append({presented.ok(), tr("TLS endpoint %1").arg(endpointScope(*m_endpoint)),
                             presented
                                 ? tr("It presents the certificate with SHA-256 %1.").arg(presented.value())
                                 : presented.error().fullText()});
    }
    return report;
}

FieldSpec fileTargetField(const QString &key, const QString &label, FieldSpec::Kind kind,
                          const QJsonObject &defaults, const QString &help, bool required)
{
    FieldSpec field;
    field.key = key;
    field.label = label;
    field.kind = kind;
    field.defaultValue = defaults.value(key).toVariant().toString();
    field.required = required;
    field.help = help;
    return field;
}

Result<std::unique_ptr<Connector>> makeFileConnector(const QString &name, const SettingsReader &reader,
                                                     PemFileLayout layout, bool withCommands)
{
    const QStringList paths = layout.paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (paths.indexOf(paths.at(i), i + 1) > 0)
            return Error{
                tr("%1 is named for two different files; give each file its own path.").arg(paths.at(i)),
                {},
                ErrorCode::InvalidInput};
    }
    FileTargetCommands commands;
    if (withCommands) {
        Result<QStringList> validate = reader.command(QStringLiteral("validate_command"));
        if (!validate)
            return validate.error();
        Result<QStringList> reload = reader.command(QStringLiteral("reload_command"));
        if (!reload)
            return reload.error();
        commands = {validate.value(), reload.value()};
    }
    Result<std::optional<Endpoint>> endpoint = reader.endpoint();
    if (!endpoint)
        return endpoint.error();
    return std::unique_ptr<Connector>(
        std::make_unique<FileConnector>(name, std::move(layout), std::move(commands), endpoint.value()));
}

TargetType fileTargetType(const QString &name, const QString &displayName, const QString &description,
                          std::function<QJsonObject(const QJsonObject &values)> defaults,
                          QList<FieldSpec> fields, LayoutReader readLayout, bool withCommands)
{
    TargetType type;
    type.name = name;
    type.displayName = displayName;
    type.description = description;
    type.fields = std::move(fields) + endpointFields();
    type.defaults = defaults;
    type.create = [name, defaults, readLayout,
                   withCommands](const TargetSettings &settings) -> Result<std::unique_ptr<Connector>> {
        const SettingsReader reader(settings, defaults(settings.values));
        Result<PemFileLayout> layout = readLayout(reader);
        if (!layout)
            return layout.error();
        return makeFileConnector(name, reader, std::move(layout).value(), withCommands);
    };
    return type;
}

TargetType pemFileTargetType(const QString &name, const QString &displayName, const QString &description,
                             std::function<QJsonObject(const QJsonObject &values)> defaults)
{
    const QJsonObject initial = defaults({});
    QList<FieldSpec> fields{
        fileTargetField(QStringLiteral("cert_path"), tr("Certificate file"), FieldSpec::Kind::Path, initial,
                        tr("Where the certificate is written (0644); it holds the chain too when no chain "
                           "file is set."),
                        true),
        fileTargetField(QStringLiteral("chain_path"), tr("Chain file"), FieldSpec::Kind::Path, initial,
                        tr("Where the issuing CA certificates are written (0644); empty: appended to the "
                           "certificate file.")),
        fileTargetField(QStringLiteral("key_path"), tr("Private key file"), FieldSpec::Kind::Path, initial,
                        tr("Where the private key is written, readable by its owner only (0600)."), true),
        fileTargetField(QStringLiteral("validate_command"), tr("Configuration check"),
                        FieldSpec::Kind::Command, initial,
                        tr("Run after the files are written; when it fails, the previous files are put back. "
                           "Empty: no check.")),
        fileTargetField(QStringLiteral("reload_command"), tr("Reload command"), FieldSpec::Kind::Command,
                        initial, tr("Makes the server load the new files; run without a shell.")),
    };
    const auto readLayout = [](const SettingsReader &reader) -> Result<PemFileLayout> {
        PemFileLayout layout;
        for (auto [key, required, target] : {std::tuple{"cert_path", true, &layout.certificatePath},
                                             std::tuple{"chain_path", false, &layout.chainPath},
                                             std::tuple{"key_path", true, &layout.keyPath}}) {
            Result<QString> path = reader.path(QLatin1String(key), required);
            if (!path)
                return path.error();
            *target = path.value();
        }
        return layout;
    };
    return fileTargetType(name, displayName, description, std::move(defaults), std::move(fields), readLayout,
                          true);
}

} // namespace certdesk::target
