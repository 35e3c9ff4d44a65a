// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/http01solver.h"

#include "connectors/issuer/acme/challenges/http01registry.h"
#include "connectors/issuer/acme/challenges/taskcheck.h"

#include <QCoreApplication>

namespace certdesk::issuer::acme {
namespace {

constexpr char Http01[] = "http-01";

/// base64url characters only, as RFC 8555 section 8.1 requires of a token; anything else could
/// never be asked for in a path.
bool isBase64Url(const QString &token)
{
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                        c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return !token.isEmpty();
}

Status checkHttpTask(const ChallengeTask &task)
{
    Status checked = checkTask(task, QString::fromLatin1(Http01));
    if (checked)
        checked = checkKeyAuthorization(task);
    if (checked && !isBase64Url(task.token))
        checked =
            Error{QCoreApplication::translate("certdesk::issuer::acme",
                                              "The http-01 challenge for %1 has a token with characters "
                                              "other than letters, digits, - and _.")
                      .arg(task.identifier),
                  {},
                  ErrorCode::InvalidInput};
    return checked;
}

} // namespace

Http01Solver::Http01Solver(Http01Config config) : m_config(std::move(config)) {}

Http01Solver::~Http01Solver()
{
    const std::lock_guard lock(m_mutex);
    for (auto held = m_held.cbegin(); held != m_held.cend(); ++held) {
        for (int i = 0; i < held.value(); ++i)
            Http01Registry::instance().release(held.key().first, held.key().second);
    }
}

QString Http01Solver::type() const
{
    return QString::fromLatin1(Http01);
}

Status Http01Solver::present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled)
{
    const auto key = Http01Registry::keyOf(m_config);
    if (!key)
        return key.error();
    for (const ChallengeTask &task : tasks) {
        Status checked = checkHttpTask(task);
        if (!checked)
            return checked;
    }
    if (cancelled && cancelled())
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "The HTTP-01 challenge was cancelled."),
            {},
            ErrorCode::Cancelled};

    const std::lock_guard lock(m_mutex);
    QList<QByteArray> served;
    for (const ChallengeTask &task : tasks) {
        const QByteArray token = task.token.toLatin1();
        Status started = Http01Registry::instance().acquire(m_config, token, task.keyAuthorization.toUtf8());
        if (!started) {
            for (const QByteArray &undo : std::as_const(served))
                Http01Registry::instance().release(*key, undo);
            return started;
        }
        served.append(token);
    }
    for (const QByteArray &token : std::as_const(served))
        ++m_held[{*key, token}];
    return {};
}

Status Http01Solver::cleanup(const QList<ChallengeTask> &tasks)
{
    const auto key = Http01Registry::keyOf(m_config);
    if (!key)
        return {}; // present() refused this configuration: nothing is served
    const std::lock_guard lock(m_mutex);
    for (const ChallengeTask &task : tasks)
        releaseHeld(*key, task.token.toLatin1());
    return {};
}

void Http01Solver::releaseHeld(const QString &key, const QByteArray &token)
{
    const auto held = m_held.find({key, token});
    if (held == m_held.end())
        return;
    if (--held.value() <= 0)
        m_held.erase(held);
    Http01Registry::instance().release(key, token);
}

} // namespace certdesk::issuer::acme
