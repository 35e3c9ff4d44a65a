// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/javakeystore/javakeystoreconnector.h"

#include "connectors/pki/pkcs12keystore.h"
#include "connectors/pki/privatekey.h"
#include "connectors/pki/symmetriccrypto.h"
#include "connectors/target/javakeystore/keytool.h"
#include "connectors/target/sdk/commandline.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace certdesk::target::javakeystore {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::javakeystore", text);
}

Error cancelledError()
{
    return Error{tr("The deployment to the keystore was cancelled; the keystore was not changed."),
                 {},
                 ErrorCode::Cancelled};
}

/// Removes the temporary files of a JKS deployment on every path.
class TemporaryFiles
{
public:
    TemporaryFiles(Sandbox &sandbox, QStringList paths) : m_sandbox(sandbox), m_paths(std::move(paths)) {}
    ~TemporaryFiles()
    {
        for (const QString &path : std::as_const(m_paths))
            (void)m_sandbox.removeFile(path);
    }
    TemporaryFiles(const TemporaryFiles &) = delete;
    TemporaryFiles &operator=(const TemporaryFiles &) = delete;

private:
    Sandbox &m_sandbox;
    QStringList m_paths;
};

ValidationStep step(bool ok, const QString &title, const QString &detail)
{
    return ValidationStep{ok, title, detail};
}

} // namespace

Connector::Connector(KeystoreSettings settings) : m_settings(std::move(settings)) {}

QString Connector::temporaryPkcs12Path() const
{
    const QFileInfo keystore(m_settings.keystorePath);
    return keystore.path() + QStringLiteral("/.") + keystore.fileName() +
           QStringLiteral(".certdesk-import.p12");
}

QString Connector::workingCopyPath() const
{
    const QFileInfo keystore(m_settings.keystorePath);
    return keystore.path() + QStringLiteral("/.") + keystore.fileName() + QStringLiteral(".certdesk-new.jks");
}

Grant Connector::capabilities() const
{
    QStringList files{m_settings.keystorePath};
    if (m_settings.jks)
        files << temporaryPkcs12Path() << workingCopyPath();
    // keytool runs like a file target's check command: read and write on each file, exec on each
    // program.
    const QStringList keytool = m_settings.jks ? QStringList{m_settings.keytool} : QStringList();
    return fileTargetGrant(files, {keytool, m_settings.reloadCommand});
}

Result<QString> Connector::currentSha256(Sandbox &sandbox, const QByteArray &existing) const
{
    if (m_settings.jks)
        return jksAliasSha256(sandbox, m_settings.keytool, m_settings.keystorePath, m_settings.password,
                              m_settings.alias);
    const Result<QList<pki::Pkcs12KeystoreEntry>> entries =
        pki::readPkcs12Keystore(existing, QString::fromUtf8(m_settings.password.bytes()));
    if (!entries) {
        Error error = entries.error();
        if (error.code == ErrorCode::WrongPassword)
            error.message = tr("The keystore password is wrong: it does not open %1. Nothing was changed.")
                                .arg(m_settings.keystorePath);
        else
            error.message = tr("%1 cannot be read as a PKCS#12 keystore: %2 Nothing was changed.")
                                .arg(m_settings.keystorePath, error.message);
        return error;
    }
    for (const pki::Pkcs12KeystoreEntry &entry : *entries) {
        if (entry.alias.compare(m_settings.alias, Qt::CaseInsensitive) == 0 && entry.hasKey)
            return pki::sha256Hex(entry.certificateDer);
    }
    return QString();
}

