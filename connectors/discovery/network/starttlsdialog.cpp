// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/starttlsdialog.h"

#include "connectors/discovery/network/printable.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace certdesk::discovery {
namespace {

/// A server reply longer than this is not one of the short replies these exchanges expect.
constexpr qsizetype MaxReplyBytes = 64 * 1024;

/// The StartTLS ExtendedRequest (RFC 4511 4.14.1) with message ID 1.
constexpr char LdapStartTlsRequest[] = "\x30\x1d\x02\x01\x01\x77\x18\x80\x16"
                                       "1.3.6.1.4.1.1466.20037";
/// PostgreSQL's SSLRequest: length 8, code 80877103.
constexpr char PostgresSslRequest[] = "\x00\x00\x00\x08\x04\xd2\x16\x2f";

/// Takes one line ending in LF off the front of `buffer`, without its CR LF.
std::optional<QByteArray> takeLine(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    QByteArray line = buffer.left(end);
    buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool startsWithNoCase(const QByteArray &line, const char *prefix)
{
    return line.size() >= qsizetype(qstrlen(prefix)) &&
           qstrnicmp(line.constData(), prefix, qstrlen(prefix)) == 0;
}

/// Reads BER tag-length-value elements (definite lengths only).
class BerReader
{
public:
    explicit BerReader(QByteArray data) : m_data(std::move(data)) {}

    /// The header and content size of the element at the front: nullopt while the header is
    /// incomplete, -1 for a length form this reader does not take (indefinite, over 16 MiB).
    static std::optional<qsizetype> elementSize(const QByteArray &data)
    {
        if (data.size() < 2)
            return std::nullopt;
        const auto first = static_cast<quint8>(data[1]);
        if (first < 0x80)
            return 2 + first;
        const int count = first & 0x7f;
        if (count == 0 || count > 3)
            return -1;
        if (data.size() < 2 + count)
            return std::nullopt;
        qsizetype length = 0;
        for (int i = 0; i < count; ++i)
            length = length * 256 + static_cast<quint8>(data[2 + i]);
        return 2 + count + length;
    }

    /// The content of the next element if it has tag `tag`; nullopt otherwise.
    std::optional<QByteArray> take(quint8 tag)
    {
        const QByteArray rest = m_data.mid(m_pos);
        const auto size = elementSize(rest);
        if (rest.isEmpty() || static_cast<quint8>(rest[0]) != tag || !size || *size < 0 ||
            *size > rest.size())
            return std::nullopt;
        const auto first = static_cast<quint8>(rest[1]);
        const qsizetype header = first < 0x80 ? 2 : 2 + (first & 0x7f);
        m_pos += *size;
        return rest.mid(header, *size - header);
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QString ldapResultName(int code)
{
    switch (code) {
    case 1:
        return QStringLiteral("operationsError");
    case 2:
        return QStringLiteral("protocolError");
    case 51:
        return QStringLiteral("busy");
    case 52:
        return QStringLiteral("unavailable");
    case 53:
        return QStringLiteral("unwillingToPerform");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

StartTlsDialog::StartTlsDialog(StartTlsProtocol protocol, QByteArray clientName)
    : m_protocol(protocol), m_clientName(std::move(clientName))
{
    if (protocol == StartTlsProtocol::Ldap || protocol == StartTlsProtocol::Postgres)
        m_stage = Stage::Request;
}

QByteArray StartTlsDialog::opening() const
{
    if (m_protocol == StartTlsProtocol::Ldap)
        return QByteArray(LdapStartTlsRequest, sizeof LdapStartTlsRequest - 1);
    if (m_protocol == StartTlsProtocol::Postgres)
        return QByteArray(PostgresSslRequest, sizeof PostgresSslRequest - 1);
    return {};
}

StartTlsDialog::Step StartTlsDialog::receive(const QByteArray &bytes)
{
    if (m_stage == Stage::Done)
        return {};
    m_buffer.append(bytes);
    Step step;
    switch (m_protocol) {
    case StartTlsProtocol::Smtp:
        step = receiveSmtp();
        break;
    case StartTlsProtocol::Imap:
        step = receiveImap();
        break;
    case StartTlsProtocol::Pop3:
        step = receivePop3();
        break;
    case StartTlsProtocol::Ldap:
        step = receiveLdap();
        break;
    case StartTlsProtocol::Postgres:
        step = receivePostgres();
        break;
    case StartTlsProtocol::None:
        return ready();
    }
    if (m_stage != Stage::Done && m_buffer.size() > MaxReplyBytes) {
        return fail(QCoreApplication::translate("certdesk::discovery",
                                                "the server sent more than 64 KiB while waiting for %1")
                        .arg(awaiting()));
    }
    return step;
}

QString StartTlsDialog::awaiting() const
{
    const QString protocol = startTlsProtocolName(m_protocol).toUpper();
    switch (m_protocol) {
    case StartTlsProtocol::Ldap:
        return QCoreApplication::translate("certdesk::discovery", "the answer to the LDAP StartTLS request");
    case StartTlsProtocol::Postgres:
        return QCoreApplication::translate("certdesk::discovery", "the answer to the PostgreSQL SSLRequest");
    default:
        break;
    }
    switch (m_stage) {
    case Stage::Greeting:
        return QCoreApplication::translate("certdesk::discovery", "the %1 greeting").arg(protocol);
    case Stage::Ehlo:
        return QCoreApplication::translate("certdesk::discovery", "the answer to EHLO");
    default:
        return QCoreApplication::translate("certdesk::discovery", "the answer to %1")
            .arg(m_protocol == StartTlsProtocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS"));
    }
}

StartTlsDialog::Step StartTlsDialog::fail(const QString &message)
{
    m_stage = Stage::Done;
    Step step;
    step.failure = message;
    return step;
}

StartTlsDialog::Step StartTlsDialog::ready()
{
    m_stage = Stage::Done;
    Step step;
    step.tlsReady = true;
    return step;
}

StartTlsDialog::Step StartTlsDialog::receiveSmtp()
{
    while (const auto line = takeLine(m_buffer)) {
        const QString text = printableSnippet(*line, 200);
        const QByteArray code = line->left(3);
        const bool numeric = code.size() == 3 && std::all_of(code.cbegin(), code.cend(),
                                                             [](char c) { return c >= '0' && c <= '9'; });
        if (!numeric) {
            return fail(QCoreApplication::translate("certdesk::discovery",
                                                    "the server did not answer like an SMTP server: %1")
                            .arg(text));
        }
        if (line->size() >= 4 && line->at(3) == '-')
            continue; // a continuation line of a multi-line reply: the last line decides
        switch (m_stage) {
        case Stage::Greeting:
            if (code != "220") {
                return fail(QCoreApplication::translate("certdesk::discovery",
                                                        "the SMTP server did not accept the connection: %1")
                                .arg(text));
            }
            m_stage = Stage::Ehlo;
            return {"EHLO " + m_clientName + "\r\n", false, {}};
        case Stage::Ehlo:
            if (!code.startsWith('2')) {
                return fail(
                    QCoreApplication::translate("certdesk::discovery", "the SMTP server refused EHLO: %1")
                        .arg(text));
            }
            m_stage = Stage::Request;
            return {"STARTTLS\r\n", false, {}};
        default:
            if (code != "220") {
                return fail(
                    QCoreApplication::translate("certdesk::discovery", "the SMTP server refused STARTTLS: %1")
                        .arg(text));
            }
            return ready();
        }
    }
    return {};
}

StartTlsDialog::Step StartTlsDialog::receiveImap()
{
    while (const auto line = takeLine(m_buffer)) {
        const QString text = printableSnippet(*line, 200);
        if (m_stage == Stage::Greeting) {
            if (startsWithNoCase(*line, "* OK")) {
                m_stage = Stage::Request;
                return {"a1 STARTTLS\r\n", false, {}};
            }
            if (startsWithNoCase(*line, "* PREAUTH")) {
                return fail(QCoreApplication::translate("certdesk::discovery",
                                                        "the IMAP server logged the connection in at once "
                                                        "(PREAUTH), so it cannot start TLS: %1")
                                .arg(text));
            }
            return fail(QCoreApplication::translate("certdesk::discovery",
                                                    "the server did not greet like an IMAP server: %1")
                            .arg(text));
        }
        if (line->startsWith("* "))
            continue; // untagged data before the tagged answer
        if (startsWithNoCase(*line, "a1 OK"))
            return ready();
        return fail(QCoreApplication::translate("certdesk::discovery", "the IMAP server refused STARTTLS: %1")
                        .arg(text));
    }
    return {};
}

StartTlsDialog::Step StartTlsDialog::receivePop3()
{
    while (const auto line = takeLine(m_buffer)) {
        const QString text = printableSnippet(*line, 200);
        const bool positive = startsWithNoCase(*line, "+OK");
        if (m_stage == Stage::Greeting) {
            if (!positive) {
                return fail(QCoreApplication::translate("certdesk::discovery",
                                                        "the server did not greet like a POP3 server: %1")
                                .arg(text));
            }
            m_stage = Stage::Request;
            return {"STLS\r\n", false, {}};
        }
        if (positive)
            return ready();
        return fail(
            QCoreApplication::translate("certdesk::discovery", "the POP3 server refused STLS: %1").arg(text));
    }
    return {};
}

StartTlsDialog::Step StartTlsDialog::receiveLdap()
{
    const auto size = BerReader::elementSize(m_buffer);
    const QString notLdap =
        QCoreApplication::translate("certdesk::discovery", "the server did not answer like an LDAP server");
    if (!m_buffer.isEmpty() && static_cast<quint8>(m_buffer[0]) != 0x30)
        return fail(notLdap);
    if (size && *size < 0)
        return fail(notLdap);
    if (!size || m_buffer.size() < *size)
        return {};
    BerReader message(m_buffer.left(*size));
    m_buffer.remove(0, *size);
    const auto sequence = message.take(0x30);
    BerReader fields(sequence.value_or(QByteArray()));
    const auto messageId = fields.take(0x02);
    const auto response = fields.take(0x78);
    BerReader result(response.value_or(QByteArray()));
    const auto code = result.take(0x0a);
    if (!messageId || !code || code->isEmpty())
        return fail(notLdap);
    int resultCode = 0;
    for (const char byte : *code)
        resultCode = resultCode * 256 + static_cast<quint8>(byte);
    if (resultCode == 0)
        return ready();
    result.take(0x04); // matchedDN
    const QString diagnostic = printableSnippet(result.take(0x04).value_or(QByteArray()), 200);
    return fail(QCoreApplication::translate("certdesk::discovery",
                                            "the LDAP server refused StartTLS: resultCode %1 (%2)%3")
                    .arg(resultCode)
                    .arg(ldapResultName(resultCode),
                         diagnostic.isEmpty() ? QString() : QStringLiteral(": ") + diagnostic));
}

StartTlsDialog::Step StartTlsDialog::receivePostgres()
{
    if (m_buffer.isEmpty())
        return {};
    const char answer = m_buffer.at(0);
    m_buffer.remove(0, 1);
    if (answer == 'S')
        return ready();
    if (answer == 'N') {
        return fail(QCoreApplication::translate("certdesk::discovery",
                                                "the PostgreSQL server does not accept TLS (it answered N "
                                                "to SSLRequest)"));
    }
    if (answer == 'E') {
        return fail(QCoreApplication::translate("certdesk::discovery",
                                                "the PostgreSQL server answered SSLRequest with an error: %1")
                        .arg(printableSnippet(m_buffer, 200)));
    }
    return fail(QCoreApplication::translate("certdesk::discovery",
                                            "the server did not answer like a PostgreSQL server"));
}

} // namespace certdesk::discovery
