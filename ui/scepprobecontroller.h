// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/network/scepprobe.h"
#include "models/domain/result.h"
#include "ui/scepprobeview.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Probes SCEP servers for the console (read-only: GetCACaps and GetCACert, never an enrolment)
/// and lists the probe history, on worker threads. Results come back as signals on the GUI
/// thread; a running probe can be cancelled, and is when the controller goes away.
class ScepProbeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScepProbeController)

public:
    /// How many probes the history shows, newest first.
    static constexpr int HistoryLimit = 100;

    explicit ScepProbeController(QObject *parent = nullptr);
    ~ScepProbeController() override;

    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    bool isProbing() const { return m_cancel != nullptr; }

    /// Probes in the background (nothing happens while another probe runs); then probed() or
    /// probeFailed(), and the history is reloaded (the service records failed probes too).
    void probe(const discovery::ScepProbeOptions &options);
    /// Asks the running probe to stop; it ends with probeFailed() and ErrorCode::Cancelled.
    void cancel();
    void loadHistory();

Q_SIGNALS:
    void contextChanged();
    void probingChanged(bool probing);
    void probed(const certdesk::ui::ScepProbeView &probe);
    /// The probe of `url` failed; a bad URL or a cancelled probe is not in the history.
    void probeFailed(const QString &url, const certdesk::Error &error);
    void historyLoaded(const QList<certdesk::ui::ScepProbeView> &history);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    std::shared_ptr<core::AppContext> m_context;
    /// Set while a probe runs; shared with its worker, which polls it.
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace certdesk::ui
