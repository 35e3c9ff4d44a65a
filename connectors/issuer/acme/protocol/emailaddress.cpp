// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/emailaddress.h"

#include "connectors/issuer/acme/protocol/acmetr.h"

#include <QRegularExpression>

namespace certdesk::issuer::acme {

Result<QString> checkedEmailAddress(const QString &typed)
{
    // Deliberately simple: the CA checks properly; this catches typing errors and lists.
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s,;:<>\"]+@[^@\\s,;:<>\"/]+\\.[^@\\s,;:<>\"/]+$"));
    QString address = typed.trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7);
    if (address.isEmpty())
        return Error{tr("The contact e-mail address is empty."), {}, ErrorCode::InvalidInput};
    if (!shape.match(address).hasMatch()) {
        return Error{tr("\"%1\" is not an e-mail address (one address per entry, like admin@example.org).")
                         .arg(address),
                     {},
                     ErrorCode::InvalidInput};
    }
    return address;
}

} // namespace certdesk::issuer::acme
