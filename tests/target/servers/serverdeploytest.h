// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The deployment scenario every real-server test runs, written once: each test class derives from
// ServerDeployTest with its server and adds what is particular to that server. Qt Test runs the
// base class's private slots first, in the order declared.

#include "connectors/target/sdk/connector.h"
#include "tests/target/servers/testtlsserver.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace certdesk::testsupport {

/// Deploys to a real server through its target type's connector and checks what the server then
/// presents in a TLS handshake (the SDK's probe and `openssl s_client`) and what is on disk.
class ServerDeployTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerDeployTest(std::function<std::unique_ptr<TestTlsServer>()> makeServer);
    ~ServerDeployTest() override;

protected:
    TestTlsServer &server() { return *m_server; }
    /// Deploys through the connector for the server's settings with `changes`, in a Sandbox with
    /// exactly the connector's grant.
    Result<target::DeployOutcome> deploy(const target::Deployment &deployment,
                                         const QJsonObject &changes = {});
    /// Fails the test unless the server presents `m_served` now.
    void verifyStillServed();
    /// A deployment whose key does not belong to its certificate.
    static target::Deployment mismatchedDeployment();

    /// What the server presents after the last successful deployment.
    target::Deployment m_served;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dryRunPasses();
    void deployIsServed();
    void redeployIsNoop();
    void renewalIsServed();
    void brokenConfigKeepsOldCertificate();
    void readOnlyFileChangesNothing();
    void missingFolderChangesNothing();
    void injectionIsRefused_data();
    void injectionIsRefused();

private:
    std::function<std::unique_ptr<TestTlsServer>()> m_makeServer;
    std::unique_ptr<TestTlsServer> m_server;
};

} // namespace certdesk::testsupport
