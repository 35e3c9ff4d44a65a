// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/emailchannel.h"

#include "connectors/notifier/alertfields.h"
#include "connectors/notifier/channelsettings.h"
#include "connectors/notifier/curlsupport.h"
#include "connectors/notifier/mimemessage.h"
#include "connectors/pki/symmetriccrypto.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cstring>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

const QString HostKey = QStringLiteral("host");
const QString PortKey = QStringLiteral("port");
const QString SecurityKey = QStringLiteral("security");
const QString UsernameKey = QStringLiteral("username");
const QString PasswordKey = QStringLiteral("password");
const QString FromAddressKey = QStringLiteral("from_address");
const QString FromNameKey = QStringLiteral("from_name");
const QString RecipientsKey = QStringLiteral("recipients");

const QString StartTls = QStringLiteral("starttls");
const QString StartTlsIfOffered = QStringLiteral("starttls_if_offered");
const QString ImplicitTls = QStringLiteral("tls");
const QString NoTls = QStringLiteral("none");
const QStringList SecurityChoices = {StartTls, StartTlsIfOffered, ImplicitTls, NoTls};

struct EmailSettings
{
    QString host;
    int port = 587;
    QString security;
    QString username;
    std::optional<pki::SecureBytes> password;
    QString fromAddress;
    QString fromName;
    QStringList recipients;
    ConnectionOptions connection;
};

/// The state of one SMTP transaction for libcurl's callbacks.
struct Transfer
{
    QByteArray message;
    qsizetype sent = 0;
    QByteArray replies; ///< what the server said, for the last reply

    /// The server's last reply with code `code` (any code when 0), all its lines: curl sends QUIT
    /// after a refusal, so the last reply is often just "221 Bye".
    QString reply(int code) const
    {
        const QList<QByteArray> lines = replies.trimmed().split('\n');
        const QByteArray wanted = code > 0 ? QByteArray::number(code) : QByteArray();
        QStringList found;
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            const QByteArray line = lines[i].trimmed();
            // A multi-line reply's lines are "250-..." except the last, "250 ...".
            const bool continuation = line.size() > 3 && line[3] == '-';
            if (found.isEmpty()) {
                if (continuation || !line.startsWith(wanted))
                    continue;
            } else if (!continuation) {
                break;
            }
            found.prepend(QString::fromUtf8(line));
        }
        return found.join(QStringLiteral(" / "));
    }
};

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const qsizetype chunk =
        std::min<qsizetype>(qsizetype(size * count), transfer->message.size() - transfer->sent);
    std::memcpy(buffer, transfer->message.constData() + transfer->sent, size_t(chunk));
    transfer->sent += chunk;
    return size_t(chunk);
}

int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    // Only the server's replies are kept: what CertDesk sends includes the AUTH exchange.
    if (type == CURLINFO_HEADER_IN) {
        auto *transfer = static_cast<Transfer *>(user);
        transfer->replies.append(data, qsizetype(size));
        if (transfer->replies.size() > 16384)
            transfer->replies.remove(0, transfer->replies.size() - 8192);
    }
    return 0;
}

class EmailChannel final : public Channel
{
public:
    explicit EmailChannel(EmailSettings settings) : m_settings(std::move(settings)) {}

    QString type() const override { return QStringLiteral("email"); }

    DeliveryResult send(const AlertMessage &message, const CancelCheck &cancelled) override
    {
        MailContent content;
        content.fromAddress = m_settings.fromAddress;
        content.fromName = m_settings.fromName;
        content.to = m_settings.recipients;
        content.subject = message.subject;
        content.text = message.text;
        content.html = message.html;
        content.messageIdLocal = deliveryIdFor(message);
        content.date = QDateTime::currentDateTimeUtc();
        const QByteArray boundary =
            "=_certdesk_" + pki::sha256Hex(content.messageIdLocal.toUtf8()).left(24).toLatin1();

        Transfer transfer;
        transfer.message = buildMailMessage(content, boundary);
        return perform(transfer, cancelled);
    }

private:
    long useSsl() const
    {
        if (m_settings.security == StartTls || m_settings.security == ImplicitTls)
            return long(CURLUSESSL_ALL);
        return m_settings.security == StartTlsIfOffered ? long(CURLUSESSL_TRY) : long(CURLUSESSL_NONE);
    }

