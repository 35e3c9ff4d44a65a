// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine of every file-and-reload target (nginx, Apache, HAProxy, Postfix/Dovecot, Traefik,
// Envoy, Caddy's file mode, and over SFTP the SSH target): write the files atomically, check the
// server's configuration, reload, and put the previous files back when the check or the reload
// fails.

#include "connectors/pki/securebytes.h"
#include "connectors/sysio/atomicfile.h"
#include "connectors/target/sdk/capability.h"
#include "connectors/target/sdk/commandrunner.h"
#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/filestore.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace certdesk::target {

class Sandbox;
class SettingsReader;

/// One file a deployment writes: where, what and who may read it. The bytes are SecureBytes
/// because a key file holds the private key.
struct TargetFile
{
    QString path;
    pki::SecureBytes bytes;
    sysio::FileMode mode = sysio::FileMode::Public;
};
using TargetFiles = std::vector<TargetFile>;

/// The commands around a file deployment, already parsed into argv (never run by a shell);
/// an empty list: none.
struct FileTargetCommands
{
    QStringList validate; ///< the server's configuration check, run after the files are written
    QStringList reload;   ///< makes the server load the new files
};

/// Asked after the reload: success when the server presents the new certificate.
using ServedCheck = std::function<Status()>;

/// Fails (ErrorCode::InvalidInput) when `deployment` lacks its certificate or its private key.
Status checkDeployment(const Deployment &deployment);

/// Writes `files` into `store` and runs the commands with `runner`:
/// - when every file already holds exactly these bytes (and, when the store rewrites other
///   permissions, has its mode), nothing is written or run (changed=false);
/// - a missing folder, a read-only file or a folder in a file's place fails before anything is
///   written, and so does a write or a program that the store or the runner refuses;
/// - the previous contents are kept, each file is written atomically with its mode, then the
///   configuration check runs; when it fails, every previous file is put back (the new ones
///   removed) and the error's detail holds the check's output;
/// - then the reload runs, and `servedCheck` when given; when either fails, the previous files are
///   put back and the server reloaded with them ("the server did not come back" when that fails
///   too), and the error's detail holds every output.
/// DeployOutcome::output is the step log, which starts with the lines of `preface`. `cancelled`
/// is asked before the files are written and during the check (which then undoes the writes); a
/// reload is never interrupted.
Result<DeployOutcome> deployFiles(FileStore &store, CommandRunner &runner, const TargetFiles &files,
                                  const FileTargetCommands &commands, const CancelCheck &cancelled,
                                  const ServedCheck &servedCheck = {}, const QStringList &preface = {});

/// deployFiles on this machine: the files and the commands through `sandbox`.
Result<DeployOutcome> deployFiles(Sandbox &sandbox, const TargetFiles &files,
                                  const FileTargetCommands &commands, const CancelCheck &cancelled,
                                  const ServedCheck &servedCheck = {});

/// The dry run: each file's folder exists and is writable, each existing file is writable, and
/// the configuration check runs and passes. Writes nothing and does not reload.
ValidationReport validateFileTarget(Sandbox &sandbox, const QStringList &paths,
                                    const FileTargetCommands &commands);

/// The narrowest grant for writing `paths` and running `commands`: fs.read and fs.write on each
/// file, process.exec on each command's binary as the Sandbox finds it on PATH.
Grant fileTargetGrant(const QStringList &paths, const FileTargetCommands &commands);

/// The net.dial scope of an endpoint as the Sandbox writes it (dialScope): "host:port", "[::1]:443".
QString endpointScope(const Endpoint &endpoint);

/// Polls `endpoint` (a handshake every 250 ms) until it presents the certificate `sha256`, for up to
/// `timeout`: a server reloads in the background after its reload command returns (nginx, Apache),
/// and a reload that reports success may still have stopped the server (Apache's graceful with a
/// key that does not match). The error's detail says what the endpoint presented last.
Status waitUntilPresented(Sandbox &sandbox, const Endpoint &endpoint, const QString &sha256,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

/// Where the PEM files of a deployment go.
struct PemFileLayout
{
    /// The certificate, followed by the chain when chainPath is empty.
    QString certificatePath;
    /// The chain alone (not written when the deployment has no chain); empty: the chain is
    /// appended to the certificate file.
    QString chainPath;
    /// The private key (0600); empty: the key follows the certificate and chain in
    /// certificatePath, which is then written 0600 (HAProxy's combined PEM).
    QString keyPath;
    /// More public files written with the PEM files (Envoy's sds.json), 0644.
    QList<QPair<QString, QByteArray>> extraFiles;

    /// Every path a deployment writes, in the order written.
    QStringList paths() const;
    /// The files for `deployment`.
    TargetFiles files(const Deployment &deployment) const;
};

/// A connector that deploys by writing PEM files and running commands: the Connector of every
/// file target type. Its grant covers exactly the layout's files, the commands' binaries and the
/// endpoint. With an endpoint, a deployment waits (up to 10 s) until the endpoint presents the new
/// certificate and is otherwise undone like a failed reload; the dry run makes a handshake.
class FileConnector final : public Connector
{
public:
    FileConnector(QString name, PemFileLayout layout, FileTargetCommands commands,
                  std::optional<Endpoint> endpoint);

    QString name() const override { return m_name; }
    Grant capabilities() const override;
    Result<DeployOutcome> deploy(Sandbox &sandbox, const Deployment &deployment,
                                 const CancelCheck &cancelled) override;
    ValidationReport validate(Sandbox &sandbox) override;
    std::optional<Endpoint> endpoint() const override { return m_endpoint; }

    const PemFileLayout &layout() const { return m_layout; }
    const FileTargetCommands &commands() const { return m_commands; }

private:
    QString m_name;
    PemFileLayout m_layout;
    FileTargetCommands m_commands;
    std::optional<Endpoint> m_endpoint;
};

/// A field of a file target type whose default is `defaults[key]`.
FieldSpec fileTargetField(const QString &key, const QString &label, FieldSpec::Kind kind,
                          const QJsonObject &defaults, const QString &help, bool required = false);

/// The FileConnector for `layout` with the reader's validate_command and reload_command (when
/// `withCommands`) and endpoint; fails when two files share a path or a field is bad.
Result<std::unique_ptr<Connector>> makeFileConnector(const QString &name, const SettingsReader &reader,
                                                     PemFileLayout layout, bool withCommands);

/// Reads a file target's layout from its settings.
using LayoutReader = std::function<Result<PemFileLayout>(const SettingsReader &reader)>;

/// A file target type: `fields` followed by the endpoint fields, `defaults` as the type's defaults;
/// its create() reads the settings over those defaults, the layout with `readLayout`, then
/// validate_command and reload_command when `withCommands`, and the endpoint.
TargetType fileTargetType(const QString &name, const QString &displayName, const QString &description,
                          std::function<QJsonObject(const QJsonObject &values)> defaults,
                          QList<FieldSpec> fields, LayoutReader readLayout, bool withCommands);

/// A target type that writes cert_path (the certificate, and the chain when chain_path is empty),
/// chain_path and key_path (0600), checks the configuration with validate_command and reloads with
/// reload_command: nginx, Apache httpd, Postfix/Dovecot. `defaults` gives the defaults for the
/// current values; the fields' own defaults are those of `defaults({})`. The endpoint fields are
/// added.
TargetType pemFileTargetType(const QString &name, const QString &displayName, const QString &description,
                             std::function<QJsonObject(const QJsonObject &values)> defaults);

} // namespace certdesk::target
