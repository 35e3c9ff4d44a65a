// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliapp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = certdesk::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
