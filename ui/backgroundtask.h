// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace certdesk::ui {

/// Runs `work` on `pool` and calls `done(result)` on `context`'s thread once it finishes, unless
/// `context` was destroyed first (the result is then dropped, never delivered to a dead widget).
/// The GUI thread never waits for the work. An own pool keeps work that may wait long on the
/// network (a Send test) off the global pool, which Qt also uses to paint.
template <typename Work, typename Done>
QFutureWatcher<std::invoke_result_t<Work>> *runInPool(QThreadPool *pool, QObject *context, Work &&work,
                                                      Done &&done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if (!watcher->isCanceled() || watcher->future().resultCount() > 0)
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::forward<Work>(work)));
    return watcher;
}

/// The pool the console's background work runs on. Not Qt's global pool: Qt 6 splits image
/// conversion and smooth scaling across the global pool and waits for it on the GUI thread, so a
/// long task there (loading 100,000 certificates) froze painting for up to a second.
inline QThreadPool *workPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: workers may outlast main()'s objects
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

/// runInPool() on workPool().
template <typename Work, typename Done>
QFutureWatcher<std::invoke_result_t<Work>> *runInBackground(QObject *context, Work &&work, Done &&done)
{
    return runInPool(workPool(), context, std::forward<Work>(work), std::forward<Done>(done));
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
    watcher->setFuture(QtConcurrent::run(workPool(), std::forward<Work>(work)));
    return watcher;
}

} // namespace certdesk::ui
