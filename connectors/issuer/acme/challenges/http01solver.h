// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challenges/solverconfig.h"
#include "connectors/issuer/acme/challengesolver.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>

#include <mutex>

namespace certdesk::issuer::acme {

/// Answers http-01 challenges (RFC 8555 section 8.3) with a temporary HTTP server on the configured
/// address and port: GET /.well-known/acme-challenge/<token> gives the key authorization as
/// text/plain, everything else 404. The server runs on a thread of its own (no event loop is needed
/// in the caller's thread), starts with the first present() and stops once the last token was
/// cleaned up; concurrent orders in this process, through this or other solvers, share it when they
/// use the same address and port (the first one's read timeout applies). Tokens still held when
/// the solver is destroyed are cleaned up then. Safe to use from several threads.
class Http01Solver final : public ChallengeSolver
{
public:
    explicit Http01Solver(Http01Config config);
    ~Http01Solver() override;
    Http01Solver(const Http01Solver &) = delete;
    Http01Solver &operator=(const Http01Solver &) = delete;

    QString type() const override;
    /// Serves every task's token; an Error, with nothing served, when the server cannot start (the
    /// port is taken or needs privileges: the message says what to do) or a task is malformed.
    Status present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled) override;
    /// Stops serving these tasks' tokens (those this solver serves; others are ignored).
    Status cleanup(const QList<ChallengeTask> &tasks) override;

private:
    void releaseHeld(const QString &key, const QByteArray &token);

    const Http01Config m_config;
    std::mutex m_mutex;
    QHash<QPair<QString, QByteArray>, int>
        m_held; ///< (listener, token) -> present() calls not yet cleaned up
};

} // namespace certdesk::issuer::acme
