// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the alert rule and digest tests: an inventory opened as the console and the CLI open it
// (AppContext with a master passphrase file) on a database of the store suite's backends (SQLite,
// PostgreSQL), with a local CA that issues real certificates, and a job runner that works the
// "notify" jobs with short backoffs.

#include "app/core/alertdelivery.h"
#include "app/core/appcontext.h"
#include "models/store/connectionspec.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::testsupport {

class AlertInventory final
{
public:
    /// Opens `spec` (creating the schema) and, with `setUpCa`, sets up the local CA "Lab"; false
    /// with a warning. Without it, another console on an inventory another AlertInventory set up.
    bool open(const store::ConnectionSpec &spec, bool setUpCa = true);
    /// A "restart": drops the AppContext and opens the same database again.
    bool reopen();
    core::AppContext &app() const { return *m_app; }
    const store::ConnectionSpec &spec() const { return m_spec; }

    /// Issues a certificate for `cn` valid for `days` from now through the local CA; its id or 0.
    qint64 issue(const QString &cn, int days);
    /// Renews it through the local CA (a new current version); false with a warning.
    bool renew(qint64 certificateId);

    /// Works the "notify" jobs `jobIds` until they ended (retries 1 to 2 s apart), at most `seconds`.
    Result<core::DeliveryOutcome> deliver(const QList<qint64> &jobIds, int seconds = 60);
    /// The job's log lines.
    QStringList jobLog(qint64 jobId) const;

private:
    QTemporaryDir m_dir;
    QString m_passphraseFile;
    store::ConnectionSpec m_spec;
    std::shared_ptr<core::AppContext> m_app;
};

} // namespace certdesk::testsupport