Result<QByteArray> Connector::buildKeystore(Sandbox &sandbox, const QByteArray &existing, bool exists,
                                            const Deployment &deployment, QStringList &log) const
{
    const Result<pki::LoadedPrivateKey> key = pki::readPrivateKey(deployment.privateKeyPem.bytes());
    if (!key)
        return Error{tr("The private key of the certificate cannot be read."), key.error().message};
    const QString password = QString::fromUtf8(m_settings.password.bytes());
    if (!m_settings.jks) {
        Result<QByteArray> written =
            pki::putPkcs12KeystoreEntry(existing, password, m_settings.alias, deployment.certificateDer,
                                        deployment.chainDer, key->pkcs8Der);
        if (written)
            log << tr("Entry %1 written into the PKCS#12 keystore.").arg(m_settings.alias);
        return written;
    }

    // JKS: a PKCS#12 holding only the new entry, imported by keytool into a copy of the store.
    Result<QByteArray> entry = pki::putPkcs12KeystoreEntry(
        {}, password, m_settings.alias, deployment.certificateDer, deployment.chainDer, key->pkcs8Der);
    if (!entry)
        return entry.error();
    const TemporaryFiles temporaries(sandbox, {temporaryPkcs12Path(), workingCopyPath()});
    if (Status written = sandbox.writeFile(temporaryPkcs12Path(), *entry, sysio::FileMode::OwnerOnly);
        !written)
        return written.error();
    Status copied = exists ? sandbox.writeFile(workingCopyPath(), existing, sysio::FileMode::OwnerOnly)
                           : sandbox.removeFile(workingCopyPath());
    if (!copied)
        return copied.error();
    if (Status imported = jksImport(sandbox, m_settings.keytool, temporaryPkcs12Path(), workingCopyPath(),
                                    m_settings.password, m_settings.alias);
        !imported)
        return imported.error();
    Result<QByteArray> result = sandbox.readFile(workingCopyPath());
    if (result)
        log << tr("Entry %1 imported into the JKS keystore with keytool.").arg(m_settings.alias);
    return result;
}

Result<DeployOutcome> Connector::deploy(Sandbox &sandbox, const Deployment &deployment,
                                        const CancelCheck &cancelled)
{
    if (cancelled && cancelled())
        return cancelledError();
    // Everything this deployment may do is checked first, so that a denial changes nothing.
    for (const Capability &capability : capabilities()) {
        if (Status allowed = sandbox.check(capability.kind, capability.scope); !allowed)
            return allowed.error();
    }
    if (m_settings.jks && Sandbox::resolveProgram(m_settings.keytool).isEmpty())
        return Error{
            tr("keytool was not found (%1): install a Java runtime (Debian: default-jre-headless) or set "
               "keytool_path.")
                .arg(m_settings.keytool),
            {},
            ErrorCode::NotFound};

    const Result<FileState> state = sandbox.fileState(m_settings.keystorePath);
    if (!state)
        return state.error();
    if (state->isDirectory)
        return Error{tr("%1 is a folder, not a keystore file.").arg(m_settings.keystorePath),
                     {},
                     ErrorCode::InvalidInput};
    if (!state->exists && !m_settings.createKeystore)
        return Error{
            tr("The keystore %1 does not exist, and create_keystore is false: create it first or allow "
               "CertDesk to create it.")
                .arg(m_settings.keystorePath),
            {},
            ErrorCode::NotFound};
    if (!state->writable)
        return Error{tr("%1 cannot be written: check its permissions and those of its folder.")
                         .arg(m_settings.keystorePath)};
    QByteArray existing;
    if (state->exists) {
        Result<QByteArray> read = sandbox.readFile(m_settings.keystorePath);
        if (!read)
            return read.error();
        existing = std::move(*read);
        const Result<QString> current = currentSha256(sandbox, existing);
        if (!current)
            return current.error();
        if (*current == deployment.sha256)
            return DeployOutcome{
                false,
                tr("The keystore already holds this certificate under the alias %1.").arg(m_settings.alias)};
    }

    QStringList log;
    Result<QByteArray> updated = buildKeystore(sandbox, existing, state->exists, deployment, log);
    if (!updated)
        return updated.error();
    if (cancelled && cancelled())
        return cancelledError();
    if (Status written = sandbox.writeFile(m_settings.keystorePath, *updated, sysio::FileMode::OwnerOnly);
        !written)
        return written.error();
    log << tr("%1 written (0600).").arg(m_settings.keystorePath);

    if (!m_settings.reloadCommand.isEmpty()) {
        ExecRequest reload;
        reload.argv = m_settings.reloadCommand;
        const Result<ExecResult> ran = sandbox.exec(reload);
        if (!ran || !ran->succeeded()) {
            const Status restored = state->exists ? sandbox.writeFile(m_settings.keystorePath, existing,
                                                                      sysio::FileMode::OwnerOnly)
                                                  : sandbox.removeFile(m_settings.keystorePath);
            const QString output = ran ? ran->output.trimmed() : ran.error().fullText();
            const QString what =
                restored
                    ? tr("the previous keystore was put back")
                    : tr("the previous keystore could not be put back: %1").arg(restored.error().fullText());
            return Error{
                tr("The reload command %1 failed; %2.").arg(joinCommandLine(m_settings.reloadCommand), what),
                output};
        }
        log << tr("Reload command %1 succeeded.").arg(joinCommandLine(m_settings.reloadCommand));
        if (!ran->output.trimmed().isEmpty())
            log << ran->output.trimmed();
    }
    return DeployOutcome{true, log.join(u'\n')};
}

