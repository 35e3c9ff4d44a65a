// SPDX-License-Identifier: GPL-3.0-or-later
// The runner that tst_jobrunner kills: `jobrunner_child <sqlite file> <owner>` opens the inventory,
// runs a JobRunner (lease 2 s) whose handler for "test.crash" writes "started" to the job's log and
// then sleeps in steps until the process is killed. Ends by itself after a minute, should the test
// that started it die first.

#include "app/core/jobrunner.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace {

using namespace certdesk;

/// Logs "started", then sleeps in steps of 50 ms until cancelled (which a kill never lets happen).
class SleepingHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &context) override
    {
        context.log(QStringLiteral("started"));
        while (!context.isCancelled())
            QThread::msleep(50);
        return Error{QStringLiteral("stopped"), {}, ErrorCode::Cancelled};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: jobrunner_child <sqlite file> <owner>\n");
        return 2;
    }
    auto db = store::Database::open(store::ConnectionSpec::sqlite(args.at(1)));
    if (!db) {
        std::fprintf(stderr, "jobrunner_child: %s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    core::JobRunner::Options options;
    options.owner = args.at(2);
    options.maxConcurrent = 1;
    options.leaseSeconds = 2;
    options.pollIntervalMs = 50;
    core::JobRunner runner(*db, options);
    runner.registerHandler(QStringLiteral("test.crash"), std::make_shared<SleepingHandler>());
    runner.start();
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
