// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/keyringcache.h"

#include <QByteArray>

#ifdef __linux__
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace certdesk::core {

namespace {
constexpr int DefaultSeconds = 300;
constexpr long MaximumPayload = 4096;

#ifdef __linux__
long findKey(const QByteArray &description)
{
    return syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_USER_KEYRING, "user", description.constData(), 0);
}
#endif
} // namespace

int KeyringCache::secondsFromEnvironment()
{
    bool numeric = false;
    const int seconds = qEnvironmentVariableIntValue("CERTDESK_KEY_CACHE_SECONDS", &numeric);
    return numeric ? std::max(seconds, 0) : DefaultSeconds;
}

std::optional<pki::SecureBytes> KeyringCache::lookup(const QString &description) const
{
#ifdef __linux__
    if (!enabled())
        return std::nullopt;
    const long key = findKey(description.toUtf8());
    if (key < 0)
        return std::nullopt;
    pki::SecureBytes buffer(QByteArray(MaximumPayload, '\0'));
    const long size = syscall(SYS_keyctl, KEYCTL_READ, key, buffer.bytes().constData(), MaximumPayload);
    if (size <= 0 || size > MaximumPayload)
        return std::nullopt;
    return pki::SecureBytes(QByteArray(buffer.data(), static_cast<qsizetype>(size)));
#else
    Q_UNUSED(description);
    return std::nullopt;
#endif
}

void KeyringCache::store(const QString &description, const pki::SecureBytes &payload) const
{
#ifdef __linux__
    if (!enabled() || payload.size() > MaximumPayload)
        return;
    const long key = syscall(SYS_add_key, "user", description.toUtf8().constData(), payload.data(),
                             static_cast<size_t>(payload.size()), KEY_SPEC_USER_KEYRING);
    if (key < 0)
        return;
    // Possessor: everything; the owning user: view, read, search and set attributes (so a later
    // process of the same user finds, reads and invalidates it); group and others: nothing.
    constexpr unsigned PossessorAll = 0x3f000000u;
    constexpr unsigned UserView = 0x00010000u, UserRead = 0x00020000u, UserSearch = 0x00080000u,
                       UserSetAttr = 0x00200000u;
    const unsigned permissions = PossessorAll | UserView | UserRead | UserSearch | UserSetAttr;
    if (syscall(SYS_keyctl, KEYCTL_SETPERM, key, permissions) < 0 ||
        syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, key, static_cast<unsigned>(m_seconds)) < 0)
        syscall(SYS_keyctl, KEYCTL_INVALIDATE, key);
#else
    Q_UNUSED(description);
    Q_UNUSED(payload);
#endif
}

void KeyringCache::forget(const QString &description) const
{
#ifdef __linux__
    const long key = findKey(description.toUtf8());
    if (key >= 0)
        syscall(SYS_keyctl, KEYCTL_INVALIDATE, key);
#else
    Q_UNUSED(description);
#endif
}

} // namespace certdesk::core
