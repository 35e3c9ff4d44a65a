// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-type settings for the conformance suite (tst_conformance), which runs over every type that
// targetTypes() lists. A registered type without a fixture fails the suite.
//
// To add a fixture for a new target type:
//   1. In conformancefixtures.cpp, write `ConformanceFixture xxxFixture(const QString &dir)` above
//      the table: settings whose every path lies in `dir` (a fresh temporary folder), commands that
//      succeed (`/bin/true`), secrets in `settings.secrets`. A server the connector talks to is
//      started here and kept alive through `keepAlive`; a missing program is reported in
//      `unavailable` (the suite then fails in CI and skips elsewhere).
//   2. Add one line `{"type-name", &xxxFixture},` to the table in conformanceFixtures().
//   (A longer fixture may live in a file of its own: list it in conformance/CMakeLists.txt and
//   declare its function below.)

#include "connectors/target/sdk/targettype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace certdesk::testsupport {

/// What the suite needs to run one target type.
struct ConformanceFixture
{
    target::TargetSettings settings;
    /// Folders whose files must not change when a deployment is denied; empty: the fixture's dir.
    QStringList watchedFolders;
    /// Servers or other resources the fixture started; released after the type's test.
    std::shared_ptr<void> keepAlive;
    /// Non-empty when the fixture cannot run here, naming the missing program or package.
    QString unavailable;
    /// Non-empty when the fixture failed to set up (a server did not start, ...).
    QString failure;
};

using FixtureMaker = ConformanceFixture (*)(const QString &dir);

struct FixtureEntry
{
    const char *type;
    FixtureMaker make;
};

/// Every fixture, by target type name.
const QList<FixtureEntry> &conformanceFixtures();
/// The fixture for `type`; nullptr when there is none.
const FixtureEntry *findConformanceFixture(const QString &type);

} // namespace certdesk::testsupport
