// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <utility>

namespace certdesk::pki {

/// Bytes that hold a secret (a private key, a data key, a password). The buffer is wiped with
/// OPENSSL_cleanse when the object is destroyed or reassigned; copies are explicit only.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { m_bytes.detach(); }
    ~SecureBytes() { wipe(); }
    SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    SecureBytes clone() const { return SecureBytes(QByteArray(m_bytes.constData(), m_bytes.size())); }
    const QByteArray &bytes() const { return m_bytes; }
    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    /// Overwrites the buffer with zeros and empties it. A buffer still shared with a QByteArray
    /// copied from bytes() is only released, so that the copy keeps its value.
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace certdesk::pki