ValidationReport Connector::validate(Sandbox &sandbox)
{
    ValidationReport report;
    const QString keystoreTitle = tr("Keystore");
    if (m_settings.jks) {
        const QString found = Sandbox::resolveProgram(m_settings.keytool);
        report.steps << step(!found.isEmpty(), tr("keytool"),
                             found.isEmpty() ? tr("%1 was not found: install a Java runtime (Debian: "
                                                  "default-jre-headless) or set keytool_path.")
                                                   .arg(m_settings.keytool)
                                             : found);
        if (found.isEmpty())
            return report;
    }
    const Result<FileState> state = sandbox.fileState(m_settings.keystorePath);
    if (!state) {
        report.steps << step(false, keystoreTitle, state.error().fullText());
        return report;
    }
    if (!state->exists) {
        report.steps << step(
            m_settings.createKeystore, keystoreTitle,
            m_settings.createKeystore
                ? tr("%1 does not exist yet; the first deployment creates it.").arg(m_settings.keystorePath)
                : tr("%1 does not exist, and create_keystore is false.").arg(m_settings.keystorePath));
    } else if (state->isDirectory) {
        report.steps << step(false, keystoreTitle, tr("%1 is a folder.").arg(m_settings.keystorePath));
    } else {
        const Result<QByteArray> bytes = sandbox.readFile(m_settings.keystorePath);
        Result<QString> opened = bytes ? currentSha256(sandbox, *bytes) : Result<QString>(bytes.error());
        if (m_settings.jks && opened) {
            const Result<int> count =
                jksEntryCount(sandbox, m_settings.keytool, m_settings.keystorePath, m_settings.password);
            if (!count)
                opened = count.error();
        }
        report.steps << step(opened.ok(), tr("Keystore password"),
                             opened
                                 ? (opened->isEmpty() ? tr("The password opens the keystore; the alias %1 is "
                                                           "not in it yet.")
                                                            .arg(m_settings.alias)
                                                      : tr("The password opens the keystore; the alias %1 "
                                                           "holds the certificate with SHA-256 %2.")
                                                            .arg(m_settings.alias, *opened))
                                 : opened.error().fullText());
    }
    report.steps << step(state->writable, tr("Write permission"),
                         state->writable
                             ? tr("%1 can be written.").arg(m_settings.keystorePath)
                             : tr("%1 cannot be written: check its permissions and those of its folder.")
                                   .arg(m_settings.keystorePath));
    if (!m_settings.reloadCommand.isEmpty()) {
        const QString program = Sandbox::resolveProgram(m_settings.reloadCommand.first());
        Status allowed = program.isEmpty()
                             ? Status(Error{tr("%1 was not found.").arg(m_settings.reloadCommand.first())})
                             : sandbox.check(CapabilityKind::ProcessExec, program);
        report.steps << step(allowed.ok(), tr("Reload command"),
                             allowed ? tr("%1 will run after each change (not run now).")
                                           .arg(joinCommandLine(m_settings.reloadCommand))
                                     : allowed.error().fullText());
    }
    return report;
}

} // namespace certdesk::target::javakeystore
