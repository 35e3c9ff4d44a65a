// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the target UI tests share: the console's real main window on a fresh SQLite inventory in a
// temporary directory, and the settings of an nginx target whose files go to that directory and
// whose check and reload commands are /bin/true.

#include "app/core/datakeysource.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::testsupport {

/// The main window with a ScriptedPrompter, opened on `dir`/inventory.sqlite; null on failure.
inline std::unique_ptr<ui::MainWindow> openTargetTestWindow(const QTemporaryDir &dir,
                                                            ScriptedPrompter **prompter)
{
    QStandardPaths::setTestModeEnabled(true);
    writeFile(dir.path(), QStringLiteral("master.txt"), "target ui test passphrase\n");
    auto scripted = std::make_unique<ScriptedPrompter>();
    *prompter = scripted.get();
    const auto keyFile = dir.filePath(QStringLiteral("master.txt"));
    auto window = std::make_unique<ui::MainWindow>(std::move(scripted), [keyFile] {
        return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
    });
    window->resize(1280, 800);
    window->show();
    QSignalSpy opened(window.get(), &ui::MainWindow::databaseOpened);
    window->openDatabase(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("inventory.sqlite"))));
    if (!opened.wait(20000) || !opened.first().first().toBool())
        return nullptr;
    return window;
}

/// An nginx target's values with its files in `folder` (created) and /bin/true as its commands.
inline QJsonObject nginxTargetValues(const QString &folder)
{
    QDir().mkpath(folder);
    return QJsonObject{
        {QStringLiteral("cert_path"), QString(folder + QStringLiteral("/cert.pem"))},
        {QStringLiteral("chain_path"), QString(folder + QStringLiteral("/chain.pem"))},
        {QStringLiteral("key_path"), QString(folder + QStringLiteral("/key.pem"))},
        {QStringLiteral("validate_command"), QStringLiteral("/bin/true")},
        {QStringLiteral("reload_command"), QStringLiteral("/bin/true")},
    };
}

} // namespace certdesk::testsupport
