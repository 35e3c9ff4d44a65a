// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace certdesk::ui {

/// Runs `work` on the global thread pool and calls `done(result)` on `context`'s thread once it
/// finishes, unless `context` was destroyed first (the result is then dropped, never delivered to a
/// dead widget). The GUI thread never waits for the work.
template <typename Work, typename Done>
QFutureWatcher<std::invoke_result_t<Work>> *runInBackground(QObject *context, Work &&work, Done &&done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if (!watcher->isCanceled() || watcher->future().resultCount() > 0)
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
    return watcher;
}

/// Like runInBackground, for work that reports progress and honours cancel through the QPromise it
/// is handed (`work(QPromise<T>&)` must add exactly one result). The watcher's progress signals
/// and cancel() drive a TaskProgress widget.
template <typename T, typename Work, typename Done>
QFutureWatcher<T> *runWithProgress(QObject *context, Work &&work, Done &&done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if (watcher->future().resultCount() > 0)
                             done(watcher->future().result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
    return watcher;
}

} // namespace certdesk::ui