    QString endpoint() const
    {
        const QString scheme =
            m_settings.security == ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
        const QString host = m_settings.host.contains(u':') ? u'[' + m_settings.host + u']' : m_settings.host;
        return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_settings.port);
    }

    DeliveryResult perform(Transfer &transfer, const CancelCheck &cancelled) const
    {
        CurlHandle curl = newCurlHandle();
        if (!curl)
            return DeliveryResult::failure(Error{tr("libcurl could not be set up.")}, true);
        CurlList recipients(nullptr, &curl_slist_free_all);
        for (const QString &recipient : m_settings.recipients)
            appendTo(recipients, '<' + recipient.toLatin1() + '>');

        // The URL's path is the name sent with EHLO.
        QString helo = QSysInfo::machineHostName();
        if (!isMailAddress(QStringLiteral("x@") + helo))
            helo = QStringLiteral("localhost");
        const QByteArray url = (endpoint() + u'/' + helo).toUtf8();
        const QByteArray from = '<' + m_settings.fromAddress.toLatin1() + '>';
        const QByteArray username = m_settings.username.toUtf8();
        CurlTransferSettings settings(m_settings.connection, cancelled);
        CURL *handle = curl.get();
        settings.applyTo(handle);
        curl_easy_setopt(handle, CURLOPT_URL, url.constData());
        curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        curl_easy_setopt(handle, CURLOPT_USE_SSL, useSsl());
        if (!username.isEmpty()) {
            curl_easy_setopt(handle, CURLOPT_USERNAME, username.constData());
            curl_easy_setopt(handle, CURLOPT_PASSWORD,
                             m_settings.password ? m_settings.password->data() : "");
        }
        curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
        curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.message.size()));
        curl_easy_setopt(handle, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(handle, CURLOPT_READDATA, &transfer);
        curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, &onDebug);
        curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transfer);

        const CURLcode code = curl_easy_perform(handle);
        long reply = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
        const QString lastReply = transfer.reply(int(reply));
        if (code == CURLE_OK)
            return DeliveryResult::success(int(reply), lastReply);
        return failure(code, settings.errorText(), int(reply), lastReply);
    }

    DeliveryResult failure(CURLcode code, const QString &curlText, int reply, const QString &lastReply) const
    {
        const QString server = endpoint();
        QString detail = QStringLiteral("%1 (curl error %2)").arg(curlText).arg(int(code));
        if (!lastReply.isEmpty())
            detail = tr("the server said: %1; %2").arg(lastReply, detail);
        auto refused = [&](const QString &message, bool retryable) {
            return DeliveryResult::failure(
                Error{message, detail, retryable ? ErrorCode::Generic : ErrorCode::InvalidInput}, retryable,
                reply, lastReply);
        };
        switch (code) {
        case CURLE_LOGIN_DENIED:
            return refused(
                tr("The SMTP server %1 refused the login of user %2; check the user name and password "
                   "in the channel's settings.")
                    .arg(server, m_settings.username),
                reply >= 400 && reply < 500);
        case CURLE_USE_SSL_FAILED:
            return refused(
                tr("The SMTP server %1 does not offer STARTTLS; use security \"tls\" (usually port 465) "
                   "if it speaks TLS from the start, or ask its administrator to enable STARTTLS.")
                    .arg(server),
                false);
        default:
            break;
        }
        // A reply of 400 or more: the server refused a step (MAIL FROM, RCPT TO, DATA). 4xx is a
        // temporary refusal, 5xx a permanent one.
        if (reply >= 400 && reply < 600 && code != CURLE_OPERATION_TIMEDOUT &&
            code != CURLE_ABORTED_BY_CALLBACK) {
            const bool temporary = reply < 500;
            const QString message =
                temporary
                    ? tr("The SMTP server %1 refused the message for now (%2); the alert will be sent again "
                         "later.")
                          .arg(server, lastReply)
                    : tr("The SMTP server %1 refused the message (%2); check the sender and recipient "
                         "addresses and whether the server requires a login or TLS.")
                          .arg(server, lastReply);
            return refused(message, temporary);
        }
        TransportFailure failure = transportFailure(code, curlText, server, m_settings.connection);
        failure.error.detail = detail;
        return DeliveryResult::failure(failure.error, failure.retryable, reply, lastReply);
    }

    EmailSettings m_settings;
};

