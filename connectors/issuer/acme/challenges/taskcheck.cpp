// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/taskcheck.h"

#include "connectors/issuer/acme/challenges/dnshook.h"
#include "connectors/issuer/acme/challenges/propagationwait.h"

#include <QCoreApplication>

namespace certdesk::issuer::acme {
namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

Status checkTask(const ChallengeTask &task, const QString &type)
{
    if (task.type != type)
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The %1 challenge solver was given a %2 challenge for %3.")
                         .arg(type, task.type, task.identifier),
                     {},
                     ErrorCode::InvalidInput};
    if (task.identifier.isEmpty() || hasControlCharacter(task.identifier))
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The %1 challenge has no usable identifier.")
                         .arg(type),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}

Status checkKeyAuthorization(const ChallengeTask &task)
{
    if (task.token.isEmpty() || !task.keyAuthorization.startsWith(task.token + u'.') ||
        task.keyAuthorization.size() <= task.token.size() + 1 || hasControlCharacter(task.keyAuthorization))
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The %1 challenge for %2 has no valid key authorization.")
                         .arg(task.type, task.identifier),
                     {},
                     ErrorCode::InvalidInput};
    return {};
}

Result<std::optional<DnsServer>> checkDnsPresent(const DnsScriptConfig &scripts,
                                                 const DnsPropagationConfig &propagation,
                                                 const QList<ChallengeTask> &tasks, const QString &type,
                                                 bool needsKeyAuthorization)
{
    if (Status usable = checkDnsHook(DnsHookStep::Present, scripts); !usable)
        return usable.error();
    auto resolver = configuredResolver(propagation);
    if (!resolver)
        return resolver.error();
    for (const ChallengeTask &task : tasks) {
        Status checked = checkTask(task, type);
        if (checked && needsKeyAuthorization)
            checked = checkKeyAuthorization(task);
        if (!checked)
            return checked.error();
    }
    return resolver;
}

} // namespace certdesk::issuer::acme
