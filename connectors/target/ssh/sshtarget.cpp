// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sshtarget.h"

#include "connectors/target/ssh/sshconnector.h"
#include "connectors/target/ssh/sshsettings.h"
#include "connectors/target/ssh/sshtr.h"

namespace certdesk::target {

TargetType sshTargetType()
{
    TargetType type;
    type.name = QStringLiteral("ssh");
    type.displayName = ssh::tr("SSH / SFTP");
    type.description =
        ssh::tr("Copies the files to a Linux or Unix server over SSH, with no agent on it, and "
                "runs its reload command there.");
    type.fields = ssh::sshFields();
    type.defaults = [](const QJsonObject &) { return ssh::sshDefaults(); };
    type.create = [](const TargetSettings &settings) -> Result<std::unique_ptr<Connector>> {
        Result<ssh::SshSettings> checked = ssh::readSshSettings(settings);
        if (!checked)
            return checked.error();
        return std::unique_ptr<Connector>(std::make_unique<ssh::SshConnector>(std::move(checked).value()));
    };
    return type;
}

} // namespace certdesk::target
