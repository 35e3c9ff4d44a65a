// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scepprobecontroller.h"

#include "app/core/appcontext.h"
#include "app/core/networkscanservice.h"
#include "ui/backgroundtask.h"

namespace certdesk::ui {

ScepProbeController::ScepProbeController(QObject *parent) : QObject(parent) {}

ScepProbeController::~ScepProbeController()
{
    // The worker keeps the context alive; stopping its wait lets the thread pool finish soon.
    cancel();
}

void ScepProbeController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_context = std::move(context);
    Q_EMIT contextChanged();
    loadHistory();
}

void ScepProbeController::probe(const discovery::ScepProbeOptions &options)
{
    if (!m_context || m_cancel)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT probingChanged(true);
    auto context = m_context;
    runInBackground(
        this,
        [context, options, cancel = m_cancel]() -> Result<ScepProbeView> {
            auto record = context->networkScans().probeScep(options, cancel.get());
            if (!record)
                return record.error();
            return ScepProbeView::of(*record);
        },
        [this, url = options.url.trimmed()](const Result<ScepProbeView> &result) {
            m_cancel.reset();
            Q_EMIT probingChanged(false);
            if (result)
                Q_EMIT probed(*result);
            else
                Q_EMIT probeFailed(url, result.error());
            loadHistory();
        });
}

void ScepProbeController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ScepProbeController::loadHistory()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context]() -> Result<QList<ScepProbeView>> {
            auto records = context->networkScans().scepProbes(HistoryLimit);
            if (!records)
                return records.error();
            QList<ScepProbeView> views;
            views.reserve(records->size());
            for (const auto &record : *records)
                views << ScepProbeView::of(record);
            return views;
        },
        [this](const Result<QList<ScepProbeView>> &history) {
            if (!history)
                Q_EMIT operationFailed(tr("Loading the SCEP probe history failed"), history.error());
            else
                Q_EMIT historyLoaded(*history);
        });
}

} // namespace certdesk::ui
