// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/pkcs12keystore.h"

#include "connectors/pki/certificateparser.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/privatekey.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <vector>

namespace certdesk::pki {
namespace {

using SafeBagPtr = OpenSslPtr<PKCS12_SAFEBAG, PKCS12_SAFEBAG_free>;
using P8InfoPtr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;

void freePkcs7Stack(STACK_OF(PKCS7) * stack)
{
    sk_PKCS7_pop_free(stack, PKCS7_free);
}
using Pkcs7StackPtr = OpenSslPtr<STACK_OF(PKCS7), freePkcs7Stack>;

void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * stack)
{
    sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
}
using SafeBagStackPtr = OpenSslPtr<STACK_OF(PKCS12_SAFEBAG), freeSafeBagStack>;

/// A stack that only points at bags owned elsewhere.
void freeBagViewStack(STACK_OF(PKCS12_SAFEBAG) * stack)
{
    sk_PKCS12_SAFEBAG_free(stack);
}
using BagViewStackPtr = OpenSslPtr<STACK_OF(PKCS12_SAFEBAG), freeBagViewStack>;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::pki", text);
}

Error wrongPassword()
{
    return Error{
        tr("The keystore password is wrong: it does not open the keystore."), {}, ErrorCode::WrongPassword};
}

/// One bag of the store with what the merge needs to know about it.
struct Bag
{
    SafeBagPtr bag;
    int nid = NID_undef; ///< NID_certBag, NID_pkcs8ShroudedKeyBag, NID_keyBag, ...
    QString friendlyName;
    QByteArray localKeyId;
    QByteArray certificateDer; ///< for X.509 certificate bags
    bool isCertificate() const { return nid == NID_certBag && !certificateDer.isEmpty(); }
    bool isKey() const { return nid == NID_pkcs8ShroudedKeyBag || nid == NID_keyBag; }
};

Bag describeBag(PKCS12_SAFEBAG *raw)
{
    Bag bag;
    bag.bag.reset(raw);
    bag.nid = PKCS12_SAFEBAG_get_nid(raw);
    if (char *name = PKCS12_get_friendlyname(raw)) {
        bag.friendlyName = QString::fromUtf8(name);
        OPENSSL_free(name);
    }
    const ASN1_TYPE *id = PKCS12_SAFEBAG_get0_attr(raw, NID_localKeyID);
    if (id && id->type == V_ASN1_OCTET_STRING)
        bag.localKeyId =
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(id->value.octet_string)),
                       ASN1_STRING_length(id->value.octet_string));
    if (bag.nid == NID_certBag && PKCS12_SAFEBAG_get_bag_nid(raw) == NID_x509Certificate) {
        const X509Ptr cert(PKCS12_SAFEBAG_get1_cert(raw));
        if (cert)
            bag.certificateDer = x509ToDer(cert.get());
    }
    return bag;
}

/// Every bag of the store, decrypted with the password where the store encrypts them.
Result<std::vector<Bag>> readBags(const QByteArray &keystore, const SecureBytes &password)
{
    const unsigned char *cursor = ucharData(keystore);
    const Pkcs12Ptr p12(d2i_PKCS12(nullptr, &cursor, long(keystore.size())));
    if (!p12 || cursor != ucharData(keystore) + keystore.size())
        return openSslError(tr("The keystore is not a PKCS#12 file."), ErrorCode::InvalidInput);
    const int passLength = int(password.size());
    if (PKCS12_mac_present(p12.get()) == 1 && PKCS12_verify_mac(p12.get(), password.data(), passLength) != 1)
        return wrongPassword();
    const Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12.get()));
    if (!safes)
        return openSslError(tr("The keystore's contents cannot be read."), ErrorCode::InvalidInput);
    std::vector<Bag> bags;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes.get(), i);
        SafeBagStackPtr unpacked;
        switch (OBJ_obj2nid(safe->type)) {
        case NID_pkcs7_data:
            unpacked.reset(PKCS12_unpack_p7data(safe));
            break;
        case NID_pkcs7_encrypted:
            unpacked.reset(PKCS12_unpack_p7encdata(safe, password.data(), passLength));
            if (!unpacked)
                return wrongPassword(); // a store without a MAC: decryption is the password check
            break;
        default:
            return Error{
                tr("The keystore holds a safe of a kind CertDesk cannot read (public-key encrypted)."),
                {},
                ErrorCode::InvalidInput};
        }
        if (!unpacked)
            return openSslError(tr("The keystore's contents cannot be read."), ErrorCode::InvalidInput);
        while (PKCS12_SAFEBAG *raw = sk_PKCS12_SAFEBAG_shift(unpacked.get()))
            bags.push_back(describeBag(raw));
    }
    return bags;
}

