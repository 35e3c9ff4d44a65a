// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/oidtext.h"

#include "connectors/pki/opensslhandles.h"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <QHash>

#include <climits>

namespace certdesk::discovery {

namespace {

QString lookUp(const DerElement &oid)
{
    const unsigned char *p = oid.begin;
    const pki::Asn1ObjectPtr object(d2i_ASN1_OBJECT(nullptr, &p, static_cast<long>(oid.encodedSize())));
    if (!object) {
        ERR_clear_error();
        return {};
    }
    char buffer[128];
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object.get(), 0);
    if (length <= 0)
        return {};
    if (length < static_cast<int>(sizeof buffer))
        return QString::fromLatin1(buffer, length);
    QByteArray big(length + 1, '\0');
    OBJ_obj2txt(big.data(), length + 1, object.get(), 0);
    return QString::fromLatin1(big.constData(), length);
}

} // namespace

QString oidText(const DerElement &oid)
{
    if (oid.tag != DerTag::Oid || oid.encodedSize() > INT_MAX)
        return {};
    // Looked up once per thread and OID: a scan sees the same few algorithms again and again.
    thread_local QHash<QByteArray, QString> cache;
    const QByteArray key = QByteArray::fromRawData(reinterpret_cast<const char *>(oid.content),
                                                   static_cast<qsizetype>(oid.length));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QString text = lookUp(oid);
    if (cache.size() > 4096) // an input full of made-up OIDs must not grow it without end
        cache.clear();
    cache.insert(QByteArray(key.constData(), key.size()), text);
    return text;
}

} // namespace certdesk::discovery
