// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Executable scripts and their records for the DNS solver tests.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace certdesk::testsupport {

/// Writes `body` to `dir`/`name` with mode 0755 and returns its absolute path (empty on failure).
QString writeScript(const QString &dir, const QString &name, const QByteArray &body);

/// A /bin/sh script that records each run in a new file under $CERTDESK_TEST_OUT: its argument
/// count, $0 and its whole environment (NUL-separated, so any value survives), then exits with
/// `exitCode`.
QByteArray recordingScript(int exitCode = 0);

/// One run recorded by recordingScript().
struct RecordedRun
{
    int argumentCount = -1;
    QString program;
    QHash<QString, QString> environment;
};

/// Every run recorded under `dir`, in no particular order.
QList<RecordedRun> recordedRuns(const QString &dir);

/// The directory with the scripts shipped for the tests (tests/acme/scripts).
QString shippedScriptsDir();

/// True while process `pid` exists and is not a zombie.
bool processAlive(qint64 pid);

} // namespace certdesk::testsupport