bool sameAlias(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/// The alias of a certificate bag: its own friendlyName, or its key's (matched by localKeyID).
QString aliasOf(const Bag &cert, const std::vector<Bag> &bags)
{
    if (!cert.friendlyName.isEmpty() || cert.localKeyId.isEmpty())
        return cert.friendlyName;
    for (const Bag &bag : bags) {
        if (bag.isKey() && bag.localKeyId == cert.localKeyId)
            return bag.friendlyName;
    }
    return {};
}

bool hasKeyFor(const Bag &cert, const std::vector<Bag> &bags, const QString &alias)
{
    return std::any_of(bags.cbegin(), bags.cend(), [&](const Bag &bag) {
        return bag.isKey() && ((!cert.localKeyId.isEmpty() && bag.localKeyId == cert.localKeyId) ||
                               (cert.localKeyId.isEmpty() && sameAlias(bag.friendlyName, alias)));
    });
}

/// The DERs of the issuers of `leafDer` among the anonymous certificates `pool`.
QList<QByteArray> chainWithin(const QByteArray &leafDer, const QList<domain::CertificateDetails> &pool)
{
    QList<QByteArray> ders;
    const Result<domain::CertificateDetails> leaf = parseCertificateDer(leafDer);
    if (!leaf)
        return ders;
    for (const domain::CertificateDetails &issuer : issuerChain(*leaf, pool))
        ders.append(issuer.der);
    return ders;
}

/// Drops the bags of `alias` and the chain certificates that only it used; returns the rest.
std::vector<Bag> withoutAlias(std::vector<Bag> bags, const QString &alias, const QList<QByteArray> &newChain)
{
    QList<QByteArray> droppedIds;
    QByteArray oldCertificate;
    for (const Bag &bag : bags) {
        if (bag.isCertificate() && sameAlias(aliasOf(bag, bags), alias))
            oldCertificate = bag.certificateDer;
        if ((bag.isCertificate() || bag.isKey()) &&
            sameAlias(bag.isKey() ? bag.friendlyName : aliasOf(bag, bags), alias) &&
            !bag.localKeyId.isEmpty())
            droppedIds.append(bag.localKeyId);
    }
    QList<domain::CertificateDetails> anonymous;
    for (const Bag &bag : bags) {
        if (bag.isCertificate() && bag.friendlyName.isEmpty() && bag.localKeyId.isEmpty()) {
            if (Result<domain::CertificateDetails> parsed = parseCertificateDer(bag.certificateDer))
                anonymous.append(*parsed);
        }
    }
    QList<QByteArray> stillUsed;
    QList<QByteArray> onlyOld;
    for (const Bag &bag : bags) {
        if (!bag.isCertificate() || (bag.friendlyName.isEmpty() && bag.localKeyId.isEmpty()))
            continue;
        if (bag.certificateDer == oldCertificate)
            onlyOld = chainWithin(bag.certificateDer, anonymous);
        else
            stillUsed += chainWithin(bag.certificateDer, anonymous);
    }
    const auto drop = [&](const Bag &bag) {
        const bool named = !bag.friendlyName.isEmpty();
        if (bag.isKey() || bag.isCertificate()) {
            if ((named && sameAlias(bag.isKey() ? bag.friendlyName : aliasOf(bag, bags), alias)) ||
                (!bag.localKeyId.isEmpty() && droppedIds.contains(bag.localKeyId)))
                return true;
        }
        if (bag.isCertificate() && !named && bag.localKeyId.isEmpty()) {
            if (newChain.contains(bag.certificateDer))
                return true; // written again with the new entry
            return onlyOld.contains(bag.certificateDer) && !stillUsed.contains(bag.certificateDer);
        }
        return false;
    };
    std::vector<Bag> kept;
    for (Bag &bag : bags) {
        if (!drop(bag))
            kept.push_back(std::move(bag));
    }
    return kept;
}

bool addAttributes(PKCS12_SAFEBAG *bag, const QByteArray &alias, const QByteArray &localKeyId)
{
    return PKCS12_add_friendlyname_utf8(bag, alias.constData(), int(alias.size())) == 1 &&
           PKCS12_add_localkeyid(bag, const_cast<unsigned char *>(ucharData(localKeyId)),
                                 int(localKeyId.size())) == 1;
}

Result<Bag> certificateBag(const QByteArray &der)
{
    X509Ptr cert = x509FromDer(der);
    if (!cert)
        return openSslError(tr("A certificate to put into the keystore is not valid DER."),
                            ErrorCode::InvalidInput);
    Bag bag;
    bag.bag.reset(PKCS12_SAFEBAG_create_cert(cert.get()));
    if (!bag.bag)
        return openSslError(tr("The keystore could not be written."));
    bag.nid = NID_certBag;
    bag.certificateDer = der;
    return bag;
}

} // namespace

Result<QList<Pkcs12KeystoreEntry>> readPkcs12Keystore(const QByteArray &keystore, const QString &password)
{
    const ErrorQueueScope errors;
    const SecureBytes pass(password.toUtf8());
    Result<std::vector<Bag>> bags = readBags(keystore, pass);
    if (!bags)
        return bags.error();
    QList<Pkcs12KeystoreEntry> entries;
    for (const Bag &bag : *bags) {
        if (!bag.isCertificate())
            continue;
        const QString alias = aliasOf(bag, *bags);
        if (alias.isEmpty())
            continue; // a chain certificate
        entries.append({alias, hasKeyFor(bag, *bags, alias), bag.certificateDer});
    }
    return entries;
}