Result<std::unique_ptr<Channel>> createEmail(const ChannelSettings &settings, const QJsonObject &defaults)
{
    const target::SettingsReader reader(settings, defaults);
    EmailSettings parsed;
    parsed.host = reader.text(HostKey);
    if (parsed.host.isEmpty())
        return target::SettingsReader::fieldError(HostKey, tr("the SMTP server's host name is required."));
    if (!isMailAddress(QStringLiteral("x@") + parsed.host) && !parsed.host.contains(u':'))
        return target::SettingsReader::fieldError(
            HostKey, tr("\"%1\" is not a host name or address.").arg(parsed.host));
    Result<QString> security = reader.choice(SecurityKey, SecurityChoices);
    if (!security)
        return security.error();
    parsed.security = *security;
    // Implicit TLS has its own well-known port when none is given.
    if (parsed.security == ImplicitTls && settings.text(PortKey).isEmpty())
        parsed.port = 465;
    else {
        const Result<int> port = readNumber(reader, PortKey, 1, 65535);
        if (!port)
            return port.error();
        parsed.port = *port;
    }
    parsed.username = reader.text(UsernameKey);
    if (const pki::SecureBytes *password = settings.secret(PasswordKey); password && !password->isEmpty())
        parsed.password = password->clone();
    if (parsed.password && parsed.username.isEmpty())
        return target::SettingsReader::fieldError(UsernameKey,
                                                  tr("a password is set, so the user name is required."));
    if (!parsed.username.isEmpty() && parsed.security == NoTls && !isLoopbackHost(parsed.host))
        return target::SettingsReader::fieldError(
            SecurityKey,
            tr("a login without TLS would send the password in clear text; choose starttls or tls."));
    parsed.fromAddress = reader.text(FromAddressKey);
    if (!isMailAddress(parsed.fromAddress))
        return target::SettingsReader::fieldError(
            FromAddressKey,
            tr("\"%1\" is not an e-mail address such as certdesk@example.org.").arg(parsed.fromAddress));
    parsed.fromName = reader.text(FromNameKey);
    parsed.recipients = splitList(reader.text(RecipientsKey));
    if (parsed.recipients.isEmpty())
        return target::SettingsReader::fieldError(RecipientsKey,
                                                  tr("at least one recipient address is required."));
    for (const QString &recipient : std::as_const(parsed.recipients)) {
        if (!isMailAddress(recipient))
            return target::SettingsReader::fieldError(
                RecipientsKey,
                tr("\"%1\" is not an e-mail address such as admin@example.org.").arg(recipient));
    }
    Result<ConnectionOptions> connection = readConnectionOptions(reader);
    if (!connection)
        return connection.error();
    parsed.connection = std::move(*connection);
    return std::unique_ptr<Channel>(new EmailChannel(std::move(parsed)));
}

} // namespace

ChannelType emailChannelType()
{
    using Kind = target::FieldSpec::Kind;
    ChannelType type;
    type.name = QStringLiteral("email");
    type.displayName = tr("E-mail");
    type.description = tr("Sends each alert as an e-mail (text and HTML) through an SMTP server.");
    type.fields = {
        makeField(HostKey, tr("SMTP server"), Kind::Host, tr("The host name or address of the SMTP server."),
                  true),
        makeField(PortKey, tr("Port"), Kind::Port,
                  tr("587 for submission with STARTTLS, 465 for TLS, 25 for relay."), false,
                  QStringLiteral("587")),
        makeField(
            SecurityKey, tr("Security"), Kind::Choice,
            tr("starttls: require STARTTLS; starttls_if_offered: use it when the server offers it; tls: TLS "
               "from the start (smtps); none: no encryption."),
            false, StartTls, SecurityChoices),
        makeField(UsernameKey, tr("User name"), Kind::Text, tr("The login for SMTP AUTH; empty: no login.")),
        makeField(PasswordKey, tr("Password"), Kind::Secret, tr("The SMTP password; kept as a secret.")),
        makeField(FromAddressKey, tr("From address"), Kind::Text,
                  tr("The sender address, such as certdesk@example.org."), true),
        makeField(FromNameKey, tr("From name"), Kind::Text, tr("The sender name shown to recipients."), false,
                  QStringLiteral("CertDesk")),
        makeField(RecipientsKey, tr("Recipients"), Kind::Text,
                  tr("The recipient addresses, separated by commas."), true),
    };
    type.fields += connectionFields(60);
    const QJsonObject defaults = type.defaults();
    type.create = [defaults](const ChannelSettings &settings) { return createEmail(settings, defaults); };
    return type;
}

} // namespace certdesk::notifier
