// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/http01registry.h"

#include <QCoreApplication>

namespace certdesk::issuer::acme {
namespace {

Result<SocketAddress> addressOf(const Http01Config &config)
{
    const auto address = SocketAddress::fromNumeric(config.address.trimmed(), config.port, SOCK_STREAM);
    if (!address || config.port == 0)
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The HTTP-01 challenge server cannot listen on \"%1\" port "
                                                 "%2: give an IP address of this machine (0.0.0.0 or :: for "
                                                 "all) and a port from 1 to 65535.")
                         .arg(config.address, QString::number(config.port)),
                     {},
                     ErrorCode::InvalidInput};
    return *address;
}

} // namespace

Http01Registry &Http01Registry::instance()
{
    static Http01Registry registry;
    return registry;
}

Result<QString> Http01Registry::keyOf(const Http01Config &config)
{
    const auto address = addressOf(config);
    if (!address)
        return address.error();
    const QString host = address->host();
    return (address->family() == AF_INET6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
        .arg(host, QString::number(config.port));
}

Status Http01Registry::acquire(const Http01Config &config, const QByteArray &token,
                               const QByteArray &keyAuthorization)
{
    const auto address = addressOf(config);
    if (!address)
        return address.error();
    const auto key = keyOf(config);
    const std::lock_guard lock(m_mutex);
    auto listener = m_listeners.find(*key);
    if (listener == m_listeners.end()) {
        auto started = Http01Listener::start(*address, config.readTimeoutMs);
        if (!started)
            return started.error();
        listener = m_listeners.emplace(*key, std::move(*started)).first;
    }
    listener->second->addToken(token, keyAuthorization);
    return {};
}

void Http01Registry::release(const QString &key, const QByteArray &token)
{
    const std::lock_guard lock(m_mutex);
    const auto listener = m_listeners.find(key);
    if (listener == m_listeners.end())
        return;
    // Stopped under the lock, so a concurrent acquire() cannot find it half closed; stopping takes
    // one turn of its poll() loop.
    if (listener->second->removeToken(token) == 0)
        m_listeners.erase(listener);
}

} // namespace certdesk::issuer::acme