Result<QByteArray> putPkcs12KeystoreEntry(const QByteArray &keystore, const QString &password,
                                          const QString &alias, const QByteArray &certificateDer,
                                          const QList<QByteArray> &chainDer, const SecureBytes &pkcs8Der)
{
    const ErrorQueueScope errors;
    if (password.isEmpty())
        return Error{
            tr("A keystore that holds a private key needs a password."), {}, ErrorCode::InvalidInput};
    if (alias.isEmpty())
        return Error{tr("The keystore entry needs an alias."), {}, ErrorCode::InvalidInput};
    if (!keyMatchesCertificate(pkcs8Der, certificateDer))
        return Error{tr("The private key does not belong to the certificate."), {}, ErrorCode::InvalidInput};
    const SecureBytes pass(password.toUtf8());
    const int passLength = int(pass.size());

    std::vector<Bag> kept;
    if (!keystore.isEmpty()) {
        Result<std::vector<Bag>> bags = readBags(keystore, pass);
        if (!bags)
            return bags.error();
        kept = withoutAlias(std::move(*bags), alias, chainDer);
    }

    // The new entry: its certificate and key carry the alias and a shared local key ID (the
    // certificate's SHA-1, as OpenSSL does); the chain certificates carry neither.
    const QByteArray name = alias.toUtf8();
    const QByteArray localKeyId = QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha1);
    std::vector<Bag> added;
    Result<Bag> leaf = certificateBag(certificateDer);
    if (!leaf)
        return leaf.error();
    if (!addAttributes(leaf->bag.get(), name, localKeyId))
        return openSslError(tr("The keystore could not be written."));
    added.push_back(std::move(*leaf));
    for (const QByteArray &der : chainDer) {
        Result<Bag> chain = certificateBag(der);
        if (!chain)
            return chain.error();
        added.push_back(std::move(*chain));
    }
    const unsigned char *cursor = ucharData(pkcs8Der.bytes());
    const P8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, long(pkcs8Der.size())));
    if (!info)
        return openSslError(tr("The private key is not a valid PKCS#8 key."), ErrorCode::InvalidInput);
    Bag key;
    key.bag.reset(PKCS12_SAFEBAG_create_pkcs8_encrypt(NID_aes_256_cbc, pass.data(), passLength, nullptr, 0,
                                                      PKCS12_DEFAULT_ITER, info.get()));
    if (!key.bag || !addAttributes(key.bag.get(), name, localKeyId))
        return openSslError(tr("The private key could not be encrypted for the keystore."));
    key.nid = NID_pkcs8ShroudedKeyBag;
    added.push_back(std::move(key));

    // Certificates go into one encrypted safe, keys (already shrouded) and anything else into a
    // plain one, as OpenSSL and Java lay out a store.
    const BagViewStackPtr certificates(sk_PKCS12_SAFEBAG_new_null());
    const BagViewStackPtr others(sk_PKCS12_SAFEBAG_new_null());
    if (!certificates || !others)
        return openSslError(tr("The keystore could not be written."));
    for (const std::vector<Bag> *list : {&kept, &added}) {
        for (const Bag &bag : *list) {
            STACK_OF(PKCS12_SAFEBAG) *target = bag.nid == NID_certBag ? certificates.get() : others.get();
            if (sk_PKCS12_SAFEBAG_push(target, bag.bag.get()) <= 0)
                return openSslError(tr("The keystore could not be written."));
        }
    }
    const Pkcs7StackPtr safes(sk_PKCS7_new_null());
    if (!safes)
        return openSslError(tr("The keystore could not be written."));
    Pkcs7Ptr certificateSafe(PKCS12_pack_p7encdata(NID_aes_256_cbc, pass.data(), passLength, nullptr, 0,
                                                   PKCS12_DEFAULT_ITER, certificates.get()));
    Pkcs7Ptr otherSafe(PKCS12_pack_p7data(others.get()));
    if (!certificateSafe || !otherSafe || sk_PKCS7_push(safes.get(), certificateSafe.get()) <= 0)
        return openSslError(tr("The keystore could not be written."));
    certificateSafe.release();
    if (sk_PKCS7_push(safes.get(), otherSafe.get()) <= 0)
        return openSslError(tr("The keystore could not be written."));
    otherSafe.release();
    const Pkcs12Ptr p12(PKCS12_add_safes(safes.get(), 0));
    if (!p12 || PKCS12_set_mac(p12.get(), pass.data(), passLength, nullptr, 0, PKCS12_DEFAULT_ITER,
                               EVP_sha256()) != 1)
        return openSslError(tr("The keystore could not be written."));
    QByteArray out = i2dBytes(i2d_PKCS12, p12.get());
    if (out.isEmpty())
        return openSslError(tr("The keystore could not be encoded."));
    return out;
}

} // namespace certdesk::pki
