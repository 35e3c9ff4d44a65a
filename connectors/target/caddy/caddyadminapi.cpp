// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/caddy/caddyadminapi.h"

#include "connectors/target/caddy/caddytr.h"
#include "connectors/target/sdk/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk::target::caddy {
namespace {

/// Caddy's error sentences are short; anything longer is not one and is cut for the detail.
constexpr qsizetype MaxErrorText = 2000;
/// Base64 lines of a PEM key shorter than this could match ordinary text by chance.
constexpr qsizetype MinSecretLine = 16;

const QByteArray JsonContentType = QByteArrayLiteral("application/json");

/// `body` parsed as any JSON value (Qt's parser only takes objects and arrays at the top, so the
/// value is read as the only element of an array). The copy is wiped: the configuration holds
/// private keys.
std::optional<QJsonValue> parseJsonValue(const QByteArray &body)
{
    QByteArray wrapped;
    wrapped.reserve(body.size() + 2);
    wrapped.append('[').append(body).append(']');
    const pki::SecureBytes wiped(std::move(wrapped));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(wiped.bytes(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

QString withoutSecret(QString text, const QByteArray &secret)
{
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    text.replace(block, QStringLiteral("[removed]"));
    for (const QByteArray &line : secret.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.size() >= MinSecretLine && !trimmed.startsWith("-----"))
            text.replace(QString::fromLatin1(trimmed), QStringLiteral("[removed]"));
    }
    return text;
}

void appendJsonString(QByteArray &out, const QByteArray &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20)
                out.append("\\u00").append(Hex[byte >> 4]).append(Hex[byte & 0xf]);
            else
                out.append(c);
        }
    }
    out.append('"');
}

AdminApi::AdminApi(Sandbox &sandbox, QString baseUrl, const pki::SecureBytes *secret)
    : m_sandbox(sandbox), m_baseUrl(std::move(baseUrl)), m_secret(secret)
{}

Result<QJsonValue> AdminApi::get(const QString &path) const
{
    HttpRequest request;
    request.url = m_baseUrl + path;
    Result<HttpResponse> answer = m_sandbox.request(request);
    const QString what = QStringLiteral("GET ") + path;
    if (!answer)
        return unreachable(what, answer.error());
    const pki::SecureBytes body(std::move(answer->body));
    if (answer->status == 404 && path.startsWith(QLatin1String("/id/")))
        return Error{tr("Caddy's configuration has no object with the @id %1.").arg(path.section(u'/', 2, 2)),
                     {},
                     ErrorCode::NotFound};
    if (answer->status != 200)
        return refused(what, answer->status, body.bytes());
    std::optional<QJsonValue> value = parseJsonValue(body.bytes());
    if (!value)
        return Error{tr("The answer of Caddy's admin API at %1 to %2 is not JSON; check that admin_api names "
                        "Caddy's admin endpoint.")
                         .arg(m_baseUrl, what)};
    return *value;
}

Status AdminApi::change(const QByteArray &method, const QString &path, pki::SecureBytes body) const
{
    HttpRequest request;
    request.method = method;
    request.url = m_baseUrl + path;
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), JsonContentType});
    // Shares body's buffer (no copy); the SecureBytes wipes it when this call returns.
    request.body = body.bytes();
    Result<HttpResponse> answer = m_sandbox.request(request);
    request.body.clear();
    const QString what = QString::fromLatin1(method) + u' ' + path;
    if (!answer)
        return unreachable(what, answer.error());
    if (answer->status < 200 || answer->status > 299)
        return refused(what, answer->status, answer->body);
    return {};
}

Error AdminApi::unreachable(const QString &what, const Error &cause) const
{
    if (cause.code == ErrorCode::Denied || cause.code == ErrorCode::InvalidInput)
        return cause;
    return Error{
        tr("Caddy's admin API at %1 cannot be reached (%2). Check that Caddy runs and that admin_api "
           "names its admin endpoint (the \"admin\" \"listen\" address of its configuration).")
            .arg(m_baseUrl, what),
        cause.fullText()};
}

Error AdminApi::refused(const QString &what, int status, const QByteArray &body) const
{
    QString sentence;
    const std::optional<QJsonValue> parsed = parseJsonValue(body);
    if (parsed && parsed->isObject())
        sentence = parsed->toObject().value(QLatin1String("error")).toString();
    if (sentence.isEmpty())
        sentence = QString::fromUtf8(body.left(MaxErrorText)).trimmed();
    sentence = withoutSecret(sentence, m_secret ? m_secret->bytes() : QByteArray());
    return Error{
        tr("Caddy's admin API at %1 refused %2 with HTTP %3; Caddy keeps its previous configuration.")
            .arg(m_baseUrl, what)
            .arg(status),
        sentence.left(MaxErrorText)};
}

} // namespace certdesk::target::caddy
