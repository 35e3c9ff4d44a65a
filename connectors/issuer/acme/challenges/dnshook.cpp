// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnshook.h"

#include "connectors/issuer/acme/challenges/scriptrunner.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace certdesk::issuer::acme {
namespace {

/// "The DNS present script /etc/certdesk/dns-add", the subject of every message about a script.
QString scriptLabel(DnsHookStep step, const QString &script)
{
    return step == DnsHookStep::Present
               ? QCoreApplication::translate("certdesk::issuer::acme", "The DNS present script %1")
                     .arg(script)
               : QCoreApplication::translate("certdesk::issuer::acme", "The DNS cleanup script %1")
                     .arg(script);
}

const QString &scriptOf(DnsHookStep step, const DnsScriptConfig &scripts)
{
    return step == DnsHookStep::Present ? scripts.presentScript : scripts.cleanupScript;
}

} // namespace

Status checkDnsHook(DnsHookStep step, const DnsScriptConfig &scripts)
{
    const QString &script = scriptOf(step, scripts);
    if (script.isEmpty() && step == DnsHookStep::Present)
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "No DNS present script is configured: set the path of a "
                                                 "script that creates the TXT record."),
                     {},
                     ErrorCode::InvalidInput};
    if (script.isEmpty())
        return {};
    if (!QFileInfo(script).isAbsolute())
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "%1 must be given as an absolute path.")
                .arg(scriptLabel(step, script)),
            {},
            ErrorCode::InvalidInput};
    if (scripts.timeoutSeconds <= 0)
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme",
                                        "The timeout of the DNS scripts must be at least one second."),
            {},
            ErrorCode::InvalidInput};
    return {};
}

Status runDnsHook(DnsHookStep step, const DnsScriptConfig &scripts, const DnsRecordRequest &record,
                  const CancelCheck &cancelled)
{
    Status checked = checkDnsHook(step, scripts);
    if (!checked)
        return checked;
    const QString &script = scriptOf(step, scripts);
    if (script.isEmpty())
        return {}; // no cleanup script: the records stay
    if (cancelled && cancelled())
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The DNS record for %1 was not created because the work was "
                                                 "cancelled.")
                         .arg(record.domain),
                     {},
                     ErrorCode::Cancelled};
    const QList<EnvironmentVariable> environment{
        {QStringLiteral("CERTDESK_DNS_DOMAIN"), record.domain},
        {QStringLiteral("CERTDESK_DNS_FQDN"), record.fqdn},
        {QStringLiteral("CERTDESK_DNS_VALUE"), record.value},
        {QStringLiteral("CERTDESK_DNS_TOKEN"), record.token},
    };
    const ScriptOutcome outcome =
        runScript(script, environment, std::chrono::seconds(scripts.timeoutSeconds), cancelled);
    const QString label = scriptLabel(step, script);
    switch (outcome.end) {
    case ScriptOutcome::End::NotStarted:
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "%1 could not be started for %2: %3.")
                .arg(label, record.domain, outcome.notStartedReason),
            {},
            ErrorCode::InvalidInput};
    case ScriptOutcome::End::Exited:
        if (outcome.code == 0)
            return {};
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "%1 failed for %2 with exit code %3.")
                .arg(label, record.domain, QString::number(outcome.code)),
            outcome.stderrTail};
    case ScriptOutcome::End::Signalled:
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "%1 was ended by signal %3 (%4) for %2.")
                .arg(label, record.domain, QString::number(outcome.code),
                     QString::fromLocal8Bit(strsignal(outcome.code))),
            outcome.stderrTail};
    case ScriptOutcome::End::TimedOut:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "%1 did not finish for %2 within %n second(s) and was "
                                                 "stopped, together with the processes it started.",
                                                 nullptr, scripts.timeoutSeconds)
                         .arg(label, record.domain),
                     outcome.stderrTail};
    case ScriptOutcome::End::Cancelled:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "%1 was stopped for %2 because the work was cancelled.")
                         .arg(label, record.domain),
                     outcome.stderrTail, ErrorCode::Cancelled};
    }
    return {};
}

} // namespace certdesk::issuer::acme
