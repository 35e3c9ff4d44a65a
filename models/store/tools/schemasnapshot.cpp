// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: applies every migration to a new, empty SQLite file and writes the schema they produce
// as the snapshot script that new SQLite inventories are created from (models/store/schemasnapshot.h).
// Usage: certdesk_schemasnapshot OUTPUT.sql
#include "models/store/schemasnapshot.h"
#include "models/store/connectionspec.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace certdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: certdesk_schemasnapshot OUTPUT.sql\n");
        return 2;
    }
    const auto fail = [](const Error &error) {
        std::fprintf(stderr, "certdesk_schemasnapshot: %s\n", qPrintable(error.fullText()));
        return 1;
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error{QStringLiteral("cannot make a temporary folder"), dir.errorString()});
    // This tool links no snapshot, so the database is migrated step by step.
    auto db =
        store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("schema.sqlite"))));
    if (!db)
        return fail(db.error());
    auto snapshot = store::detail::readSqliteSchema((*db)->connection());
    if (!snapshot)
        return fail(snapshot.error());
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(store::detail::formatSnapshot(*snapshot).toUtf8()) < 0)
        return fail(Error{QStringLiteral("cannot write %1").arg(out.fileName()), out.errorString()});
    return 0;
}
