// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real pebble-challtestsrv on 127.0.0.1 for the DNS tests: its DNS server on a free UDP/TCP port,
// its management API on a free TCP port, every other challenge server off.

#include <QProcess>
#include <QString>

#include <memory>

namespace certdesk::testsupport {

/// Starts pebble-challtestsrv and stops it again in the destructor.
class ChallTestSrv
{
public:
    ChallTestSrv();
    ~ChallTestSrv();
    ChallTestSrv(const ChallTestSrv &) = delete;
    ChallTestSrv &operator=(const ChallTestSrv &) = delete;

    /// Empty when it runs; otherwise why it does not (not installed, did not come up).
    QString error() const { return m_error; }
    /// "http://127.0.0.1:PORT", for the shipped scripts' CERTDESK_TEST_CHALLTESTSRV.
    QString managementUrl() const;
    /// "127.0.0.1:PORT", its DNS server.
    QString dnsServer() const;

    /// Adds a TXT value to `fqdn` (no trailing dot) through the management API.
    bool setTxt(const QString &fqdn, const QString &value);
    /// Removes every TXT value of `fqdn`.
    bool clearTxt(const QString &fqdn);

private:
    bool startOnce();
    bool post(const QString &path, const QByteArray &json);

    std::unique_ptr<QProcess> m_process;
    quint16 m_dnsPort = 0;
    quint16 m_managementPort = 0;
    QString m_error;
};

} // namespace certdesk::testsupport
