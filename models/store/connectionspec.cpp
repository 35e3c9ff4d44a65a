// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/connectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace certdesk::store {

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.backend = Backend::Sqlite;
    spec.sqlitePath = path;
    return spec;
}

Result<ConnectionSpec> ConnectionSpec::fromPostgresUrl(const QString &url)
{
    const QString text = url.trimmed();
    auto invalid = [](const QString &what) {
        // The URL may hold a password: it never goes into the message or the detail.
        return Error{QCoreApplication::translate("certdesk",
                                                 "The PostgreSQL address is not valid: %1. Write it as "
                                                 "postgresql://user@host:port/database")
                         .arg(what),
                     {}};
    };
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("certdesk", "it is empty"));
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(QCoreApplication::translate("certdesk", "it cannot be read as a URL"));
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalid(QCoreApplication::translate("certdesk", "it must start with postgresql://"));
    if (parsed.host().isEmpty())
        return invalid(QCoreApplication::translate("certdesk", "the server name is missing"));

    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = parsed.host(QUrl::FullyDecoded);
    spec.port = parsed.port(5432);
    if (spec.port <= 0 || spec.port > 65535)
        return invalid(QCoreApplication::translate("certdesk", "the port must be a number from 1 to 65535"));
    spec.user = parsed.userName(QUrl::FullyDecoded);
    spec.password = parsed.password(QUrl::FullyDecoded);
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        return invalid(QCoreApplication::translate("certdesk", "the database name is missing"));
    if (path.contains(u'/'))
        return invalid(QCoreApplication::translate("certdesk", "the database name may not contain '/'"));
    spec.databaseName = path;

    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password")) {
            spec.password = value;
            continue;
        }
        if (key == QLatin1String("user")) {
            spec.user = value;
            continue;
        }
        if (!keyPattern.match(key).hasMatch())
            return invalid(
                QCoreApplication::translate("certdesk", "'%1' is not a connection option name").arg(key));
        if (value.isEmpty() || value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
            return invalid(QCoreApplication::translate(
                               "certdesk", "the value of option '%1' is empty or holds a space, ';' or quote")
                               .arg(key));
        options << key + u'=' + value;
    }
    spec.options = options.join(u';');
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    const QString userPart = user.isEmpty() ? QString() : user + u'@';
    return userPart + hostPart + u':' + QString::number(port) + u'/' + databaseName;
}

} // namespace certdesk::store
