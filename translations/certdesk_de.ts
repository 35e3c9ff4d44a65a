<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>certdesk</name>
    <message>
        <source>%1 could not be written; nothing was changed. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a SQLite file or a PostgreSQL URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available to hold the inventory&apos;s data key. Unlock or install a keychain (Secret Service, KWallet), or set CERTDESK_MASTER_KEY_FILE to a file that holds a master passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data key in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key in the OS keychain does not open this inventory&apos;s secrets. It belongs to another inventory; restore the right keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for this inventory&apos;s data key is damaged. Restore it from a keychain backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain holds no data key for this inventory; it was set up on another machine or user account. Restore that keychain entry, or open the inventory where it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master passphrase from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master passphrase in %1 does not open this inventory&apos;s secrets. Put the passphrase the inventory was set up with in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTDESK_MASTER_KEY_FILE names %1, which cannot be read. Point it at a readable file that holds the master passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master passphrase file %1 is larger than 4 KiB; it should hold one line with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master passphrase file %1 is empty. Write the passphrase into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory&apos;s key-derivation settings are damaged (secrets.kdf_iterations). Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inventory&apos;s secrets are protected by a master passphrase. Set CERTDESK_MASTER_KEY_FILE to the file that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inventory&apos;s secrets are protected by a data key in the OS keychain, not by a passphrase. Unset CERTDESK_MASTER_KEY_FILE and open it where its keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored secret could not be decrypted: it is damaged or was sealed under another data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk certificate console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this SQLite inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this PostgreSQL inventory (URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the inventory failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.cert *.der *.p7b *.p7c *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key exported in a password-protected PKCS#12, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate exported, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER holds one certificate only; export a PKCS#12 to include the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk does not write private keys in plain PEM; export a PKCS#12 with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored chain of this certificate is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk holds no private key for this certificate; export it without the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 that holds a private key needs a password. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a certificate file. Choose the files inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB, too large for a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key added from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 with its private key (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored certificate %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored chain of certificate %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must have the form /C=DE/O=Org/CN=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject part &quot;%1&quot; is not of the form TYPE=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject attribute %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject attribute &quot;%1&quot; is unknown or its value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s end date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s end date is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s start date could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s end date could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number is longer than 20 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be plain ASCII (use punycode for international domain names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty %1 cannot go into a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject alternative name &quot;%1&quot; must start with DNS:, IP:, email: or URI:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 extension could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended key usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject key identifier could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority key identifier could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported signature digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s public key is not a valid SubjectPublicKeyInfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not a valid PKCS#8 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed certificate must be signed with its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer certificate is not a valid DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key does not belong to the issuer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must end after it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#7 data is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#7 data is not a certificate bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate signing request (CSR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate revocation list (CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the PEM data is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#7 data holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate: its PEM block is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM data holds no block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s integrity check uses an algorithm that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is encrypted with an old algorithm (such as RC2) that this system&apos;s OpenSSL cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DER data is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a certificate, PKCS#7 or PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DER data has unexpected bytes after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a certificate, PKCS#7 or PKCS#12 file, or it is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a valid DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated %1 key could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate to export is not a valid DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain is not a valid DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed to export a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not a valid PKCS#8 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is too short to be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to decrypt in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation needs at least one iteration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or salt is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record an audit event without an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the action in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate (SHA-256 %1) is already in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is not in the inventory; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a certificate without its SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the new certificate version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the certificate&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the certificate&apos;s owner, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the private key to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate version %1 is not in the inventory; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate version already has a private key: it was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the certificate as revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name may not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of option &apos;%1&apos; is empty or holds a space, &apos;;&apos; or quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for a password for user %2: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user %2: check the user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user %2: check the user name and password, and ask its administrator to allow this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on the PostgreSQL server at %2: check its name or ask the server&apos;s administrator to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1: check that it is running and reachable, and the server name and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a CertDesk database: choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: check its permissions or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not CertDesk&apos;s: choose an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database (it holds other tables): choose another file or move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch the database to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed: reinstall CertDesk or install the Qt SQL driver package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: check that it exists and that you may read and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database (%2): choose another file or move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes: the transaction is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to the database: they were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the tables of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2, this version knows %3): update CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of CertDesk holds no database schema: reinstall CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the database for its schema update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the database to schema version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save an empty private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key %1 is not in the inventory (it may have been deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::cli</name>
    <message>
        <source>Lists audit events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N events (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of certificate ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: certdeskctl [--db PATH | --pg URL] &lt;command&gt; [options]

Manages the CertDesk certificate inventory from scripts and servers.

Global options:
  --db PATH     use this SQLite inventory file (default: %1, or $CERTDESK_DB)
  --pg URL      use a PostgreSQL inventory, postgresql://user@host:port/db (or $CERTDESK_PG_URL)
  -h, --help    show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s options
  -V, --version show the version

Secrets: private keys are sealed under a data key kept in the OS keychain or derived from the
master passphrase in the file named by $CERTDESK_MASTER_KEY_FILE.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeskctl: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeskctl: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeskctl: unknown command &apos;%1&apos;. Run &apos;certdeskctl --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate id; &apos;certdeskctl inventory list&apos; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports certificate files (PEM, DER, PKCS#7, PKCS#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PKCS#12 password from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate(s) imported, %2 already held, %3 file(s) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the managed certificates, soonest expiry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only certificates that expire within DAYS days (expired ones included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status: valid, expiring, expired, revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring takes a number of days, e.g. --expiring 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes valid, expiring, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMON NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every field of one managed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one certificate id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports one managed certificate to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pem, der or p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the chain (PEM and PKCS#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the private key (PKCS#12 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes pem, der or p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-key needs --password-file: the PKCS#12 is protected with that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes one managed certificate, its versions and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import certificate files (PEM, DER, P7B, PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list managed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show every field of one certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a certificate as PEM, DER or PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Give the PKCS#12 password with --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeskctl: --db and --pg need a non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certdeskctl: give either --db or --pg, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::cli::CommandContext</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::item::AuditEventModel</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::item::CertificateTableModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AuditPage</name>
    <message>
        <source>Search who, action, object, details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CertificateDetailsView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (X.509 v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA, no path length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::EditMetadataDialog</name>
    <message>
        <source>Edit certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. production, web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExportDialog</name>
    <message>
        <source>Include the &amp;chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the private &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER (binary, certificate only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, with the key when held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is written encrypted under the PKCS#12 password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk holds no private key for this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 with a private key needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::InventoryController</name>
    <message>
        <source>Loading the inventory failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::InventoryPage</name>
    <message>
        <source>Search names, SANs, issuer, owner, tags, serial, fingerprint (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The inventory is empty&lt;/h3&gt;&lt;p&gt;Import certificate files with &lt;b&gt;Import&lt;/b&gt; (Ctrl+I), drop them on this window, or paste PEM text with Ctrl+Shift+V.&lt;/p&gt;&lt;p&gt;PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.p12/.pfx) files are read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint of the selected certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a PEM certificate (-----BEGIN CERTIFICATE-----) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the inventory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing of them was added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the certificate and its key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n SHA-256 fingerprint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the inventory? Its versions and the private key CertDesk holds for it are deleted too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n certificates from the inventory? Their versions and the private keys CertDesk holds for them are deleted too. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the inventory...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL such as postgresql://user@host:5432/certdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the administrators who look after an organisation&apos;s X.509 certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the inventory failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SettingsPage</name>
    <message>
        <source>Embedded &amp;SQLite file (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;PostgreSQL server (team mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time CertDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiring warning window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not stored: put it in ~/.pgpass or the PGPASSWORD variable. Every console that opens the same server shares one inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys and credentials are stored encrypted (AES-256-GCM) under one data key. On servers without a keychain, set CERTDESK_MASTER_KEY_FILE to a file holding a master passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeskctl</name>
    <message>
        <source>list audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
