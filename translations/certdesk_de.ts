<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>certdesk</name>
    <message>
        <source>Give either a SQLite file or a PostgreSQL URL, not both.</source>
        <translation>Geben Sie entweder eine SQLite-Datei oder eine PostgreSQL-URL an, nicht beides.</translation>
    </message>
    <message>
        <source>No OS keychain is available to hold the inventory&apos;s data key. Unlock or install a keychain (Secret Service, KWallet), or set CERTDESK_MASTER_KEY_FILE to a file that holds a master passphrase.</source>
        <translation>Es ist kein Schlüsselbund des Betriebssystems verfügbar, der den Datenschlüssel des Inventars aufnehmen kann. Entsperren oder installieren Sie einen Schlüsselbund (Secret Service, KWallet) oder setzen Sie CERTDESK_MASTER_KEY_FILE auf eine Datei, die eine Master-Passphrase enthält.</translation>
    </message>
    <message>
        <source>data key in the OS keychain</source>
        <translation>Datenschlüssel im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>The data key in the OS keychain does not open this inventory&apos;s secrets. It belongs to another inventory; restore the right keychain entry.</source>
        <translation>Der Datenschlüssel im Schlüsselbund des Betriebssystems entschlüsselt die Geheimnisse dieses Inventars nicht. Er gehört zu einem anderen Inventar; stellen Sie den richtigen Schlüsselbund-Eintrag wieder her.</translation>
    </message>
    <message>
        <source>The keychain entry for this inventory&apos;s data key is damaged. Restore it from a keychain backup.</source>
        <translation>Der Schlüsselbund-Eintrag für den Datenschlüssel dieses Inventars ist beschädigt. Stellen Sie ihn aus einer Sicherung des Schlüsselbunds wieder her.</translation>
    </message>
    <message>
        <source>The OS keychain holds no data key for this inventory; it was set up on another machine or user account. Restore that keychain entry, or open the inventory where it was created.</source>
        <translation>Der Schlüsselbund des Betriebssystems enthält keinen Datenschlüssel für dieses Inventar; es wurde auf einem anderen Rechner oder unter einem anderen Benutzerkonto eingerichtet. Stellen Sie diesen Schlüsselbund-Eintrag wieder her oder öffnen Sie das Inventar dort, wo es angelegt wurde.</translation>
    </message>
    <message>
        <source>master passphrase from %1</source>
        <translation>Master-Passphrase aus %1</translation>
    </message>
    <message>
        <source>The master passphrase in %1 does not open this inventory&apos;s secrets. Put the passphrase the inventory was set up with in that file.</source>
        <translation>Die Master-Passphrase in %1 entschlüsselt die Geheimnisse dieses Inventars nicht. Tragen Sie in diese Datei die Passphrase ein, mit der das Inventar eingerichtet wurde.</translation>
    </message>
    <message>
        <source>CERTDESK_MASTER_KEY_FILE names %1, which cannot be read. Point it at a readable file that holds the master passphrase.</source>
        <translation>CERTDESK_MASTER_KEY_FILE verweist auf %1, das nicht gelesen werden kann. Lassen Sie die Variable auf eine lesbare Datei mit der Master-Passphrase verweisen.</translation>
    </message>
    <message>
        <source>The master passphrase file %1 is larger than 4 KiB; it should hold one line with the passphrase.</source>
        <translation>Die Passphrase-Datei %1 ist größer als 4 KiB; sie sollte nur eine Zeile mit der Passphrase enthalten.</translation>
    </message>
    <message>
        <source>The master passphrase file %1 is empty. Write the passphrase into it.</source>
        <translation>Die Passphrase-Datei %1 ist leer. Schreiben Sie die Passphrase hinein.</translation>
    </message>
    <message>
        <source>The inventory&apos;s key-derivation settings are damaged (secrets.kdf_iterations). Restore the database from a backup.</source>
        <translation>Die Einstellungen zur Schlüsselableitung des Inventars sind beschädigt (secrets.kdf_iterations). Stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This inventory&apos;s secrets are protected by a master passphrase. Set CERTDESK_MASTER_KEY_FILE to the file that holds it.</source>
        <translation>Die Geheimnisse dieses Inventars sind durch eine Master-Passphrase geschützt. Setzen Sie CERTDESK_MASTER_KEY_FILE auf die Datei, die sie enthält.</translation>
    </message>
    <message>
        <source>This inventory&apos;s secrets are protected by a data key in the OS keychain, not by a passphrase. Unset CERTDESK_MASTER_KEY_FILE and open it where its keychain is available.</source>
        <translation>Die Geheimnisse dieses Inventars sind durch einen Datenschlüssel im Schlüsselbund des Betriebssystems geschützt, nicht durch eine Passphrase. Entfernen Sie CERTDESK_MASTER_KEY_FILE und öffnen Sie das Inventar dort, wo sein Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>A stored secret could not be decrypted: it is damaged or was sealed under another data key.</source>
        <translation>Ein gespeichertes Geheimnis konnte nicht entschlüsselt werden: Es ist beschädigt oder wurde mit einem anderen Datenschlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>CertDesk certificate console</source>
        <translation>CertDesk-Zertifikatskonsole</translation>
    </message>
    <message>
        <source>Open this SQLite inventory.</source>
        <translation>Dieses SQLite-Inventar öffnen.</translation>
    </message>
    <message>
        <source>Open this PostgreSQL inventory (URL).</source>
        <translation>Dieses PostgreSQL-Inventar öffnen (URL).</translation>
    </message>
    <message>
        <source>Certificate files to import.</source>
        <translation>Zu importierende Zertifikatsdateien.</translation>
    </message>
    <message>
        <source>Opening the inventory failed</source>
        <translation>Öffnen des Inventars fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.cert *.der *.p7b *.p7c *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.cert *.der *.p7b *.p7c *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import certificates</source>
        <translation>Zertifikate importieren</translation>
    </message>
    <message>
        <source>returned to the caller</source>
        <translation>an den Aufrufer zurückgegeben</translation>
    </message>
    <message>
        <source>Private key exported in a password-protected PKCS#12, %1</source>
        <translation>Privater Schlüssel in passwortgeschützter PKCS#12-Datei exportiert, %1</translation>
    </message>
    <message>
        <source>Certificate exported, %1</source>
        <translation>Zertifikat exportiert, %1</translation>
    </message>
    <message>
        <source>DER holds one certificate only; export a PKCS#12 to include the private key.</source>
        <translation>DER enthält nur ein einzelnes Zertifikat; exportieren Sie eine PKCS#12-Datei, um den privaten Schlüssel einzuschließen.</translation>
    </message>
    <message>
        <source>CertDesk does not write private keys in plain PEM; export a PKCS#12 with a password.</source>
        <translation>CertDesk schreibt private Schlüssel nicht unverschlüsselt als PEM; exportieren Sie eine PKCS#12-Datei mit Passwort.</translation>
    </message>
    <message>
        <source>The stored chain of this certificate is damaged.</source>
        <translation>Die gespeicherte Kette dieses Zertifikats ist beschädigt.</translation>
    </message>
    <message>
        <source>CertDesk holds no private key for this certificate; export it without the key.</source>
        <translation>CertDesk verwaltet keinen privaten Schlüssel für dieses Zertifikat; exportieren Sie es ohne Schlüssel.</translation>
    </message>
    <message>
        <source>A PKCS#12 that holds a private key needs a password. Enter one.</source>
        <translation>Eine PKCS#12-Datei mit privatem Schlüssel benötigt ein Passwort. Geben Sie eines ein.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a certificate file. Choose the files inside it.</source>
        <translation>%1 ist ein Ordner, keine Zertifikatsdatei. Wählen Sie die Dateien darin aus.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB, too large for a certificate file.</source>
        <translation>%1 ist größer als 32 MiB und damit zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no certificate.</source>
        <translation>%1 ist leer: Die Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Private key added from %1</source>
        <translation>Privater Schlüssel aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Imported from %1 with its private key (SHA-256 %2)</source>
        <translation>Aus %1 mit privatem Schlüssel importiert (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Imported from %1 (SHA-256 %2)</source>
        <translation>Aus %1 importiert (SHA-256 %2)</translation>
    </message>
    <message>
        <source>import certificates</source>
        <translation>Importieren der Zertifikate</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>Verantwortlich „%1“ -&gt; „%2“</translation>
    </message>
    <message>
        <source>tags &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>Tags „%1“ -&gt; „%2“</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>Notizen geändert</translation>
    </message>
    <message>
        <source>The stored certificate %1 is damaged and cannot be read.</source>
        <translation>Das gespeicherte Zertifikat %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored chain of certificate %1 is damaged.</source>
        <translation>Die gespeicherte Kette von Zertifikat %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (SHA-256 %2)</source>
        <translation>„%1“ gelöscht (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The subject could not be built.</source>
        <translation>Der Inhabername (Subject) konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The subject must have the form /C=DE/O=Org/CN=name.</source>
        <translation>Der Inhabername muss die Form /C=DE/O=Org/CN=name haben.</translation>
    </message>
    <message>
        <source>The subject part &quot;%1&quot; is not of the form TYPE=value.</source>
        <translation>Der Teil „%1“ des Inhabernamens hat nicht die Form TYP=Wert.</translation>
    </message>
    <message>
        <source>The subject attribute %1 has no value.</source>
        <translation>Das Attribut %1 des Inhabernamens hat keinen Wert.</translation>
    </message>
    <message>
        <source>The subject attribute &quot;%1&quot; is unknown or its value is not allowed.</source>
        <translation>Das Attribut „%1“ des Inhabernamens ist unbekannt oder sein Wert ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is missing.</source>
        <translation>Der Gültigkeitsbeginn des Zertifikats fehlt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date is missing.</source>
        <translation>Das Gültigkeitsende des Zertifikats fehlt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is out of range.</source>
        <translation>Der Gültigkeitsbeginn des Zertifikats liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date is out of range.</source>
        <translation>Das Gültigkeitsende des Zertifikats liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date could not be set.</source>
        <translation>Der Gültigkeitsbeginn des Zertifikats konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date could not be set.</source>
        <translation>Das Gültigkeitsende des Zertifikats konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The serial number could not be built.</source>
        <translation>Die Seriennummer konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The serial number must be positive.</source>
        <translation>Die Seriennummer muss positiv sein.</translation>
    </message>
    <message>
        <source>The serial number is longer than 20 bytes.</source>
        <translation>Die Seriennummer ist länger als 20 Byte.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be plain ASCII (use punycode for international domain names).</source>
        <translation>Der Wert „%2“ (%1) darf nur ASCII-Zeichen enthalten (für internationalisierte Domainnamen Punycode verwenden).</translation>
    </message>
    <message>
        <source>An empty %1 cannot go into a certificate.</source>
        <translation>Ein leerer Eintrag (%1) kann nicht in ein Zertifikat aufgenommen werden.</translation>
    </message>
    <message>
        <source>The certificate could not be built.</source>
        <translation>Das Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The subject alternative name &quot;%1&quot; must start with DNS:, IP:, email: or URI:.</source>
        <translation>Der alternative Inhabername „%1“ muss mit DNS:, IP:, email: oder URI: beginnen.</translation>
    </message>
    <message>
        <source>The %1 extension could not be added.</source>
        <translation>Die Erweiterung %1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key usage.</source>
        <translation>„%1“ ist keine gültige Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended key usage.</source>
        <translation>„%1“ ist keine gültige erweiterte Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>CRL distribution point</source>
        <translation>CRL-Verteilungspunkt</translation>
    </message>
    <message>
        <source>OCSP URL</source>
        <translation>OCSP-URL</translation>
    </message>
    <message>
        <source>CA issuers URL</source>
        <translation>CA-Issuers-URL</translation>
    </message>
    <message>
        <source>The subject key identifier could not be computed.</source>
        <translation>Die Schlüsselkennung des Inhabers konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The authority key identifier could not be computed.</source>
        <translation>Die Schlüsselkennung der Zertifizierungsstelle konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported signature digest.</source>
        <translation>„%1“ ist kein unterstütztes Hashverfahren für die Signatur.</translation>
    </message>
    <message>
        <source>The subject&apos;s public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel des Inhabers ist keine gültige SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>The signing key is not a valid PKCS#8 private key.</source>
        <translation>Der Signaturschlüssel ist kein gültiger privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>A self-signed certificate must be signed with its own key.</source>
        <translation>Ein selbstsigniertes Zertifikat muss mit seinem eigenen Schlüssel signiert werden.</translation>
    </message>
    <message>
        <source>The issuer certificate is not a valid DER certificate.</source>
        <translation>Das Ausstellerzertifikat ist kein gültiges DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must end after it begins.</source>
        <translation>Das Gültigkeitsende des Zertifikats muss nach dem Gültigkeitsbeginn liegen.</translation>
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation>Das Zertifikat konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The certificate could not be encoded.</source>
        <translation>Das Zertifikat konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The PKCS#7 data is truncated or corrupt.</source>
        <translation>Die PKCS#7-Daten sind abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#7 data is not a certificate bundle.</source>
        <translation>Die PKCS#7-Daten sind kein Zertifikatsbündel.</translation>
    </message>
    <message>
        <source>an encrypted private key</source>
        <translation>einen verschlüsselten privaten Schlüssel</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>a certificate signing request (CSR)</source>
        <translation>eine Zertifikatsanforderung (CSR)</translation>
    </message>
    <message>
        <source>a certificate revocation list (CRL)</source>
        <translation>eine Zertifikatssperrliste (CRL)</translation>
    </message>
    <message>
        <source>a public key</source>
        <translation>einen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>key parameters</source>
        <translation>Schlüsselparameter</translation>
    </message>
    <message>
        <source>The file holds no certificate: it is %1.</source>
        <translation>Die Datei enthält kein Zertifikat, sondern %1.</translation>
    </message>
    <message>
        <source>The PEM data could not be read.</source>
        <translation>Die PEM-Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PEM block is truncated or corrupt.</source>
        <translation>Der PEM-Block ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>A certificate in the PEM data is corrupt.</source>
        <translation>Ein Zertifikat in den PEM-Daten ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#7 data holds no certificate.</source>
        <translation>Die PKCS#7-Daten enthalten kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds no certificate: its PEM block is &quot;%1&quot;.</source>
        <translation>Die Datei enthält kein Zertifikat: Ihr PEM-Block ist „%1“.</translation>
    </message>
    <message>
        <source>The PEM data holds no block.</source>
        <translation>Die PEM-Daten enthalten keinen Block.</translation>
    </message>
    <message>
        <source>The PKCS#12 file is protected by a password.</source>
        <translation>Die PKCS#12-Datei ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>Das PKCS#12-Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s integrity check uses an algorithm that is not supported.</source>
        <translation>Die Integritätsprüfung der PKCS#12-Datei verwendet einen nicht unterstützten Algorithmus.</translation>
    </message>
    <message>
        <source>The PKCS#12 file is encrypted with an old algorithm (such as RC2) that this system&apos;s OpenSSL cannot read.</source>
        <translation>Die PKCS#12-Datei ist mit einem veralteten Algorithmus (etwa RC2) verschlüsselt, den das OpenSSL dieses Systems nicht lesen kann.</translation>
    </message>
    <message>
        <source>The PKCS#12 file is corrupt.</source>
        <translation>Die PKCS#12-Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate.</source>
        <translation>Die PKCS#12-Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file could not be read.</source>
        <translation>Der private Schlüssel in der PKCS#12-Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The DER data is truncated or corrupt.</source>
        <translation>Die DER-Daten sind abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The data is not a certificate, PKCS#7 or PKCS#12 file.</source>
        <translation>Die Daten sind weder ein Zertifikat noch eine PKCS#7- oder PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The DER data has unexpected bytes after its end.</source>
        <translation>Die DER-Daten enthalten nach ihrem Ende unerwartete Bytes.</translation>
    </message>
    <message>
        <source>The data is not a certificate, PKCS#7 or PKCS#12 file, or it is corrupt.</source>
        <translation>Die Daten sind weder ein Zertifikat noch eine PKCS#7- oder PKCS#12-Datei, oder sie sind beschädigt.</translation>
    </message>
    <message>
        <source>The certificate data is empty.</source>
        <translation>Die Zertifikatsdaten sind leer.</translation>
    </message>
    <message>
        <source>The data is not a valid DER certificate.</source>
        <translation>Die Daten sind kein gültiges DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate file.</source>
        <translation>Die Datei ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The %1 key could not be generated.</source>
        <translation>Der Schlüssel (%1) konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The generated %1 key could not be encoded.</source>
        <translation>Der erzeugte Schlüssel (%1) konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The certificate to export is not a valid DER certificate.</source>
        <translation>Das zu exportierende Zertifikat ist kein gültiges DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be written.</source>
        <translation>Die PKCS#12-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not a valid DER certificate.</source>
        <translation>Ein Zertifikat der Kette ist kein gültiges DER-Zertifikat.</translation>
    </message>
    <message>
        <source>A password is needed to export a private key.</source>
        <translation>Zum Exportieren eines privaten Schlüssels wird ein Passwort benötigt.</translation>
    </message>
    <message>
        <source>The private key is not a valid PKCS#8 key.</source>
        <translation>Der private Schlüssel ist kein gültiger PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be encoded.</source>
        <translation>Die PKCS#12-Datei konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>Der Verschlüsselungsschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Die Daten sind zu groß, um in einem Stück verschlüsselt zu werden.</translation>
    </message>
    <message>
        <source>The encryption could not be started.</source>
        <translation>Die Verschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The data could not be encrypted.</source>
        <translation>Die Daten konnten nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The encrypted data is too short to be valid.</source>
        <translation>Die verschlüsselten Daten sind zu kurz, um gültig zu sein.</translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format version.</source>
        <translation>Die verschlüsselten Daten haben eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <source>The data is too large to decrypt in one piece.</source>
        <translation>Die Daten sind zu groß, um in einem Stück entschlüsselt zu werden.</translation>
    </message>
    <message>
        <source>The decryption could not be started.</source>
        <translation>Die Entschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The data could not be decrypted.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden: Der Schlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <source>The key derivation needs at least one iteration.</source>
        <translation>Die Schlüsselableitung benötigt mindestens eine Iteration.</translation>
    </message>
    <message>
        <source>The passphrase or salt is too long.</source>
        <translation>Die Passphrase oder das Salt ist zu lang.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden.</translation>
    </message>
    <message>
        <source>Cannot record an audit event without an action</source>
        <translation>Ein Audit-Ereignis ohne Aktion kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>record the action in the audit log</source>
        <translation>Eintragen der Aktion in das Audit-Protokoll</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>Fehler beim %1.</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>This certificate (SHA-256 %1) is already in the inventory</source>
        <translation>Dieses Zertifikat (SHA-256 %1) ist bereits im Inventar</translation>
    </message>
    <message>
        <source>Certificate %1 is not in the inventory; it may have been deleted.</source>
        <translation>Zertifikat %1 ist nicht im Inventar; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>save the certificate</source>
        <translation>Speichern des Zertifikats</translation>
    </message>
    <message>
        <source>Cannot save a certificate without its SHA-256 fingerprint</source>
        <translation>Ein Zertifikat ohne SHA-256-Fingerabdruck kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the certificate.</source>
        <translation>Das Zertifikat konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>save the new certificate version</source>
        <translation>Speichern der neuen Zertifikatsversion</translation>
    </message>
    <message>
        <source>look up the certificate</source>
        <translation>Suchen des Zertifikats</translation>
    </message>
    <message>
        <source>read the certificate</source>
        <translation>Lesen des Zertifikats</translation>
    </message>
    <message>
        <source>read the certificate&apos;s versions</source>
        <translation>Lesen der Zertifikatsversionen</translation>
    </message>
    <message>
        <source>read the inventory</source>
        <translation>Lesen des Inventars</translation>
    </message>
    <message>
        <source>count the certificates</source>
        <translation>Zählen der Zertifikate</translation>
    </message>
    <message>
        <source>save the certificate&apos;s owner, tags and notes</source>
        <translation>Speichern von Verantwortlichem, Tags und Notizen des Zertifikats</translation>
    </message>
    <message>
        <source>link the private key to the certificate</source>
        <translation>Verknüpfen des privaten Schlüssels mit dem Zertifikat</translation>
    </message>
    <message>
        <source>Certificate version %1 is not in the inventory; it may have been deleted.</source>
        <translation>Zertifikatsversion %1 ist nicht im Inventar; möglicherweise wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>This certificate version already has a private key: it was not replaced</source>
        <translation>Diese Zertifikatsversion hat bereits einen privaten Schlüssel; er wurde nicht ersetzt</translation>
    </message>
    <message>
        <source>mark the certificate as revoked</source>
        <translation>Markieren des Zertifikats als widerrufen</translation>
    </message>
    <message>
        <source>delete the certificate</source>
        <translation>Löschen des Zertifikats</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://user@host:port/database</source>
        <translation>Die PostgreSQL-Adresse ist ungültig: %1. Schreiben Sie sie in der Form postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it cannot be read as a URL</source>
        <translation>sie lässt sich nicht als URL lesen</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>der Servername fehlt</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>der Datenbankname fehlt</translation>
    </message>
    <message>
        <source>the database name may not contain &apos;/&apos;</source>
        <translation>der Datenbankname darf kein „/“ enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection option name</source>
        <translation>„%1“ ist kein gültiger Name einer Verbindungsoption</translation>
    </message>
    <message>
        <source>the value of option &apos;%1&apos; is empty or holds a space, &apos;;&apos; or quote</source>
        <translation>der Wert der Option „%1“ ist leer oder enthält ein Leerzeichen, „;“ oder ein Anführungszeichen</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for a password for user %2: enter it</source>
        <translation>Der PostgreSQL-Server %1 verlangt ein Passwort für den Benutzer %2: Geben Sie es ein</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user %2: check the user name and password</source>
        <translation>Der PostgreSQL-Server %1 hat die Anmeldung des Benutzers %2 abgelehnt: Prüfen Sie Benutzername und Passwort</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user %2: check the user name and password, and ask its administrator to allow this user</source>
        <translation>Der PostgreSQL-Server %1 hat die Anmeldung des Benutzers %2 abgelehnt: Prüfen Sie Benutzername und Passwort und bitten Sie den Administrator des Servers, diesen Benutzer zuzulassen</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the PostgreSQL server at %2: check its name or ask the server&apos;s administrator to create it</source>
        <translation>Die Datenbank %1 existiert auf dem PostgreSQL-Server %2 nicht: Prüfen Sie den Namen oder bitten Sie den Administrator des Servers, sie anzulegen</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1: check that it is running and reachable, and the server name and port</source>
        <translation>Keine Verbindung zum PostgreSQL-Server %1 möglich: Prüfen Sie, ob er läuft und erreichbar ist, sowie Servername und Port</translation>
    </message>
    <message>
        <source>No database file was given: choose one</source>
        <translation>Es wurde keine Datenbankdatei angegeben: Wählen Sie eine aus</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CertDesk database: choose a file</source>
        <translation>%1 ist ein Ordner, keine CertDesk-Datenbank: Wählen Sie eine Datei</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: check its permissions or choose another place</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden: Prüfen Sie die Zugriffsrechte oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not CertDesk&apos;s: choose an empty database</source>
        <translation>Die Datenbank %1 enthält bereits Tabellen, die nicht zu CertDesk gehören: Wählen Sie eine leere Datenbank</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database (it holds other tables): choose another file or move it away</source>
        <translation>%1 ist keine CertDesk-Datenbank (sie enthält andere Tabellen): Wählen Sie eine andere Datei oder verschieben Sie diese</translation>
    </message>
    <message>
        <source>switch the database to write-ahead logging</source>
        <translation>Umstellen der Datenbank auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed: reinstall CertDesk or install the Qt SQL driver package</source>
        <translation>Der Qt-Datenbanktreiber %1 ist nicht installiert: Installieren Sie CertDesk neu oder installieren Sie das Paket mit den Qt-SQL-Treibern</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: check that it exists and that you may read and write it</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: Prüfen Sie, ob sie existiert und ob Sie Lese- und Schreibrechte haben</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1</source>
        <translation>Die Verbindung zu %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database (%2): choose another file or move it away</source>
        <translation>%1 ist keine CertDesk-Datenbank (%2): Wählen Sie eine andere Datei oder verschieben Sie diese</translation>
    </message>
    <message>
        <source>Cannot prepare the database file %1</source>
        <translation>Die Datenbankdatei %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot start a transaction: the database is not open</source>
        <translation>Es kann keine Transaktion gestartet werden: Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database: try again</source>
        <translation>In der Datenbank kann keine Transaktion gestartet werden: Versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Cannot save the changes: the transaction is not active</source>
        <translation>Die Änderungen können nicht gespeichert werden: Die Transaktion ist nicht aktiv</translation>
    </message>
    <message>
        <source>Cannot save the changes to the database: they were not saved</source>
        <translation>Die Änderungen konnten nicht in der Datenbank gespeichert werden: Sie wurden nicht übernommen</translation>
    </message>
    <message>
        <source>read the schema version of the database</source>
        <translation>Lesen der Schemaversion der Datenbank</translation>
    </message>
    <message>
        <source>list the tables of the database</source>
        <translation>Auflisten der Tabellen der Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2, this version knows %3): update CertDesk</source>
        <translation>%1 wurde von einer neueren CertDesk-Version geschrieben (Schema %2, diese Version kennt %3): Aktualisieren Sie CertDesk</translation>
    </message>
    <message>
        <source>This build of CertDesk holds no database schema: reinstall CertDesk</source>
        <translation>Dieser Build von CertDesk enthält kein Datenbankschema: Installieren Sie CertDesk neu</translation>
    </message>
    <message>
        <source>lock the database for its schema update</source>
        <translation>Sperren der Datenbank für die Schemaaktualisierung</translation>
    </message>
    <message>
        <source>update the database to schema version %1 (%2)</source>
        <translation>Aktualisieren der Datenbank auf Schemaversion %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot save an empty private key</source>
        <translation>Ein leerer privater Schlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>save the private key</source>
        <translation>Speichern des privaten Schlüssels</translation>
    </message>
    <message>
        <source>read the private key</source>
        <translation>Lesen des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Private key %1 is not in the inventory (it may have been deleted)</source>
        <translation>Privater Schlüssel %1 ist nicht im Inventar (möglicherweise wurde er gelöscht)</translation>
    </message>
    <message>
        <source>look up the private key</source>
        <translation>Suchen des privaten Schlüssels</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>Lesen der Einstellung %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>Speichern der Einstellung %1</translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This CA publishes its own CRLs; CertDesk does not make them for it.</source>
        <translation>Diese CA veröffentlicht ihre CRLs selbst; CertDesk erstellt sie nicht für sie.</translation>
    </message>
    <message>
        <source>This CA runs its own OCSP responder; CertDesk does not answer for it.</source>
        <translation>Diese CA betreibt einen eigenen OCSP-Responder; CertDesk antwortet nicht für sie.</translation>
    </message>
    <message>
        <source>Already issued by an earlier attempt; nothing to do.</source>
        <translation>Bereits durch einen früheren Versuch ausgestellt; nichts zu tun.</translation>
    </message>
    <message>
        <source>Issued certificate %1 for %2</source>
        <translation>Zertifikat %1 für %2 ausgestellt</translation>
    </message>
    <message>
        <source>Already renewed by an earlier attempt; nothing to do.</source>
        <translation>Bereits durch einen früheren Versuch erneuert; nichts zu tun.</translation>
    </message>
    <message>
        <source>Renewed certificate %1</source>
        <translation>Zertifikat %1 erneuert</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 started by %3</source>
        <translation>Versuch %1 von %2, gestartet von %3</translation>
    </message>
    <message>
        <source>CertDesk has no handler for job kind %1: update CertDesk on the computer that runs the jobs, or cancel the job.</source>
        <translation>CertDesk kann Aufträge der Art %1 nicht bearbeiten: Aktualisieren Sie CertDesk auf dem Rechner, der die Aufträge ausführt, oder brechen Sie den Auftrag ab.</translation>
    </message>
    <message>
        <source>The job stopped on an internal error: report it to the CertDesk developers with the job&apos;s log.</source>
        <translation>Der Auftrag wurde wegen eines internen Fehlers beendet: Melden Sie ihn mit dem Protokoll des Auftrags den CertDesk-Entwicklern.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2</source>
        <translation>Versuch %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>CRL number %1 with %n revoked certificate(s)</source>
        <translation>
            <numerusform>CRL-Nummer %1 mit %n widerrufenen Zertifikat</numerusform>
            <numerusform>CRL-Nummer %1 mit %n widerrufenen Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is not a CA certificate.</source>
        <translation>Das Zertifikat ist kein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA certificate is not allowed to sign certificates (no keyCertSign).</source>
        <translation>Das CA-Zertifikat darf keine Zertifikate signieren (kein keyCertSign).</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum CA-Zertifikat.</translation>
    </message>
    <message>
        <source>A revoked serial number is empty or zero.</source>
        <translation>Eine widerrufene Seriennummer ist leer oder null.</translation>
    </message>
    <message>
        <source>The revoked serial number %1 is longer than 20 bytes.</source>
        <translation>Die widerrufene Seriennummer %1 ist länger als 20 Byte.</translation>
    </message>
    <message>
        <source>The revocation date of serial number %1 is missing or out of range.</source>
        <translation>Das Widerrufsdatum der Seriennummer %1 fehlt oder liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The CRL could not be built.</source>
        <translation>Die CRL konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The CA certificate is not a valid DER certificate.</source>
        <translation>Das CA-Zertifikat ist kein gültiges DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA key is not a valid PKCS#8 private key.</source>
        <translation>Der CA-Schlüssel ist kein gültiger privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The CA certificate is not allowed to sign CRLs (no cRLSign).</source>
        <translation>Das CA-Zertifikat darf keine CRLs signieren (kein cRLSign).</translation>
    </message>
    <message>
        <source>The CRL number must not be negative.</source>
        <translation>Die CRL-Nummer darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The CRL&apos;s update times are missing or out of range.</source>
        <translation>Die Aktualisierungszeiten der CRL fehlen oder liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The CRL&apos;s next update must be after this update.</source>
        <translation>Die nächste Aktualisierung der CRL muss nach der aktuellen liegen.</translation>
    </message>
    <message>
        <source>The serial number %1 is listed twice.</source>
        <translation>Die Seriennummer %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The CRL extensions could not be added.</source>
        <translation>Die CRL-Erweiterungen konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The CRL could not be signed.</source>
        <translation>Die CRL konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The CRL could not be encoded.</source>
        <translation>Die CRL konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The certificate signing request could not be built.</source>
        <translation>Die Zertifikatsanforderung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The private key is not a valid PKCS#8 private key.</source>
        <translation>Der private Schlüssel ist kein gültiger privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate signing request needs a subject or a subject alternative name.</source>
        <translation>Die Zertifikatsanforderung benötigt einen Inhabernamen oder einen alternativen Inhabernamen.</translation>
    </message>
    <message>
        <source>The certificate signing request could not be signed.</source>
        <translation>Die Zertifikatsanforderung konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The certificate signing request could not be encoded.</source>
        <translation>Die Zertifikatsanforderung konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The data is not a certificate signing request (PKCS#10, PEM or DER).</source>
        <translation>Die Daten sind keine Zertifikatsanforderung (PKCS#10, PEM oder DER).</translation>
    </message>
    <message>
        <source>The public key of the certificate signing request is not supported.</source>
        <translation>Der öffentliche Schlüssel der Zertifikatsanforderung wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The signature of the certificate signing request does not verify: it was altered or not made with its key.</source>
        <translation>Die Signatur der Zertifikatsanforderung ist ungültig: Die Anforderung wurde verändert oder nicht mit ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The subject alternative names of the certificate signing request are corrupt.</source>
        <translation>Die alternativen Inhabernamen der Zertifikatsanforderung sind beschädigt.</translation>
    </message>
    <message>
        <source>The OCSP response could not be encoded.</source>
        <translation>Die OCSP-Antwort konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The OCSP response could not be built.</source>
        <translation>Die OCSP-Antwort konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s update times are missing or out of range.</source>
        <translation>Die Aktualisierungszeiten der OCSP-Antwort fehlen oder liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s next update must be after this update.</source>
        <translation>Die nächste Aktualisierung der OCSP-Antwort muss nach der aktuellen liegen.</translation>
    </message>
    <message>
        <source>The OCSP nonce could not be copied.</source>
        <translation>Die OCSP-Nonce konnte nicht übernommen werden.</translation>
    </message>
    <message>
        <source>The OCSP response could not be signed.</source>
        <translation>Die OCSP-Antwort konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The data is not a valid OCSP request.</source>
        <translation>Die Daten sind keine gültige OCSP-Anfrage.</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Die Schlüsseldatei ist leer.</translation>
    </message>
    <message>
        <source>The PEM data holds no private key.</source>
        <translation>Die PEM-Daten enthalten keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is encrypted: enter its passphrase.</source>
        <translation>Der private Schlüssel ist verschlüsselt: Geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase does not open the private key.</source>
        <translation>Die Passphrase entschlüsselt den privaten Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The data is not a private key in a supported format (PKCS#8, RSA or EC; PEM or DER).</source>
        <translation>Die Daten sind kein privater Schlüssel in einem unterstützten Format (PKCS#8, RSA oder EC; PEM oder DER).</translation>
    </message>
    <message>
        <source>The data holds a public key, not a private key.</source>
        <translation>Die Daten enthalten einen öffentlichen Schlüssel, keinen privaten.</translation>
    </message>
    <message>
        <source>The private key could not be encoded.</source>
        <translation>Der private Schlüssel konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The public key could not be encoded.</source>
        <translation>Der öffentliche Schlüssel konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The subject alternative name &quot;%1&quot; is empty.</source>
        <translation>Der alternative Inhabername „%1“ ist leer.</translation>
    </message>
    <message>
        <source>read or write the issuers</source>
        <translation>Lesen oder Schreiben der Aussteller</translation>
    </message>
    <message>
        <source>An issuer named %1 exists already; choose another name.</source>
        <translation>Es gibt bereits einen Aussteller namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The issuer %1 could not be saved.</source>
        <translation>Der Aussteller %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Issuer %1 does not exist.</source>
        <translation>Der Aussteller %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no issuer named %1; &apos;issuer list&apos; shows them.</source>
        <translation>Es gibt keinen Aussteller namens %1; &apos;issuer list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>Job %1 does not exist; it may have been deleted.</source>
        <translation>Auftrag %1 existiert nicht; möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Job %1 is no longer run by this program: its lease ran out and another runner took it over, or it was removed. Its result was not recorded.</source>
        <translation>Auftrag %1 wird nicht mehr von diesem Programm ausgeführt: Seine Reservierung ist abgelaufen und ein anderer Prozess hat ihn übernommen, oder er wurde entfernt. Sein Ergebnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>add the job to the queue</source>
        <translation>Einreihen des Auftrags in die Warteschlange</translation>
    </message>
    <message>
        <source>take the next job from the queue</source>
        <translation>Abholen des nächsten Auftrags aus der Warteschlange</translation>
    </message>
    <message>
        <source>The job never finished: every program that ran it stopped before the end. Look at its log, then retry it.</source>
        <translation>Der Auftrag wurde nie abgeschlossen: Jedes Programm, das ihn ausführte, wurde vorzeitig beendet. Sehen Sie sich sein Protokoll an und wiederholen Sie ihn dann.</translation>
    </message>
    <message>
        <source>extend the lease of a running job</source>
        <translation>Verlängern der Reservierung eines laufenden Auftrags</translation>
    </message>
    <message>
        <source>save the progress of a job</source>
        <translation>Speichern des Fortschritts eines Auftrags</translation>
    </message>
    <message>
        <source>write to the log of a job</source>
        <translation>Schreiben in das Protokoll eines Auftrags</translation>
    </message>
    <message>
        <source>read the log of a job</source>
        <translation>Lesen des Protokolls eines Auftrags</translation>
    </message>
    <message>
        <source>record the result of a job</source>
        <translation>Speichern des Ergebnisses eines Auftrags</translation>
    </message>
    <message>
        <source>record the failure of a job</source>
        <translation>Festhalten des Fehlschlags eines Auftrags</translation>
    </message>
    <message>
        <source>cancel the job</source>
        <translation>Abbrechen des Auftrags</translation>
    </message>
    <message>
        <source>Job %1 has already finished: there is nothing to cancel.</source>
        <translation>Auftrag %1 ist bereits beendet: Es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <source>record the cancellation of a job</source>
        <translation>Festhalten des Abbruchs eines Auftrags</translation>
    </message>
    <message>
        <source>give a job back to the queue</source>
        <translation>Zurückgeben eines Auftrags an die Warteschlange</translation>
    </message>
    <message>
        <source>queue the job again</source>
        <translation>erneuten Einreihen des Auftrags</translation>
    </message>
    <message>
        <source>Another job for the same purpose (%1) is already queued or running: wait for it to finish, or cancel it first.</source>
        <translation>Ein anderer Auftrag mit demselben Zweck (%1) wartet bereits oder läuft: Warten Sie, bis er beendet ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Job %1 is still queued or running: only a failed or cancelled job can be retried.</source>
        <translation>Auftrag %1 wartet noch oder läuft: Nur fehlgeschlagene oder abgebrochene Aufträge können wiederholt werden.</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>Lesen des Auftrags</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>Auflisten der Aufträge</translation>
    </message>
    <message>
        <source>read or write the certificate profiles</source>
        <translation>Lesen oder Schreiben der Zertifikatsprofile</translation>
    </message>
    <message>
        <source>There is no certificate profile named %1.</source>
        <translation>Es gibt kein Zertifikatsprofil namens %1.</translation>
    </message>
    <message>
        <source>read or write a stored credential</source>
        <translation>Lesen oder Schreiben gespeicherter Zugangsdaten</translation>
    </message>
    <message>
        <source>save what a job has done</source>
        <translation>Speichern der Arbeitsergebnisse eines Auftrags</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? This cannot be undone. Reason:</source>
        <translation>„%1“ widerrufen? Dies kann nicht rückgängig gemacht werden. Grund:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>The CA could not sign a test certificate: %1</source>
        <translation>Die CA konnte kein Testzertifikat signieren: %1</translation>
    </message>
    <message>
        <source>A test certificate signed by the CA does not verify against the CA certificate.</source>
        <translation>Ein von der CA signiertes Testzertifikat lässt sich mit dem CA-Zertifikat nicht verifizieren.</translation>
    </message>
    <message>
        <source>Give the issuer a name.</source>
        <translation>Geben Sie dem Aussteller einen Namen.</translation>
    </message>
    <message>
        <source>The default validity must be at least one day.</source>
        <translation>Die Standardgültigkeit muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>%1 is not a key type CertDesk knows.</source>
        <translation>%1 ist kein Schlüsseltyp, den CertDesk kennt.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>sub-CA</source>
        <translation>Sub-CA</translation>
    </message>
    <message>
        <source>Local CA %1 (%2) set up</source>
        <translation>Lokale CA %1 (%2) eingerichtet</translation>
    </message>
    <message>
        <source>The issuer %1 is of type %2, which this CertDesk cannot use.</source>
        <translation>Der Aussteller %1 hat den Typ %2, den diese CertDesk-Version nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The passphrase of the CA key of %1 is missing from the inventory; set the issuer up again.</source>
        <translation>Die Passphrase des CA-Schlüssels von %1 fehlt im Inventar; richten Sie den Aussteller erneut ein.</translation>
    </message>
    <message>
        <source>The issuer %1 refused the request: %2</source>
        <translation>Der Aussteller %1 hat die Anforderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Give the certificate a common name.</source>
        <translation>Geben Sie dem Zertifikat einen allgemeinen Namen.</translation>
    </message>
    <message>
        <source>The common name is %1 characters long; X.509 allows at most 64. Put long names in the subject alternative names.</source>
        <translation>Der allgemeine Name ist %1 Zeichen lang; X.509 erlaubt höchstens 64. Tragen Sie lange Namen als alternative Inhabernamen ein.</translation>
    </message>
    <message>
        <source>%1 days is longer than the profile %2 allows (%3 days).</source>
        <translation>%1 Tage sind länger, als das Profil %2 erlaubt (%3 Tage).</translation>
    </message>
    <message>
        <source>The issuer %1 returned a certificate that cannot be read.</source>
        <translation>Der Aussteller %1 hat ein Zertifikat zurückgegeben, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Issued by %1 (profile %2, serial %3, SHA-256 %4)</source>
        <translation>Ausgestellt von %1 (Profil %2, Seriennummer %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked; issue a new one instead of renewing it.</source>
        <translation>Zertifikat %1 ist widerrufen; stellen Sie ein neues aus, statt es zu erneuern.</translation>
    </message>
    <message>
        <source>Certificate %1 was not issued through CertDesk; renew it at its CA and import the new one.</source>
        <translation>Zertifikat %1 wurde nicht über CertDesk ausgestellt; erneuern Sie es bei seiner CA und importieren Sie das neue.</translation>
    </message>
    <message>
        <source>CertDesk holds no key for certificate %1; renew it with a new key.</source>
        <translation>CertDesk verwaltet keinen Schlüssel für Zertifikat %1; erneuern Sie es mit einem neuen Schlüssel.</translation>
    </message>
    <message>
        <source>CertDesk cannot make a new %1 key; renew it with the same key.</source>
        <translation>CertDesk kann keinen neuen Schlüssel vom Typ %1 erzeugen; erneuern Sie es mit demselben Schlüssel.</translation>
    </message>
    <message>
        <source>Renewed by %1 with %2 key (serial %3, SHA-256 %4)</source>
        <translation>Von %1 mit %2 Schlüssel erneuert (Seriennummer %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>demselben</translation>
    </message>
    <message>
        <source>a new</source>
        <translation>einem neuen</translation>
    </message>
    <message>
        <source>Certificate %1 is already revoked.</source>
        <translation>Zertifikat %1 ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>no CA to tell (not issued through CertDesk)</source>
        <translation>keine CA zu benachrichtigen (nicht über CertDesk ausgestellt)</translation>
    </message>
    <message>
        <source>CA told</source>
        <translation>CA benachrichtigt</translation>
    </message>
    <message>
        <source>the CA could not be told: %1</source>
        <translation>die CA konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Revoked (%1, serial %2); %3</source>
        <translation>Widerrufen (%1, Seriennummer %2); %3</translation>
    </message>
    <message>
        <source>%1 is not a key type CertDesk knows; use one of %2.</source>
        <translation>%1 ist kein Schlüsseltyp, den CertDesk kennt; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>The profile %1 does not allow %2 keys; it allows %3.</source>
        <translation>Das Profil %1 erlaubt keine %2-Schlüssel; es erlaubt %3.</translation>
    </message>
    <message>
        <source>removeFromCRL is not a reason to revoke: RFC 5280 uses it only in delta CRLs to lift a certificateHold. Choose another reason.</source>
        <translation>removeFromCRL ist kein Grund für einen Widerruf: RFC 5280 verwendet ihn nur in Delta-CRLs, um ein certificateHold aufzuheben. Wählen Sie einen anderen Grund.</translation>
    </message>
    <message>
        <source>Job %1 has already succeeded: only a failed or cancelled job can be retried.</source>
        <translation>Auftrag %1 war bereits erfolgreich: Nur fehlgeschlagene oder abgebrochene Aufträge können wiederholt werden.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The new private key could not be encoded.</source>
        <translation>Der neue private Schlüssel konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>No certificate signing request was given.</source>
        <translation>Es wurde keine Zertifikatsanforderung angegeben.</translation>
    </message>
    <message>
        <source>The certificate signing request needs a private key.</source>
        <translation>Die Zertifikatsanforderung benötigt einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>read or write the discovered certificates</source>
        <translation>Lesen oder Schreiben der gefundenen Zertifikate</translation>
    </message>
    <message>
        <source>Discovery has no such certificate (%1).</source>
        <translation>Die Erkennung kennt kein solches Zertifikat (%1).</translation>
    </message>
    <message>
        <source>close the jobs whose runner stopped for good</source>
        <translation>Abschließen der Aufträge, deren ausführendes Programm endgültig beendet wurde</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Why dismiss %n certificate(s)? (optional)</source>
        <translation>
            <numerusform>Warum %n Zertifikat verwerfen? (optional)</numerusform>
            <numerusform>Warum %n Zertifikate verwerfen? (optional)</numerusform>
        </translation>
    </message>
    <message>
        <source>read or write the network scan targets</source>
        <translation>Lesen oder Schreiben der Netzwerk-Scanziele</translation>
    </message>
    <message>
        <source>A scan target named &quot;%1&quot; already exists.</source>
        <translation>Ein Scanziel namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The scan target no longer exists.</source>
        <translation>Das Scanziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no scan target named &quot;%1&quot;.</source>
        <translation>Es gibt kein Scanziel namens „%1“.</translation>
    </message>
    <message>
        <source>read or write the SCEP probe history</source>
        <translation>Lesen oder Schreiben des Verlaufs der SCEP-Abfragen</translation>
    </message>
    <message>
        <source>Could not write to the inventory database.</source>
        <translation>In die Inventardatenbank konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>ACME issuer %1 set up (%2, account %3, %4)</source>
        <translation>ACME-Aussteller %1 eingerichtet (%2, Konto %3, %4)</translation>
    </message>
    <message>
        <source>The ACME account key of %1 is missing from the inventory; set the issuer up again.</source>
        <translation>Der ACME-Kontoschlüssel von %1 fehlt im Inventar; richten Sie den Aussteller erneut ein.</translation>
    </message>
    <message>
        <source>read or write the renewal windows suggested by CAs</source>
        <translation>die von CAs vorgeschlagenen Erneuerungsfenster lesen oder schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 presents the deployed certificate (SHA-256 %2) after %n handshake(s).</source>
        <translation>
            <numerusform>Überprüft: %1 präsentiert das bereitgestellte Zertifikat (SHA-256 %2) nach %n Handshake.</numerusform>
            <numerusform>Überprüft: %1 präsentiert das bereitgestellte Zertifikat (SHA-256 %2) nach %n Handshakes.</numerusform>
        </translation>
    </message>
    <message>
        <source>read or write the deployment history</source>
        <translation>Lesen oder Schreiben des Bereitstellungsverlaufs</translation>
    </message>
    <message>
        <source>The deployment record no longer exists.</source>
        <translation>Der Bereitstellungseintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>read or write the deployment targets</source>
        <translation>Lesen oder Schreiben der Bereitstellungsziele</translation>
    </message>
    <message>
        <source>A deployment target named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Bereitstellungsziel namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The deployment target no longer exists.</source>
        <translation>Das Bereitstellungsziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no deployment target named &quot;%1&quot;; &apos;target list&apos; shows them.</source>
        <translation>Es gibt kein Bereitstellungsziel namens „%1“; &apos;target list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>read or write the alerts</source>
        <translation>Lesen oder Schreiben der Alarme</translation>
    </message>
    <message>
        <source>The alert&apos;s delivery record no longer exists.</source>
        <translation>Der Zustellungseintrag des Alarms existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Alert %1 no longer exists.</source>
        <translation>Alarm %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>read or write the alert channels</source>
        <translation>Lesen oder Schreiben der Alarmkanäle</translation>
    </message>
    <message>
        <source>The alert channel no longer exists.</source>
        <translation>Der Alarmkanal existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An alert channel named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Alarmkanal namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no alert channel named &quot;%1&quot;; &apos;notify list&apos; shows them.</source>
        <translation>Es gibt keinen Alarmkanal namens „%1“; &apos;notify list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The expiry timeline covers 1 to %1 weeks, not %2.</source>
        <translation>Die Ablaufzeitleiste umfasst 1 bis %1 Wochen, nicht %2.</translation>
    </message>
    <message>
        <source>The dashboard lists 0 to %1 rows.</source>
        <translation>Das Dashboard listet 0 bis %1 Zeilen auf.</translation>
    </message>
    <message>
        <source>The warning window and the failed-jobs period cannot be negative.</source>
        <translation>Das Warnfenster und der Zeitraum für fehlgeschlagene Aufträge dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>A warning window is 0 to 3650 days before expiry, not %1.</source>
        <translation>Ein Warnfenster liegt 0 bis 3650 Tage vor dem Ablauf, nicht %1.</translation>
    </message>
    <message>
        <source>The dashboard needs the time to compute it at.</source>
        <translation>Das Dashboard benötigt den Zeitpunkt, für den es berechnet wird.</translation>
    </message>
    <message>
        <source>count the certificates for the dashboard</source>
        <translation>Zählen der Zertifikate für das Dashboard</translation>
    </message>
    <message>
        <source>count the discoveries and failed jobs</source>
        <translation>Zählen der gefundenen Zertifikate und der fehlgeschlagenen Aufträge</translation>
    </message>
    <message>
        <source>find the certificates that expire next</source>
        <translation>Suchen der Zertifikate, die als Nächstes ablaufen</translation>
    </message>
    <message>
        <source>read the recent job results</source>
        <translation>Lesen der letzten Auftragsergebnisse</translation>
    </message>
    <message>
        <source>find the certificates that entered a warning window</source>
        <translation>Suchen der Zertifikate, die ein Warnfenster erreicht haben</translation>
    </message>
    <message>
        <source>find the jobs that failed</source>
        <translation>Suchen der fehlgeschlagenen Aufträge</translation>
    </message>
    <message>
        <source>There is no alert channel type &quot;%1&quot;. The types are: %2.</source>
        <translation>Es gibt keinen Alarmkanaltyp „%1“. Die Typen sind: %2.</translation>
    </message>
    <message>
        <source>Added %1 alert channel %2 (%3)</source>
        <translation>Alarmkanal %2 vom Typ %1 hinzugefügt (%3)</translation>
    </message>
    <message>
        <source>Changed %1 alert channel %2 (%3)</source>
        <translation>Alarmkanal %2 vom Typ %1 geändert (%3)</translation>
    </message>
    <message>
        <source>Removed %1 alert channel %2 with its delivery history</source>
        <translation>Alarmkanal %2 vom Typ %1 mit seinem Zustellungsverlauf entfernt</translation>
    </message>
    <message>
        <source>There is no target type &quot;%1&quot;. The types are: %2.</source>
        <translation>Es gibt keinen Zieltyp „%1“. Die Typen sind: %2.</translation>
    </message>
    <message>
        <source>Added %1 target %2 (%3)</source>
        <translation>Ziel %2 vom Typ %1 hinzugefügt (%3)</translation>
    </message>
    <message>
        <source>Changed %1 target %2 (%3)</source>
        <translation>Ziel %2 vom Typ %1 geändert (%3)</translation>
    </message>
    <message>
        <source>Removed %1 target %2 with its bindings and deployment history</source>
        <translation>Ziel %2 vom Typ %1 mit seinen Bindungen und seinem Bereitstellungsverlauf entfernt</translation>
    </message>
    <message>
        <source>Sent a test alert through %1: %2</source>
        <translation>Testalarm über %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Sent a test alert through %1 with changed, unsaved settings: %2</source>
        <translation>Testalarm über %1 mit geänderten, nicht gespeicherten Einstellungen gesendet: %2</translation>
    </message>
</context>
<context>
    <name>certdesk::cli</name>
    <message>
        <source>Lists audit events, newest first.</source>
        <translation>Listet Audit-Ereignisse auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>At most N events (default 100).</source>
        <translation>Höchstens N Ereignisse (Standard: 100).</translation>
    </message>
    <message>
        <source>Only the events of certificate ID.</source>
        <translation>Nur die Ereignisse des Zertifikats ID.</translation>
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
        <translation>Aufruf: certdeskctl [--db PATH | --pg URL] &lt;Befehl&gt; [Optionen]

Verwaltet das CertDesk-Zertifikatsinventar aus Skripten und auf Servern.

Globale Optionen:
  --db PATH     diese SQLite-Inventardatei verwenden (Standard: %1 oder $CERTDESK_DB)
  --pg URL      ein PostgreSQL-Inventar verwenden, postgresql://benutzer@host:port/db (oder $CERTDESK_PG_URL)
  -h, --help    diese Hilfe anzeigen; &apos;&lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls
  -V, --version die Version anzeigen

Geheimnisse: Private Schlüssel werden mit einem Datenschlüssel verschlüsselt, der im Schlüsselbund des
Betriebssystems liegt oder aus der Master-Passphrase in der Datei $CERTDESK_MASTER_KEY_FILE abgeleitet wird.

Befehle:
</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>certdeskctl: %1 needs a value</source>
        <translation>certdeskctl: %1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>certdeskctl: unknown option %1</source>
        <translation>certdeskctl: unbekannte Option %1</translation>
    </message>
    <message>
        <source>certdeskctl: unknown command &apos;%1&apos;. Run &apos;certdeskctl --help&apos; for the commands.</source>
        <translation>certdeskctl: unbekannter Befehl &apos;%1&apos;. &apos;certdeskctl --help&apos; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate id; &apos;certdeskctl inventory list&apos; shows the ids.</source>
        <translation>&apos;%1&apos; ist keine Zertifikats-ID; &apos;certdeskctl inventory list&apos; zeigt die IDs.</translation>
    </message>
    <message>
        <source>Imports certificate files (PEM, DER, PKCS#7, PKCS#12).</source>
        <translation>Importiert Zertifikatsdateien (PEM, DER, PKCS#7, PKCS#12).</translation>
    </message>
    <message>
        <source>Read the PKCS#12 password from the first line of FILE.</source>
        <translation>Das PKCS#12-Passwort aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>Geben Sie mindestens eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>%1 certificate(s) imported, %2 already held, %3 file(s) failed.</source>
        <translation>%1 Zertifikat(e) importiert, %2 bereits vorhanden, %3 Datei(en) fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Lists the managed certificates, soonest expiry first.</source>
        <translation>Listet die verwalteten Zertifikate auf, die zuerst ablaufenden zuerst.</translation>
    </message>
    <message>
        <source>Only certificates that expire within DAYS days (expired ones included).</source>
        <translation>Nur Zertifikate, die innerhalb von DAYS Tagen ablaufen (abgelaufene eingeschlossen).</translation>
    </message>
    <message>
        <source>Only this status: valid, expiring, expired, revoked.</source>
        <translation>Nur dieser Status: valid, expiring, expired, revoked.</translation>
    </message>
    <message>
        <source>--expiring takes a number of days, e.g. --expiring 30.</source>
        <translation>--expiring erwartet eine Anzahl von Tagen, z. B. --expiring 30.</translation>
    </message>
    <message>
        <source>--status takes valid, expiring, expired or revoked.</source>
        <translation>--status erwartet valid, expiring, expired oder revoked.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation>ABLAUF (UTC)</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>COMMON NAME</source>
        <translation>ALLGEMEINER NAME</translation>
    </message>
    <message>
        <source>Shows every field of one managed certificate.</source>
        <translation>Zeigt alle Felder eines verwalteten Zertifikats.</translation>
    </message>
    <message>
        <source>Name one certificate id.</source>
        <translation>Geben Sie eine Zertifikats-ID an.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Inhabernamen</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erw. Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>Basiseinschränkungen</translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation>CA, Pfadlänge %1</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>not a CA</source>
        <translation>keine CA</translation>
    </message>
    <message>
        <source>Subject key id</source>
        <translation>Schlüssel-ID (Inhaber)</translation>
    </message>
    <message>
        <source>Authority key id</source>
        <translation>Schlüssel-ID (Aussteller)</translation>
    </message>
    <message>
        <source>CRL distribution points</source>
        <translation>CRL-Verteilungspunkte</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation>CA-Aussteller (AIA)</translation>
    </message>
    <message>
        <source>Private key held</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Kette %1</translation>
    </message>
    <message>
        <source>Exports one managed certificate to a file.</source>
        <translation>Exportiert ein verwaltetes Zertifikat in eine Datei.</translation>
    </message>
    <message>
        <source>pem, der or p12.</source>
        <translation>pem, der oder p12.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Include the chain (PEM and PKCS#12).</source>
        <translation>Die Zertifikatskette einschließen (PEM und PKCS#12).</translation>
    </message>
    <message>
        <source>Include the private key (PKCS#12 only).</source>
        <translation>Den privaten Schlüssel einschließen (nur PKCS#12).</translation>
    </message>
    <message>
        <source>--format and --out are required.</source>
        <translation>--format und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>--format takes pem, der or p12.</source>
        <translation>--format erwartet pem, der oder p12.</translation>
    </message>
    <message>
        <source>--with-key needs --password-file: the PKCS#12 is protected with that password.</source>
        <translation>--with-key benötigt --password-file: Die PKCS#12-Datei wird mit diesem Passwort geschützt.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Deletes one managed certificate, its versions and its private key.</source>
        <translation>Löscht ein verwaltetes Zertifikat, seine Versionen und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Deleted certificate %1</source>
        <translation>Zertifikat %1 gelöscht</translation>
    </message>
    <message>
        <source>import certificate files (PEM, DER, P7B, PKCS#12)</source>
        <translation>Zertifikatsdateien importieren (PEM, DER, P7B, PKCS#12)</translation>
    </message>
    <message>
        <source>list managed certificates</source>
        <translation>verwaltete Zertifikate auflisten</translation>
    </message>
    <message>
        <source>show every field of one certificate</source>
        <translation>alle Felder eines Zertifikats anzeigen</translation>
    </message>
    <message>
        <source>export a certificate as PEM, DER or PKCS#12</source>
        <translation>ein Zertifikat als PEM, DER oder PKCS#12 exportieren</translation>
    </message>
    <message>
        <source>delete a certificate</source>
        <translation>ein Zertifikat löschen</translation>
    </message>
    <message>
        <source>  Give the PKCS#12 password with --password-file FILE.</source>
        <translation>  Geben Sie das PKCS#12-Passwort mit --password-file FILE an.</translation>
    </message>
    <message>
        <source>certdeskctl: --db and --pg need a non-empty value</source>
        <translation>certdeskctl: --db und --pg benötigen einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>certdeskctl: give either --db or --pg, not both</source>
        <translation>certdeskctl: Geben Sie entweder --db oder --pg an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 takes a positive number.</source>
        <translation>--%1 erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>Sets up a local CA: self-signed (CertDesk makes the CA key), or a sub-CA from your CA certificate and key files (--ca-cert and --ca-key). A test certificate is signed and verified before the CA is saved.</source>
        <translation>Richtet eine lokale CA ein: selbstsigniert (CertDesk erzeugt den CA-Schlüssel) oder als Sub-CA aus Ihren Dateien mit CA-Zertifikat und -Schlüssel (--ca-cert und --ca-key). Vor dem Speichern der CA wird ein Testzertifikat signiert und geprüft.</translation>
    </message>
    <message>
        <source>The issuer&apos;s name.</source>
        <translation>Der Name des Ausstellers.</translation>
    </message>
    <message>
        <source>Sub-CA: the CA certificate (PEM/DER).</source>
        <translation>Sub-CA: das CA-Zertifikat (PEM/DER).</translation>
    </message>
    <message>
        <source>Sub-CA: the CA private key.</source>
        <translation>Sub-CA: der private Schlüssel der CA.</translation>
    </message>
    <message>
        <source>Sub-CA: read the key&apos;s passphrase from the first line of FILE.</source>
        <translation>Sub-CA: die Passphrase des Schlüssels aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Sub-CA: keep the key sealed in the inventory instead of reading the file.</source>
        <translation>Sub-CA: den Schlüssel verschlüsselt im Inventar aufbewahren, statt die Datei zu lesen.</translation>
    </message>
    <message>
        <source>Self-signed: the CA&apos;s common name (default: the name).</source>
        <translation>Selbstsigniert: der allgemeine Name der CA (Standard: der Name).</translation>
    </message>
    <message>
        <source>Self-signed: the CA key type (default ec256).</source>
        <translation>Selbstsigniert: der Schlüsseltyp der CA (Standard: ec256).</translation>
    </message>
    <message>
        <source>Self-signed: the CA&apos;s validity (default 3650).</source>
        <translation>Selbstsigniert: die Gültigkeit der CA (Standard: 3650).</translation>
    </message>
    <message>
        <source>Validity of issued certificates when not given (default 90).</source>
        <translation>Gültigkeit ausgestellter Zertifikate, wenn keine angegeben ist (Standard: 90).</translation>
    </message>
    <message>
        <source>CRL distribution point put into certificates.</source>
        <translation>CRL-Verteilungspunkt, der in die Zertifikate eingetragen wird.</translation>
    </message>
    <message>
        <source>OCSP responder URL put into certificates.</source>
        <translation>URL des OCSP-Responders, die in die Zertifikate eingetragen wird.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>A sub-CA needs both --ca-cert and --ca-key.</source>
        <translation>Eine Sub-CA benötigt sowohl --ca-cert als auch --ca-key.</translation>
    </message>
    <message>
        <source>Local CA %1 set up (issuer %2).</source>
        <translation>Lokale CA %1 eingerichtet (Aussteller %2).</translation>
    </message>
    <message>
        <source>Lists the issuers.</source>
        <translation>Listet die Aussteller auf.</translation>
    </message>
    <message>
        <source>%1 certificate %2</source>
        <translation>Zertifikat %2 %1</translation>
    </message>
    <message>
        <source>Issues a new certificate: the key is made here and kept sealed in the inventory.</source>
        <translation>Stellt ein neues Zertifikat aus: Der Schlüssel wird hier erzeugt und verschlüsselt im Inventar aufbewahrt.</translation>
    </message>
    <message>
        <source>The common name.</source>
        <translation>Der allgemeine Name (CN).</translation>
    </message>
    <message>
        <source>A subject alternative name (repeatable).</source>
        <translation>Ein alternativer Inhabername (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>ec256, ec384, rsa2048, rsa3072, rsa4096 or ed25519.</source>
        <translation>ec256, ec384, rsa2048, rsa3072, rsa4096 oder ed25519.</translation>
    </message>
    <message>
        <source>Validity in days (capped by the profile).</source>
        <translation>Gültigkeit in Tagen (durch das Profil begrenzt).</translation>
    </message>
    <message>
        <source>The certificate profile (default: default).</source>
        <translation>Das Zertifikatsprofil (Standard: default).</translation>
    </message>
    <message>
        <source>Print the certificate as &apos;inventory show --json&apos;.</source>
        <translation>Das Zertifikat wie &apos;inventory show --json&apos; ausgeben.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>Name one certificate id; &apos;certdeskctl inventory list&apos; shows the ids.</source>
        <translation>Geben Sie eine Zertifikats-ID an; &apos;certdeskctl inventory list&apos; zeigt die IDs.</translation>
    </message>
    <message>
        <source>Renews a certificate issued through CertDesk: a new version from the same issuer with the same names.</source>
        <translation>Erneuert ein über CertDesk ausgestelltes Zertifikat: eine neue Version vom selben Aussteller mit denselben Namen.</translation>
    </message>
    <message>
        <source>Keep the current key instead of making a new one.</source>
        <translation>Den aktuellen Schlüssel behalten, statt einen neuen zu erzeugen.</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>erneuert</translation>
    </message>
    <message>
        <source>Revokes a certificate. It is recorded in the inventory even when the CA cannot be told.</source>
        <translation>Widerruft ein Zertifikat. Der Widerruf wird im Inventar festgehalten, auch wenn die CA nicht benachrichtigt werden kann.</translation>
    </message>
    <message>
        <source>The RFC 5280 reason: %1.</source>
        <translation>Der Grund nach RFC 5280: %1.</translation>
    </message>
    <message>
        <source>%1 is not a revocation reason; use one of %2.</source>
        <translation>%1 ist kein Widerrufsgrund; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Revoked certificate %1 (%2)</source>
        <translation>Zertifikat %1 widerrufen (%2)</translation>
    </message>
    <message>
        <source>Publishes a fresh CRL of a local CA (valid 24 hours).</source>
        <translation>Veröffentlicht eine neue CRL einer lokalen CA (24 Stunden gültig).</translation>
    </message>
    <message>
        <source>Write PEM instead of DER.</source>
        <translation>PEM statt DER schreiben.</translation>
    </message>
    <message>
        <source>--issuer and --out are required.</source>
        <translation>--issuer und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>Answers a DER OCSP request for a local CA.</source>
        <translation>Beantwortet eine OCSP-Anfrage im DER-Format für eine lokale CA.</translation>
    </message>
    <message>
        <source>The DER OCSP request.</source>
        <translation>Die OCSP-Anfrage im DER-Format.</translation>
    </message>
    <message>
        <source>Where to write the DER response.</source>
        <translation>Wohin die Antwort im DER-Format geschrieben wird.</translation>
    </message>
    <message>
        <source>--issuer, --request and --out are required.</source>
        <translation>--issuer, --request und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>Writes an issuer&apos;s CA certificate and its chain (PEM).</source>
        <translation>Schreibt das CA-Zertifikat eines Ausstellers und seine Kette (PEM).</translation>
    </message>
    <message>
        <source>list the issuers</source>
        <translation>die Aussteller auflisten</translation>
    </message>
    <message>
        <source>issue a new certificate through an issuer</source>
        <translation>ein neues Zertifikat über einen Aussteller ausstellen</translation>
    </message>
    <message>
        <source>renew a certificate issued through CertDesk</source>
        <translation>ein über CertDesk ausgestelltes Zertifikat erneuern</translation>
    </message>
    <message>
        <source>revoke a certificate</source>
        <translation>ein Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>publish the CRL of a local CA</source>
        <translation>die CRL einer lokalen CA veröffentlichen</translation>
    </message>
    <message>
        <source>answer an OCSP request for a local CA</source>
        <translation>eine OCSP-Anfrage für eine lokale CA beantworten</translation>
    </message>
    <message>
        <source>write an issuer&apos;s CA certificate and chain</source>
        <translation>das CA-Zertifikat eines Ausstellers samt Kette schreiben</translation>
    </message>
    <message>
        <source>Job %1 failed and will be retried at %2 by a running console or &apos;certdeskctl daemon&apos;: %3</source>
        <translation>Auftrag %1 ist fehlgeschlagen und wird um %2 von einer laufenden Konsole oder &apos;certdeskctl daemon&apos; erneut versucht: %3</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>Auftrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Lists the job queue, newest first.</source>
        <translation>Listet die Auftragswarteschlange auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>At most N jobs (default 100).</source>
        <translation>Höchstens N Aufträge (Standard: 100).</translation>
    </message>
    <message>
        <source>Cancels a queued or running job.</source>
        <translation>Bricht einen wartenden oder laufenden Auftrag ab.</translation>
    </message>
    <message>
        <source>Queues a failed or cancelled job again.</source>
        <translation>Reiht einen fehlgeschlagenen oder abgebrochenen Auftrag erneut ein.</translation>
    </message>
    <message>
        <source>Name one job id; &apos;certdeskctl jobs list&apos; shows them.</source>
        <translation>Geben Sie eine Auftrags-ID an; &apos;certdeskctl jobs list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Cancel requested for job %1</source>
        <translation>Abbruch für Auftrag %1 angefordert</translation>
    </message>
    <message>
        <source>Job %1 queued again</source>
        <translation>Auftrag %1 erneut eingereiht</translation>
    </message>
    <message>
        <source>How often to look for due renewals (default 60).</source>
        <translation>Wie oft nach fälligen Erneuerungen gesucht wird (Standard: 60).</translation>
    </message>
    <message>
        <source>The daemon could not set up its signal handling.</source>
        <translation>Der Daemon konnte seine Signalbehandlung nicht einrichten.</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>certdeskctl daemon running as %1; stop with SIGTERM.</source>
        <translation>certdeskctl daemon läuft als %1; beenden mit SIGTERM.</translation>
    </message>
    <message>
        <source>certdeskctl daemon stopped.</source>
        <translation>certdeskctl daemon beendet.</translation>
    </message>
    <message>
        <source>list the job queue</source>
        <translation>die Auftragswarteschlange auflisten</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>einen Auftrag abbrechen</translation>
    </message>
    <message>
        <source>queue a failed job again</source>
        <translation>einen fehlgeschlagenen Auftrag erneut einreihen</translation>
    </message>
    <message>
        <source>run jobs and renewals until stopped</source>
        <translation>Aufträge und Erneuerungen bis zum Beenden ausführen</translation>
    </message>
    <message>
        <source>list audit events</source>
        <translation>Audit-Ereignisse auflisten</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation>Aufruf: %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>Adds or replaces a certificate profile: what certificates issued under it may be.</source>
        <translation>Legt ein Zertifikatsprofil an oder ersetzt es: Es bestimmt, wie die damit ausgestellten Zertifikate beschaffen sein dürfen.</translation>
    </message>
    <message>
        <source>Allowed key types, comma-separated (default: all).</source>
        <translation>Erlaubte Schlüsseltypen, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>Longest lifetime in days (default 398).</source>
        <translation>Längste Gültigkeitsdauer in Tagen (Standard: 398).</translation>
    </message>
    <message>
        <source>Longest lifetime in minutes, for short-lived certificates.</source>
        <translation>Längste Gültigkeitsdauer in Minuten, für kurzlebige Zertifikate.</translation>
    </message>
    <message>
        <source>Extended key usages, comma-separated (default serverAuth,clientAuth).</source>
        <translation>Erweiterte Schlüsselverwendungen, durch Kommas getrennt (Standard: serverAuth,clientAuth).</translation>
    </message>
    <message>
        <source>Renew this many days before expiry (default 30).</source>
        <translation>So viele Tage vor Ablauf erneuern (Standard: 30).</translation>
    </message>
    <message>
        <source>Name one profile.</source>
        <translation>Geben Sie ein Profil an.</translation>
    </message>
    <message>
        <source>Give --max-days or --max-minutes, not both.</source>
        <translation>Geben Sie --max-days oder --max-minutes an, nicht beides.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Lists the certificate profiles.</source>
        <translation>Listet die Zertifikatsprofile auf.</translation>
    </message>
    <message>
        <source>add or replace a certificate profile</source>
        <translation>ein Zertifikatsprofil anlegen oder ersetzen</translation>
    </message>
    <message>
        <source>list the certificate profiles</source>
        <translation>die Zertifikatsprofile auflisten</translation>
    </message>
    <message>
        <source>Scans folders (recursively) and files for certificates and stores what it finds for triage. Reads .pem .crt .cer .cert .der .p7b .p7c files; PKCS#12 files are listed as needing a password.</source>
        <translation>Durchsucht Ordner (rekursiv) und Dateien nach Zertifikaten und speichert die Funde zur Sichtung. Liest Dateien mit .pem .crt .cer .cert .der .p7b .p7c; PKCS#12-Dateien werden mit dem Hinweis aufgeführt, dass sie ein Passwort benötigen.</translation>
    </message>
    <message>
        <source>Read every file, whatever its name.</source>
        <translation>Jede Datei lesen, unabhängig von ihrem Namen.</translation>
    </message>
    <message>
        <source>Name at least one folder or file to scan.</source>
        <translation>Geben Sie mindestens einen Ordner oder eine Datei zum Scannen an.</translation>
    </message>
    <message>
        <source>Scanned %1 files in %2 ms: %3 certificates, %4 new, %5 problems.</source>
        <translation>%1 Dateien in %2 ms gescannt: %3 Zertifikate, %4 neu, %5 Probleme.</translation>
    </message>
    <message>
        <source>PKCS#12: import it with its password to read its certificates</source>
        <translation>PKCS#12: mit Passwort importieren, um die Zertifikate zu lesen</translation>
    </message>
    <message>
        <source>Lists discovered certificates.</source>
        <translation>Listet gefundene Zertifikate auf.</translation>
    </message>
    <message>
        <source>Only those with this status: new, claimed or dismissed.</source>
        <translation>Nur Zertifikate mit diesem Status: new, claimed oder dismissed.</translation>
    </message>
    <message>
        <source>--status must be new, claimed or dismissed, not &quot;%1&quot;.</source>
        <translation>--status muss new, claimed oder dismissed sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give exactly one SHA-256 fingerprint.</source>
        <translation>Geben Sie genau einen SHA-256-Fingerabdruck an.</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Claims a discovered certificate: adds it to the inventory, or with --to links it to a managed certificate.</source>
        <translation>Übernimmt ein gefundenes Zertifikat: fügt es dem Inventar hinzu oder verknüpft es mit --to mit einem verwalteten Zertifikat.</translation>
    </message>
    <message>
        <source>Link to the managed certificate with this id.</source>
        <translation>Mit dem verwalteten Zertifikat mit dieser ID verknüpfen.</translation>
    </message>
    <message>
        <source>--to must be a certificate id.</source>
        <translation>--to muss eine Zertifikats-ID sein.</translation>
    </message>
    <message>
        <source>Dismisses a discovered certificate.</source>
        <translation>Verwirft ein gefundenes Zertifikat.</translation>
    </message>
    <message>
        <source>Why (kept with the decision).</source>
        <translation>Begründung (wird mit der Entscheidung gespeichert).</translation>
    </message>
    <message>
        <source>Puts a dismissed or claimed certificate back to new.</source>
        <translation>Setzt ein verworfenes oder übernommenes Zertifikat wieder auf den Status new zurück.</translation>
    </message>
    <message>
        <source>Lists discovery scans, newest first.</source>
        <translation>Listet die Erkennungsscans auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>At most N scans (default 50).</source>
        <translation>Höchstens N Scans (Standard: 50).</translation>
    </message>
    <message>
        <source>%1 files, %2 certificates (%3 new), %4 errors, %5 ms%6</source>
        <translation>%1 Dateien, %2 Zertifikate (%3 neu), %4 Fehler, %5 ms%6</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>scan folders and files for certificates</source>
        <translation>Ordner und Dateien nach Zertifikaten durchsuchen</translation>
    </message>
    <message>
        <source>list discovered certificates</source>
        <translation>gefundene Zertifikate auflisten</translation>
    </message>
    <message>
        <source>claim a discovered certificate into the inventory</source>
        <translation>ein gefundenes Zertifikat ins Inventar übernehmen</translation>
    </message>
    <message>
        <source>dismiss a discovered certificate</source>
        <translation>ein gefundenes Zertifikat verwerfen</translation>
    </message>
    <message>
        <source>put a dismissed certificate back to new</source>
        <translation>ein verworfenes Zertifikat wieder auf new setzen</translation>
    </message>
    <message>
        <source>list the discovery scan history</source>
        <translation>den Verlauf der Erkennungsscans auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a network scan target: hosts and ranges that `scan run` and the daemon (every --interval-hours) probe for TLS certificates.</source>
        <translation>Fügt ein Netzwerk-Scanziel hinzu: Hosts und Adressbereiche, die `scan run` und der Daemon (alle --interval-hours) nach TLS-Zertifikaten abfragen.</translation>
    </message>
    <message>
        <source>The target&apos;s name (unique).</source>
        <translation>Der Name des Ziels (eindeutig).</translation>
    </message>
    <message>
        <source>A server name to try on IP targets (repeatable).</source>
        <translation>Ein Servername, der bei IP-Zielen versucht wird (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>A port that needs STARTTLS first, PORT:smtp|imap|pop3|ldap|postgres (repeatable).</source>
        <translation>Ein Port, der zuerst STARTTLS benötigt, PORT:smtp|imap|pop3|ldap|postgres (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Scan every H hours when the daemon runs (default 24).</source>
        <translation>Alle H Stunden scannen, wenn der Daemon läuft (Standard: 24).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the target a name with --name.</source>
        <translation>Geben Sie dem Ziel mit --name einen Namen.</translation>
    </message>
    <message>
        <source>Added scan target %1 (id %2).</source>
        <translation>Scanziel %1 hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>Lists the network scan targets with their last scan.</source>
        <translation>Listet die Netzwerk-Scanziele mit ihrem letzten Scan auf.</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>alle %1 h</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
    <message>
        <source>last scan %1: %2 TLS endpoints, %3 certificates, %4 errors</source>
        <translation>letzter Scan %1: %2 TLS-Endpunkte, %3 Zertifikate, %4 Fehler</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nie gescannt</translation>
    </message>
    <message>
        <source>Give exactly one scan target name.</source>
        <translation>Geben Sie den Namen genau eines Scanziels an.</translation>
    </message>
    <message>
        <source>Removes a network scan target (its scans stay in the history).</source>
        <translation>Entfernt ein Netzwerk-Scanziel (seine Scans bleiben im Verlauf).</translation>
    </message>
    <message>
        <source>Removed scan target %1.</source>
        <translation>Scanziel %1 entfernt.</translation>
    </message>
    <message>
        <source>Scans a network scan target now and stores the certificates found for triage.</source>
        <translation>Scannt ein Netzwerk-Scanziel sofort und speichert die gefundenen Zertifikate zur Sichtung.</translation>
    </message>
    <message>
        <source>Scans hosts and ranges once, without saving a target, and stores the certificates found for triage.</source>
        <translation>Scannt Hosts und Adressbereiche einmalig, ohne ein Ziel zu speichern, und speichert die gefundenen Zertifikate zur Sichtung.</translation>
    </message>
    <message>
        <source>Asks a SCEP server for its capabilities and CA certificates (read-only: never enrols) and keeps the answer in the probe history.</source>
        <translation>Fragt einen SCEP-Server nach seinen Fähigkeiten und CA-Zertifikaten (nur lesend: beantragt nie ein Zertifikat) und hält die Antwort im Abfrageverlauf fest.</translation>
    </message>
    <message>
        <source>Sent as the message parameter (servers with several CAs).</source>
        <translation>Wird als Parameter message gesendet (Server mit mehreren CAs).</translation>
    </message>
    <message>
        <source>Per request (default 10000).</source>
        <translation>Pro Anfrage (Standard: 10000).</translation>
    </message>
    <message>
        <source>Give exactly one SCEP URL.</source>
        <translation>Geben Sie genau eine SCEP-URL an.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>CA certificates (chain length %1):</source>
        <translation>CA-Zertifikate (Kettenlänge %1):</translation>
    </message>
    <message>
        <source>issuer %1, %2, expires %3 (%4 days)</source>
        <translation>Aussteller %1, %2, Ablauf %3 (%4 Tage)</translation>
    </message>
    <message>
        <source>add a network scan target</source>
        <translation>ein Netzwerk-Scanziel hinzufügen</translation>
    </message>
    <message>
        <source>list the network scan targets</source>
        <translation>die Netzwerk-Scanziele auflisten</translation>
    </message>
    <message>
        <source>remove a network scan target</source>
        <translation>ein Netzwerk-Scanziel entfernen</translation>
    </message>
    <message>
        <source>scan a network scan target now</source>
        <translation>ein Netzwerk-Scanziel sofort scannen</translation>
    </message>
    <message>
        <source>scan hosts and ranges for TLS certificates once</source>
        <translation>Hosts und Adressbereiche einmalig nach TLS-Zertifikaten scannen</translation>
    </message>
    <message>
        <source>ask a SCEP server for its capabilities and CA certificates</source>
        <translation>einen SCEP-Server nach seinen Fähigkeiten und CA-Zertifikaten fragen</translation>
    </message>
    <message>
        <source>Sets up an ACME CA. The directory is fetched and the account created (or found) before anything is saved; the account key is sealed in the inventory. Presets for --directory: %1.</source>
        <translation>Richtet eine ACME-CA ein. Das Verzeichnis wird abgerufen und das Konto angelegt (oder gefunden), bevor etwas gespeichert wird; der Kontoschlüssel wird versiegelt im Bestand abgelegt. Vorlagen für --directory: %1.</translation>
    </message>
    <message>
        <source>The CA&apos;s directory URL, or a preset.</source>
        <translation>Die Verzeichnis-URL der CA oder eine Vorlage.</translation>
    </message>
    <message>
        <source>Contact e-mail address for the account.</source>
        <translation>Kontakt-E-Mail-Adresse für das Konto.</translation>
    </message>
    <message>
        <source>Accept the CA&apos;s terms of service.</source>
        <translation>Die Nutzungsbedingungen der CA annehmen.</translation>
    </message>
    <message>
        <source>External Account Binding key ID.</source>
        <translation>Schlüssel-ID für External Account Binding.</translation>
    </message>
    <message>
        <source>Read the EAB HMAC key (base64url) from the first line of FILE.</source>
        <translation>Den EAB-HMAC-Schlüssel (base64url) aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>http-01 (default), dns-01 or dns-persist-01.</source>
        <translation>http-01 (Vorgabe), dns-01 oder dns-persist-01.</translation>
    </message>
    <message>
        <source>Port of the temporary HTTP-01 server (default 80).</source>
        <translation>Port des vorübergehenden HTTP-01-Servers (Vorgabe 80).</translation>
    </message>
    <message>
        <source>Address of the temporary HTTP-01 server (default 0.0.0.0).</source>
        <translation>Adresse des vorübergehenden HTTP-01-Servers (Vorgabe 0.0.0.0).</translation>
    </message>
    <message>
        <source>Script that creates a TXT record (dns-01, dns-persist-01).</source>
        <translation>Skript, das einen TXT-Eintrag anlegt (dns-01, dns-persist-01).</translation>
    </message>
    <message>
        <source>Script that removes a TXT record (dns-01).</source>
        <translation>Skript, das einen TXT-Eintrag entfernt (dns-01).</translation>
    </message>
    <message>
        <source>Seconds to wait for DNS propagation (default 30).</source>
        <translation>Sekunden, die auf die DNS-Verbreitung gewartet wird (Vorgabe 30).</translation>
    </message>
    <message>
        <source>DNS server (host:port) to watch for the records during the wait.</source>
        <translation>DNS-Server (Host:Port), der während der Wartezeit nach den Einträgen gefragt wird.</translation>
    </message>
    <message>
        <source>The CA&apos;s issuer domain for the standing record (dns-persist-01).</source>
        <translation>Die Aussteller-Domain der CA für den dauerhaften Eintrag (dns-persist-01).</translation>
    </message>
    <message>
        <source>ACME profile to order (tlsserver, shortlived).</source>
        <translation>Zu bestellendes ACME-Profil (tlsserver, shortlived).</translation>
    </message>
    <message>
        <source>PEM file to trust for the CA&apos;s TLS certificate (a private CA).</source>
        <translation>PEM-Datei, der für das TLS-Zertifikat der CA vertraut wird (eine private CA).</translation>
    </message>
    <message>
        <source>--name and --directory are required.</source>
        <translation>--name und --directory sind nötig.</translation>
    </message>
    <message>
        <source>External Account Binding needs both --eab-kid and --eab-hmac-file.</source>
        <translation>External Account Binding braucht sowohl --eab-kid als auch --eab-hmac-file.</translation>
    </message>
    <message>
        <source>--dns-wait takes a number of seconds (0 or more).</source>
        <translation>--dns-wait erwartet eine Anzahl Sekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>ACME issuer %1 set up (issuer %2), account %3.</source>
        <translation>ACME-Aussteller %1 eingerichtet (Aussteller %2), Konto %3.</translation>
    </message>
    <message>
        <source>The CA offers renewal information (ARI): renewals follow its suggested windows.</source>
        <translation>Die CA bietet Erneuerungsinformationen (ARI): Erneuerungen folgen ihren vorgeschlagenen Zeitfenstern.</translation>
    </message>
    <message>
        <source>set up an ACME CA (Let&apos;s Encrypt, ZeroSSL, ...)</source>
        <translation>eine ACME-CA einrichten (Let&apos;s Encrypt, ZeroSSL, ...)</translation>
    </message>
    <message>
        <source>Give the kind of issuer: &apos;issuer add local&apos; or &apos;issuer add acme&apos;.</source>
        <translation>Geben Sie die Art des Ausstellers an: &apos;issuer add local&apos; oder &apos;issuer add acme&apos;.</translation>
    </message>
    <message>
        <source>set up a local CA (issuer add local)</source>
        <translation>eine lokale CA einrichten (issuer add local)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 names no certificate; put one common name on each line.</source>
        <translation>%1 nennt kein Zertifikat; schreiben Sie einen Common Name pro Zeile.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Issued %1 of %2 certificates.</source>
        <translation>%1 von %2 Zertifikaten ausgestellt.</translation>
    </message>
    <message>
        <source>Issue one certificate for each common name in FILE (one per line).</source>
        <translation>Ein Zertifikat für jeden Common Name in FILE ausstellen (einer pro Zeile).</translation>
    </message>
    <message>
        <source>With --names-file: how many to issue at once (default 4).</source>
        <translation>Mit --names-file: wie viele gleichzeitig ausgestellt werden (Vorgabe 4).</translation>
    </message>
    <message>
        <source>--issuer and one of --cn or --names-file are required.</source>
        <translation>--issuer und entweder --cn oder --names-file sind nötig.</translation>
    </message>
    <message>
        <source>Never place a new order while another is being validated (for CAs that deadlock on it, such as pebble 2.4).</source>
        <translation>Keine neue Bestellung aufgeben, während eine andere geprüft wird (für CAs, die daran hängen bleiben, wie pebble 2.4).</translation>
    </message>
    <message>
        <source>A target&apos;s name (repeatable).</source>
        <translation>Der Name eines Ziels (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>The file %1 for %2 cannot be read.</source>
        <translation>Die Datei %1 für %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 for %2 is larger than 1 MiB; it holds no secret.</source>
        <translation>Die Datei %1 für %2 ist größer als 1 MiB; sie enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>The file %1 for %2 is empty.</source>
        <translation>Die Datei %1 für %2 ist leer.</translation>
    </message>
    <message>
        <source>--set takes key=value, not &quot;%1&quot;.</source>
        <translation>--set erwartet key=value, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a secret and is never given on the command line, where other users can see it. Put it in a file only you can read and give --set %1%2=PATH.</source>
        <translation>%1 ist ein Geheimnis und wird nie auf der Befehlszeile angegeben, wo andere Benutzer es sehen können. Legen Sie es in einer Datei ab, die nur Sie lesen können, und geben Sie --set %1%2=PATH an.</translation>
    </message>
    <message>
        <source>Adds a deployment target of TYPE (&apos;target types&apos; lists them and their settings). The settings are checked before anything is saved; secrets are sealed in the inventory and only read from files.</source>
        <translation>Fügt ein Bereitstellungsziel vom Typ TYPE hinzu (&apos;target types&apos; listet die Typen und ihre Einstellungen auf). Die Einstellungen werden geprüft, bevor etwas gespeichert wird; Geheimnisse werden verschlüsselt im Inventar abgelegt und nur aus Dateien gelesen.</translation>
    </message>
    <message>
        <source>The target&apos;s name.</source>
        <translation>Der Name des Ziels.</translation>
    </message>
    <message>
        <source>Give one target type, e.g. &apos;target add nginx&apos;.</source>
        <translation>Geben Sie einen Zieltyp an, z. B. &apos;target add nginx&apos;.</translation>
    </message>
    <message>
        <source>Target %1 (%2) added.</source>
        <translation>Ziel %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Lists the deployment targets.</source>
        <translation>Listet die Bereitstellungsziele auf.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>never deployed</source>
        <translation>nie bereitgestellt</translation>
    </message>
    <message>
        <source>Lists the target types and their settings.</source>
        <translation>Listet die Zieltypen und ihre Einstellungen auf.</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source> [default: %1]</source>
        <translation> [Standard: %1]</translation>
    </message>
    <message>
        <source>Name one target; &apos;certdeskctl target list&apos; shows them.</source>
        <translation>Geben Sie ein Ziel an; &apos;certdeskctl target list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>Dry-runs a saved target: configuration check, permissions, login, keystore password. Changes nothing. Exit code 1 when a step fails.</source>
        <translation>Testet ein gespeichertes Ziel im Probelauf: Konfigurationsprüfung, Berechtigungen, Anmeldung, Keystore-Passwort. Ändert nichts. Exit-Code 1, wenn ein Schritt fehlschlägt.</translation>
    </message>
    <message>
        <source>ok     </source>
        <translation>OK     </translation>
    </message>
    <message>
        <source>FAILED </source>
        <translation>FEHLER </translation>
    </message>
    <message>
        <source>Target %1 passed every check.</source>
        <translation>Ziel %1 hat alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Target %1 failed a check.</source>
        <translation>Ziel %1 hat eine Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Removes a target with its sealed secrets, its bindings and its deployment history. Nothing on the target itself is changed.</source>
        <translation>Entfernt ein Ziel mit seinen verschlüsselten Geheimnissen, seinen Bindungen und seinem Bereitstellungsverlauf. Auf dem Ziel selbst wird nichts geändert.</translation>
    </message>
    <message>
        <source>Target %1 removed.</source>
        <translation>Ziel %1 entfernt.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 (SHA-256 %3)</source>
        <translation>%1: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Deploys a certificate&apos;s current version with its chain and key to one or more targets, as jobs, and waits for them. Deploying what a target already has changes nothing. Exit code 1 when a deployment fails.</source>
        <translation>Stellt die aktuelle Version eines Zertifikats mit Kette und Schlüssel als Aufträge auf einem oder mehreren Zielen bereit und wartet auf diese. Was ein Ziel bereits hat, wird nicht verändert. Exit-Code 1, wenn eine Bereitstellung fehlschlägt.</translation>
    </message>
    <message>
        <source>Name the targets with --target.</source>
        <translation>Geben Sie die Ziele mit --target an.</translation>
    </message>
    <message>
        <source>Lists deployments, newest first.</source>
        <translation>Listet Bereitstellungen auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Only this certificate&apos;s.</source>
        <translation>Nur die dieses Zertifikats.</translation>
    </message>
    <message>
        <source>Only this target&apos;s.</source>
        <translation>Nur die dieses Ziels.</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Höchstens so viele (Standard: 500).</translation>
    </message>
    <message>
        <source>--cert takes a certificate id.</source>
        <translation>--cert erwartet eine Zertifikats-ID.</translation>
    </message>
    <message>
        <source>Binds a certificate to targets: each renewal queues its deployment to them.</source>
        <translation>Bindet ein Zertifikat an Ziele: Nach jeder Erneuerung wird seine Bereitstellung auf diesen Zielen eingereiht.</translation>
    </message>
    <message>
        <source>Unbinds a certificate from targets: renewals no longer deploy it there.</source>
        <translation>Löst die Bindung eines Zertifikats an Ziele: Erneuerungen werden dort nicht mehr bereitgestellt.</translation>
    </message>
    <message>
        <source>Certificate %1 bound to %2: renewals deploy there.</source>
        <translation>Zertifikat %1 an %2 gebunden: Erneuerungen werden dort bereitgestellt.</translation>
    </message>
    <message>
        <source>Certificate %1 unbound from %2.</source>
        <translation>Bindung von Zertifikat %1 an %2 gelöst.</translation>
    </message>
    <message>
        <source>add a deployment target</source>
        <translation>ein Bereitstellungsziel hinzufügen</translation>
    </message>
    <message>
        <source>list the deployment targets</source>
        <translation>die Bereitstellungsziele auflisten</translation>
    </message>
    <message>
        <source>list the target types and their settings</source>
        <translation>die Zieltypen und ihre Einstellungen auflisten</translation>
    </message>
    <message>
        <source>dry-run a target&apos;s checks</source>
        <translation>die Prüfungen eines Ziels im Probelauf ausführen</translation>
    </message>
    <message>
        <source>remove a deployment target</source>
        <translation>ein Bereitstellungsziel entfernen</translation>
    </message>
    <message>
        <source>deploy a certificate to targets</source>
        <translation>ein Zertifikat auf Zielen bereitstellen</translation>
    </message>
    <message>
        <source>list the deployment history</source>
        <translation>den Bereitstellungsverlauf auflisten</translation>
    </message>
    <message>
        <source>deploy a certificate to targets after each renewal</source>
        <translation>ein Zertifikat nach jeder Erneuerung auf Zielen bereitstellen</translation>
    </message>
    <message>
        <source>stop deploying a certificate to targets after renewals</source>
        <translation>ein Zertifikat nach Erneuerungen nicht mehr auf Zielen bereitstellen</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>Runs jobs, schedules due renewals, scans due network scan targets, evaluates the alert rules and sends the scheduled digest until stopped (SIGTERM or SIGINT); for a systemd service. Several daemons and consoles may share one inventory.</source>
        <translation>Führt Aufträge aus, plant fällige Erneuerungen ein, scannt fällige Netzwerk-Scanziele, wertet die Alarmregeln aus und versendet die geplante Zusammenfassung, bis er beendet wird (SIGTERM oder SIGINT); für einen systemd-Dienst. Mehrere Daemons und Konsolen können sich ein Inventar teilen.</translation>
    </message>
    <message>
        <source>Wait at most S seconds for the deliveries and their retries (default 120); what is still to be retried then is sent by a running console or &apos;certdeskctl daemon&apos;.</source>
        <translation>Höchstens S Sekunden auf die Zustellungen und ihre Wiederholungen warten (Standard: 120); was dann noch wiederholt werden muss, sendet eine laufende Konsole oder &apos;certdeskctl daemon&apos;.</translation>
    </message>
    <message>
        <source>Name one channel; &apos;certdeskctl notify list&apos; shows them.</source>
        <translation>Geben Sie einen Kanal an; &apos;certdeskctl notify list&apos; zeigt alle an.</translation>
    </message>
    <message>
        <source>Lists the alert channel types and their settings.</source>
        <translation>Listet die Alarmkanaltypen und ihre Einstellungen auf.</translation>
    </message>
    <message>
        <source>Adds an alert channel of TYPE: email, webhook, slack, teams, pagerduty or opsgenie (&apos;notify types&apos; lists their settings). The settings are checked before anything is saved; secrets are sealed in the inventory and only read from files (--set &lt;field&gt;_file=PATH).</source>
        <translation>Fügt einen Alarmkanal vom Typ TYPE hinzu: email, webhook, slack, teams, pagerduty oder opsgenie (&apos;notify types&apos; listet ihre Einstellungen auf). Die Einstellungen werden geprüft, bevor etwas gespeichert wird; Geheimnisse werden verschlüsselt im Inventar abgelegt und nur aus Dateien gelesen (--set &lt;field&gt;_file=PATH).</translation>
    </message>
    <message>
        <source>The channel&apos;s name.</source>
        <translation>Der Name des Kanals.</translation>
    </message>
    <message>
        <source>The channel receives the digest (e-mail only).</source>
        <translation>Der Kanal erhält die Zusammenfassung (nur E-Mail).</translation>
    </message>
    <message>
        <source>The channel receives no alerts.</source>
        <translation>Der Kanal erhält keine Alarme.</translation>
    </message>
    <message>
        <source>Add the channel disabled.</source>
        <translation>Den Kanal deaktiviert hinzufügen.</translation>
    </message>
    <message>
        <source>Give one channel type, e.g. &apos;notify add webhook&apos;.</source>
        <translation>Geben Sie einen Kanaltyp an, z. B. &apos;notify add webhook&apos;.</translation>
    </message>
    <message>
        <source>Alert channel %1 (%2) added. Try it with &apos;certdeskctl notify test %1&apos;.</source>
        <translation>Alarmkanal %1 (%2) hinzugefügt. Testen Sie ihn mit &apos;certdeskctl notify test %1&apos;.</translation>
    </message>
    <message>
        <source>Lists the alert channels and how their last delivery went.</source>
        <translation>Listet die Alarmkanäle auf und wie ihre letzte Zustellung verlief.</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>noch nichts gesendet</translation>
    </message>
    <message>
        <source>Sends a test alert through a saved channel and waits for the answer. Exit code 1 when it was not delivered.</source>
        <translation>Sendet einen Testalarm über einen gespeicherten Kanal und wartet auf die Antwort. Exit-Code 1, wenn er nicht zugestellt wurde.</translation>
    </message>
    <message>
        <source>Test alert delivered through %1 (%2 %3).</source>
        <translation>Testalarm über %1 zugestellt (%2 %3).</translation>
    </message>
    <message>
        <source>Removes an alert channel with its sealed secrets and its delivery history; its deliveries still queued are cancelled.</source>
        <translation>Entfernt einen Alarmkanal mit seinen verschlüsselten Geheimnissen und seinem Zustellungsverlauf; seine noch eingereihten Zustellungen werden abgebrochen.</translation>
    </message>
    <message>
        <source>Alert channel %1 removed.</source>
        <translation>Alarmkanal %1 entfernt.</translation>
    </message>
    <message>
        <source>, %1 attempts</source>
        <translation>, %1 Versuche</translation>
    </message>
    <message>
        <source>%1 deliveries wait for a retry; a running console or &apos;certdeskctl daemon&apos; sends them.</source>
        <translation>%1 Zustellungen warten auf eine Wiederholung; eine laufende Konsole oder &apos;certdeskctl daemon&apos; sendet sie.</translation>
    </message>
    <message>
        <source>certdeskctl: %1 deliveries failed; &apos;certdeskctl jobs list&apos; shows the errors.</source>
        <translation>certdeskctl: %1 Zustellungen fehlgeschlagen; &apos;certdeskctl jobs list&apos; zeigt die Fehler an.</translation>
    </message>
    <message>
        <source>Evaluates the alert rules now (warning windows, expired certificates, failed jobs, new discoveries, renewed certificates) and sends what is due through the alert channels, retrying transient failures. Each alert is sent once per channel. Exit code 1 when a delivery failed.</source>
        <translation>Wertet die Alarmregeln jetzt aus (Warnfenster, abgelaufene Zertifikate, fehlgeschlagene Aufträge, neue Funde, erneuerte Zertifikate) und sendet Fälliges über die Alarmkanäle; vorübergehende Fehler werden wiederholt. Jeder Alarm wird pro Kanal einmal gesendet. Exit-Code 1, wenn eine Zustellung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>alert %1  %2  %3</source>
        <translation>Alarm %1  %2  %3</translation>
    </message>
    <message>
        <source>%1 alerts raised, %2 resolved, %3 deliveries queued.</source>
        <translation>%1 Alarme ausgelöst, %2 aufgehoben, %3 Zustellungen eingereiht.</translation>
    </message>
    <message>
        <source>Lists the alerts raised, newest first, with how their deliveries went.</source>
        <translation>Listet die ausgelösten Alarme auf, die neuesten zuerst, mit dem Verlauf ihrer Zustellungen.</translation>
    </message>
    <message>
        <source>At most N alerts (default 50).</source>
        <translation>Höchstens N Alarme (Standard: 50).</translation>
    </message>
    <message>
        <source>sent %1, failed %2, queued %3</source>
        <translation>gesendet %1, fehlgeschlagen %2, eingereiht %3</translation>
    </message>
    <message>
        <source>Shows the warning windows, or sets them: days before the expiry, comma-separated, e.g. 30,14,7,0 (0 is the expiry itself).</source>
        <translation>Zeigt die Warnfenster an oder legt sie fest: Tage vor dem Ablauf, durch Kommas getrennt, z. B. 30,14,7,0 (0 ist der Ablauf selbst).</translation>
    </message>
    <message>
        <source>Give the windows as one list, e.g. 30,14,7,0.</source>
        <translation>Geben Sie die Fenster als eine Liste an, z. B. 30,14,7,0.</translation>
    </message>
    <message>
        <source>Warning windows: %1 days</source>
        <translation>Warnfenster: %1 Tage</translation>
    </message>
    <message>
        <source>Writes the digest as it would be sent now: HTML to --out, or to standard output.</source>
        <translation>Schreibt die Zusammenfassung so, wie sie jetzt gesendet würde: als HTML nach --out oder auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Die zu schreibende HTML-Datei.</translation>
    </message>
    <message>
        <source>Print the plain text part instead of the HTML.</source>
        <translation>Den reinen Textteil statt des HTML ausgeben.</translation>
    </message>
    <message>
        <source>Digest written to %1: %2</source>
        <translation>Zusammenfassung nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Sends the digest now to the channels that receive it, outside the schedule, and waits for the deliveries. Exit code 1 when one failed.</source>
        <translation>Sendet die Zusammenfassung jetzt außerhalb des Zeitplans an die Kanäle, die sie erhalten, und wartet auf die Zustellungen. Exit-Code 1, wenn eine fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Digest queued to %1.</source>
        <translation>Zusammenfassung an %1 eingereiht.</translation>
    </message>
    <message>
        <source>Shows the digest&apos;s schedule, or sets it: daily, weekly, off, or a number of hours or days such as 12h or 2d. &apos;certdeskctl daemon&apos; and the console send it when due.</source>
        <translation>Zeigt den Zeitplan der Zusammenfassung an oder legt ihn fest: daily, weekly, off oder eine Anzahl von Stunden oder Tagen wie 12h oder 2d. &apos;certdeskctl daemon&apos; und die Konsole senden sie, wenn sie fällig ist.</translation>
    </message>
    <message>
        <source>Give one schedule, e.g. daily.</source>
        <translation>Geben Sie einen Zeitplan an, z. B. daily.</translation>
    </message>
    <message>
        <source>Digest schedule: %1</source>
        <translation>Zeitplan der Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Next scheduled digest: %1</source>
        <translation>Nächste geplante Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>none (add an e-mail channel with --digest)</source>
        <translation>keine (fügen Sie einen E-Mail-Kanal mit --digest hinzu)</translation>
    </message>
    <message>
        <source>list the alert channel types and their settings</source>
        <translation>die Alarmkanaltypen und ihre Einstellungen auflisten</translation>
    </message>
    <message>
        <source>add an alert channel</source>
        <translation>einen Alarmkanal hinzufügen</translation>
    </message>
    <message>
        <source>list the alert channels</source>
        <translation>die Alarmkanäle auflisten</translation>
    </message>
    <message>
        <source>send a test alert through a channel</source>
        <translation>einen Testalarm über einen Kanal senden</translation>
    </message>
    <message>
        <source>remove an alert channel</source>
        <translation>einen Alarmkanal entfernen</translation>
    </message>
    <message>
        <source>evaluate the alert rules and send what is due</source>
        <translation>die Alarmregeln auswerten und Fälliges senden</translation>
    </message>
    <message>
        <source>list the alerts raised</source>
        <translation>die ausgelösten Alarme auflisten</translation>
    </message>
    <message>
        <source>show or set the warning windows</source>
        <translation>die Warnfenster anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>write the digest as HTML</source>
        <translation>die Zusammenfassung als HTML schreiben</translation>
    </message>
    <message>
        <source>send the digest now</source>
        <translation>die Zusammenfassung jetzt senden</translation>
    </message>
    <message>
        <source>show or set the digest&apos;s schedule</source>
        <translation>den Zeitplan der Zusammenfassung anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>--wait takes a positive number of seconds.</source>
        <translation>--wait erwartet eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Shows the host key of a saved ssh target&apos;s server and whether the target&apos;s known_hosts file trusts it. With --trust, records exactly that key there: compare the fingerprint with the one the server&apos;s administrator reads from `ssh-keygen -lf` on the server first.</source>
        <translation>Zeigt den Hostschlüssel des Servers eines gespeicherten ssh-Ziels an und ob die known_hosts-Datei des Ziels ihm vertraut. Mit --trust wird genau dieser Schlüssel dort eingetragen: Vergleichen Sie den Fingerabdruck zuvor mit dem, den der Administrator des Servers dort mit `ssh-keygen -lf` ausliest.</translation>
    </message>
    <message>
        <source>Trust the host key with this fingerprint (SHA256:...).</source>
        <translation>Dem Hostschlüssel mit diesem Fingerabdruck vertrauen (SHA256:...).</translation>
    </message>
    <message>
        <source>Target %1 is a %2 target; only ssh targets have host keys.</source>
        <translation>Ziel %1 ist ein %2-Ziel; nur ssh-Ziele haben Hostschlüssel.</translation>
    </message>
    <message>
        <source>%1 presents a %2 key %3.</source>
        <translation>%1 präsentiert einen %2-Schlüssel %3.</translation>
    </message>
    <message>
        <source>%1 trusts it.</source>
        <translation>%1 vertraut ihm.</translation>
    </message>
    <message>
        <source>%1 holds ANOTHER key for this host: do not trust this one until you know why it changed; then remove the old line from that file.</source>
        <translation>%1 enthält einen ANDEREN Schlüssel für diesen Host: Vertrauen Sie diesem nicht, bis Sie wissen, warum er sich geändert hat; entfernen Sie dann die alte Zeile aus dieser Datei.</translation>
    </message>
    <message>
        <source>%1 does not know it yet: check the fingerprint, then run this command again with --trust %2.</source>
        <translation>%1 kennt ihn noch nicht: Prüfen Sie den Fingerabdruck und führen Sie diesen Befehl dann erneut mit --trust %2 aus.</translation>
    </message>
    <message>
        <source>show or trust an ssh target&apos;s host key</source>
        <translation>den Hostschlüssel eines ssh-Ziels anzeigen oder ihm vertrauen</translation>
    </message>
</context>
<context>
    <name>certdesk::cli::CommandContext</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>&apos;%1 --help&apos; zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>certdesk::cli::NamedSettingsOptions</name>
    <message>
        <source>A setting, key=value (repeatable); a secret as &lt;field&gt;_file=PATH.</source>
        <translation>Eine Einstellung, Schlüssel=Wert (mehrfach angebbar); ein Geheimnis als &lt;Feld&gt;_file=PFAD.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>certdesk::cli::ScanFormOptions</name>
    <message>
        <source>An address or CIDR range to scan (repeatable; at most a /20).</source>
        <translation>Eine Adresse oder ein CIDR-Bereich zum Scannen (mehrfach angebbar; höchstens ein /20).</translation>
    </message>
    <message>
        <source>A host name or address to scan (repeatable).</source>
        <translation>Ein Hostname oder eine Adresse zum Scannen (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>The ports to probe, e.g. 443,8443,9000-9010.</source>
        <translation>Die abzufragenden Ports, z. B. 443,8443,9000-9010.</translation>
    </message>
    <message>
        <source>Per endpoint: connect, STARTTLS and handshake (default 3000).</source>
        <translation>Pro Endpunkt: Verbindungsaufbau, STARTTLS und Handshake (Standard: 3000).</translation>
    </message>
    <message>
        <source>Endpoints probed at once (default 50).</source>
        <translation>Gleichzeitig abgefragte Endpunkte (Standard: 50).</translation>
    </message>
    <message>
        <source>--cidr takes an address or a CIDR range, not the host name &quot;%1&quot; (use --host).</source>
        <translation>--cidr erwartet eine Adresse oder einen CIDR-Bereich, nicht den Hostnamen &quot;%1&quot; (verwenden Sie --host).</translation>
    </message>
    <message>
        <source>Name at least one target with --cidr or --host.</source>
        <translation>Geben Sie mit --cidr oder --host mindestens ein Ziel an.</translation>
    </message>
    <message>
        <source>Give the ports to probe with --ports.</source>
        <translation>Geben Sie mit --ports die abzufragenden Ports an.</translation>
    </message>
</context>
<context>
    <name>certdesk::core</name>
    <message>
        <source>Give the scan target a name.</source>
        <translation>Geben Sie dem Scanziel einen Namen.</translation>
    </message>
    <message>
        <source>The scan target&apos;s name is longer than %1 characters.</source>
        <translation>Der Name des Scanziels ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The scan target&apos;s name must be on one line.</source>
        <translation>Der Name des Scanziels darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The scan interval must be 1 to %1 hours.</source>
        <translation>Das Scanintervall muss 1 bis %1 Stunden betragen.</translation>
    </message>
    <message>
        <source>target &quot;%1&quot;</source>
        <translation>Ziel „%1“</translation>
    </message>
    <message>
        <source>Network scan of %1: %2 endpoints probed, %3 open, %4 TLS, %5 certificates (%6 new), %7 errors%8</source>
        <translation>Netzwerkscan von %1: %2 Endpunkte abgefragt, %3 offen, %4 TLS, %5 Zertifikate (%6 neu), %7 Fehler%8</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the issuer a name.</source>
        <translation>Geben Sie dem Aussteller einen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a directory URL; give the CA&apos;s ACME directory, e.g. https://acme-v02.api.letsencrypt.org/directory, or a preset such as letsencrypt.</source>
        <translation>%1 ist keine Verzeichnis-URL; geben Sie das ACME-Verzeichnis der CA an, z. B. https://acme-v02.api.letsencrypt.org/directory, oder eine Vorgabe wie letsencrypt.</translation>
    </message>
    <message>
        <source>The HTTP-01 port must be between 1 and 65535.</source>
        <translation>Der HTTP-01-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The DNS propagation wait must be between 0 and 3600 seconds.</source>
        <translation>Die Wartezeit für die DNS-Verbreitung muss zwischen 0 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Das CA-Bündel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>External Account Binding needs both the key ID and the HMAC key.</source>
        <translation>External Account Binding braucht sowohl die Schlüssel-ID als auch den HMAC-Schlüssel.</translation>
    </message>
    <message>
        <source>ZeroSSL needs an e-mail address to hand out account credentials; give one.</source>
        <translation>ZeroSSL braucht eine E-Mail-Adresse, um Kontozugangsdaten auszugeben; geben Sie eine an.</translation>
    </message>
    <message>
        <source>Fetching ZeroSSL&apos;s account credentials</source>
        <translation>Abrufen der Kontozugangsdaten von ZeroSSL</translation>
    </message>
    <message>
        <source>This CA requires External Account Binding: give the key ID and HMAC key from the CA&apos;s dashboard.</source>
        <translation>Diese CA verlangt External Account Binding: Geben Sie die Schlüssel-ID und den HMAC-Schlüssel aus dem Dashboard der CA an.</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service must be accepted before an account is made: read %1 and accept them.</source>
        <translation>Die Nutzungsbedingungen der CA müssen akzeptiert werden, bevor ein Konto angelegt wird: Lesen Sie %1 und akzeptieren Sie sie.</translation>
    </message>
    <message>
        <source>The CA offers no profile %1; it offers: %2.</source>
        <translation>Die CA bietet kein Profil %1 an; sie bietet an: %2.</translation>
    </message>
    <message>
        <source>Creating the ACME account</source>
        <translation>Anlegen des ACME-Kontos</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Free, trusted by every browser; 90-day certificates, or 6-day ones with the shortlived profile.</source>
        <translation>Kostenlos, von jedem Browser anerkannt; Zertifikate für 90 Tage oder, mit dem Profil shortlived, für 6 Tage.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (staging)</source>
        <translation>Let&apos;s Encrypt (Staging)</translation>
    </message>
    <message>
        <source>For trying a setup out: generous rate limits, certificates that no browser trusts.</source>
        <translation>Zum Ausprobieren einer Einrichtung: großzügige Ratenlimits, Zertifikate, denen kein Browser vertraut.</translation>
    </message>
    <message>
        <source>ZeroSSL</source>
        <translation>ZeroSSL</translation>
    </message>
    <message>
        <source>Needs External Account Binding; CertDesk fetches the credentials for your e-mail address when you give none.</source>
        <translation>Verlangt External Account Binding; CertDesk ruft die Zugangsdaten für Ihre E-Mail-Adresse ab, wenn Sie keine angeben.</translation>
    </message>
    <message>
        <source>Google Trust Services</source>
        <translation>Google Trust Services</translation>
    </message>
    <message>
        <source>Needs External Account Binding credentials from the Google Cloud console.</source>
        <translation>Verlangt Zugangsdaten für External Account Binding aus der Google Cloud Console.</translation>
    </message>
    <message>
        <source>Buypass Go SSL</source>
        <translation>Buypass Go SSL</translation>
    </message>
    <message>
        <source>Free, 180-day certificates.</source>
        <translation>Kostenlos, Zertifikate für 180 Tage.</translation>
    </message>
    <message>
        <source>SSL.com</source>
        <translation>SSL.com</translation>
    </message>
    <message>
        <source>Needs External Account Binding credentials from your SSL.com account.</source>
        <translation>Verlangt Zugangsdaten für External Account Binding aus Ihrem SSL.com-Konto.</translation>
    </message>
    <message>
        <source>Another ACME CA</source>
        <translation>Eine andere ACME-CA</translation>
    </message>
    <message>
        <source>Any RFC 8555 CA: step-ca, EJBCA, Sectigo, a company CA ... Give its directory URL.</source>
        <translation>Jede CA nach RFC 8555: step-ca, EJBCA, Sectigo, eine Firmen-CA ... Geben Sie ihre Verzeichnis-URL an.</translation>
    </message>
    <message>
        <source>The deployment was cancelled.</source>
        <translation>Die Bereitstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>[private key removed]</source>
        <translation>[privater Schlüssel entfernt]</translation>
    </message>
    <message>
        <source>%1 does not present the deployed certificate: after %2 s it still presents SHA-256 %3, not %4. Check that the server uses the files the target writes and was reloaded.</source>
        <translation>%1 präsentiert nicht das bereitgestellte Zertifikat: Nach %2 s präsentiert es weiterhin SHA-256 %3, nicht %4. Prüfen Sie, ob der Server die Dateien verwendet, die das Ziel schreibt, und ob er neu geladen wurde.</translation>
    </message>
    <message>
        <source>The deployment could not be verified: %1 did not complete a TLS handshake within %2 s. Check that the server is running and the endpoint is right.</source>
        <translation>Die Bereitstellung konnte nicht überprüft werden: %1 hat innerhalb von %2 s keinen TLS-Handshake abgeschlossen. Prüfen Sie, ob der Server läuft und der Endpunkt stimmt.</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked; deploy its replacement instead.</source>
        <translation>Zertifikat %1 ist widerrufen; stellen Sie stattdessen seinen Nachfolger bereit.</translation>
    </message>
    <message>
        <source>CertDesk holds no private key for certificate %1; import its key before deploying it.</source>
        <translation>CertDesk verwaltet keinen privaten Schlüssel für Zertifikat %1; importieren Sie seinen Schlüssel, bevor Sie es bereitstellen.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inventory id</source>
        <translation>Inventar-ID</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Verwaltete Zertifikate</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Ablauf innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Expiring within 14 days</source>
        <translation>Ablauf innerhalb von 14 Tagen</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Ablauf innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Discovered, awaiting triage</source>
        <translation>Gefunden, Sichtung ausstehend</translation>
    </message>
    <message>
        <source>Failed jobs (30 days)</source>
        <translation>Fehlgeschlagene Aufträge (30 Tage)</translation>
    </message>
    <message>
        <source>Certificates expiring within 30 days or expired within the last 30</source>
        <translation>Zertifikate, die innerhalb von 30 Tagen ablaufen oder in den letzten 30 Tagen abgelaufen sind</translation>
    </message>
    <message>
        <source>None: no certificate needs renewing soon.</source>
        <translation>Keine: Kein Zertifikat muss demnächst erneuert werden.</translation>
    </message>
    <message>
        <source>Job results of the last 30 days</source>
        <translation>Auftragsergebnisse der letzten 30 Tage</translation>
    </message>
    <message>
        <source>No job ended in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde kein Auftrag beendet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Latest failures</source>
        <translation>Letzte Fehlschläge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen am</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>  Managed certificates: %1</source>
        <translation>  Verwaltete Zertifikate: %1</translation>
    </message>
    <message>
        <source>  Expiring within 30 / 14 / 7 days: %1 / %2 / %3</source>
        <translation>  Ablauf innerhalb von 30 / 14 / 7 Tagen: %1 / %2 / %3</translation>
    </message>
    <message>
        <source>  Expired: %1   Revoked: %2</source>
        <translation>  Abgelaufen: %1   Widerrufen: %2</translation>
    </message>
    <message>
        <source>  Discovered, awaiting triage: %1</source>
        <translation>  Gefunden, Sichtung ausstehend: %1</translation>
    </message>
    <message>
        <source>  Failed jobs (30 days): %1</source>
        <translation>  Fehlgeschlagene Aufträge (30 Tage): %1</translation>
    </message>
    <message>
        <source>  None: no certificate needs renewing soon.</source>
        <translation>  Keine: Kein Zertifikat muss demnächst erneuert werden.</translation>
    </message>
    <message>
        <source>Job results of the last 30 days (succeeded / failed / cancelled)</source>
        <translation>Auftragsergebnisse der letzten 30 Tage (erfolgreich / fehlgeschlagen / abgebrochen)</translation>
    </message>
    <message>
        <source>  No job ended in the last 30 days.</source>
        <translation>  In den letzten 30 Tagen wurde kein Auftrag beendet.</translation>
    </message>
    <message>
        <source>  job %1 (%2) failed at %3: %4</source>
        <translation>  Auftrag %1 (%2) fehlgeschlagen am %3: %4</translation>
    </message>
    <message>
        <source>Only e-mail channels receive the digest; this one is a %1 channel.</source>
        <translation>Nur E-Mail-Kanäle erhalten die Zusammenfassung; dieser ist ein %1-Kanal.</translation>
    </message>
    <message>
        <source>delivered (%1 %2)</source>
        <translation>zugestellt (%1 %2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>... and %1 more (see the inventory).</source>
        <translation>... und %1 weitere (siehe Inventar).</translation>
    </message>
    <message>
        <source>  ... and %1 more (see the inventory).</source>
        <translation>  ... und %1 weitere (siehe Inventar).</translation>
    </message>
    <message>
        <source>No alert channel receives the digest. Add an e-mail channel for it (certdeskctl notify add email --name N --digest ...) or mark one on the Alerts page.</source>
        <translation>Kein Alarmkanal erhält die Zusammenfassung. Fügen Sie dafür einen E-Mail-Kanal hinzu (certdeskctl notify add email --name N --digest ...) oder markieren Sie einen auf der Seite „Alarme“.</translation>
    </message>
</context>
<context>
    <name>certdesk::core::AlertDeliveryHandler</name>
    <message>
        <source>The notify job names no alert or no channel; it cannot be run.</source>
        <translation>Der Benachrichtigungsauftrag nennt keinen Alarm oder keinen Kanal; er kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The alert channel %1 or the alert was removed: there is nothing to deliver.</source>
        <translation>Der Alarmkanal %1 oder der Alarm wurde entfernt: Es gibt nichts zuzustellen.</translation>
    </message>
    <message>
        <source>Already delivered to %1; not sent again.</source>
        <translation>Bereits an %1 zugestellt; nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>Senden an %1</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>An %1 zugestellt</translation>
    </message>
    <message>
        <source>Delivered to %1: %2</source>
        <translation>An %1 zugestellt: %2</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before the next try.</source>
        <translation>%1 hat gebeten, vor dem nächsten Versuch %2 s zu warten.</translation>
    </message>
</context>
<context>
    <name>certdesk::core::AlertScheduler</name>
    <message>
        <source>Alerts: %1 raised, %2 resolved, %3 deliveries queued</source>
        <translation>Alarme: %1 ausgelöst, %2 aufgehoben, %3 Zustellungen eingereiht</translation>
    </message>
    <message>
        <source>Digest queued to %1</source>
        <translation>Zusammenfassung an %1 eingereiht</translation>
    </message>
</context>
<context>
    <name>certdesk::core::AlertService</name>
    <message>
        <source>&quot;%1&quot; are no warning windows: %2 Give whole numbers of days before the expiry, separated by commas, e.g. 30,14,7,0 (0 is the expiry itself).</source>
        <translation>„%1“ sind keine gültigen Warnfenster: %2 Geben Sie ganze Tage vor dem Ablauf an, durch Kommas getrennt, z. B. 30,14,7,0 (0 ist der Ablauf selbst).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 0 to %2.</source>
        <translation>„%1“ ist keine Anzahl von Tagen zwischen 0 und %2.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>give 1 to %1 windows.</source>
        <translation>geben Sie 1 bis %1 Fenster an.</translation>
    </message>
    <message>
        <source>Warning windows set to %1 days</source>
        <translation>Warnfenster auf %1 Tage gesetzt</translation>
    </message>
</context>
<context>
    <name>certdesk::core::DeployRun</name>
    <message>
        <source>The deploy job names no certificate or no target.</source>
        <translation>Der Bereitstellungsauftrag nennt kein Zertifikat oder kein Ziel.</translation>
    </message>
    <message>
        <source>Loading the certificate and the target</source>
        <translation>Laden des Zertifikats und des Ziels</translation>
    </message>
    <message>
        <source>The deployment target %1 no longer exists.</source>
        <translation>Das Bereitstellungsziel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The stored chain of certificate %1 is damaged; import the chain again.</source>
        <translation>Die gespeicherte Kette von Zertifikat %1 ist beschädigt; importieren Sie die Kette erneut.</translation>
    </message>
    <message>
        <source>Target %1 is disabled; enable it to deploy to it.</source>
        <translation>Ziel %1 ist deaktiviert; aktivieren Sie es, um darauf bereitzustellen.</translation>
    </message>
    <message>
        <source>Deploying to %1</source>
        <translation>Bereitstellen auf %1</translation>
    </message>
    <message>
        <source>%1 already had this certificate; nothing changed.</source>
        <translation>%1 hatte dieses Zertifikat bereits; nichts geändert.</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Überprüfen von %1</translation>
    </message>
    <message>
        <source>Deployed certificate %1 to %2</source>
        <translation>Zertifikat %1 auf %2 bereitgestellt</translation>
    </message>
    <message>
        <source>Certificate %1 was already on %2</source>
        <translation>Zertifikat %1 war bereits auf %2 vorhanden</translation>
    </message>
    <message>
        <source>Deploying certificate %1 to %2 failed</source>
        <translation>Bereitstellen von Zertifikat %1 auf %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording the deployment</source>
        <translation>Aufzeichnen der Bereitstellung</translation>
    </message>
    <message>
        <source>Target %1 (%2): %3, SHA-256 %4</source>
        <translation>Ziel %1 (%2): %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Target %1 (%2): failed, SHA-256 %3: %4</source>
        <translation>Ziel %1 (%2): fehlgeschlagen, SHA-256 %3: %4</translation>
    </message>
</context>
<context>
    <name>certdesk::core::DeploymentService</name>
    <message>
        <source>Name at least one target to deploy to.</source>
        <translation>Geben Sie mindestens ein Ziel für die Bereitstellung an.</translation>
    </message>
    <message>
        <source>Target %1 is disabled; enable it before deploying to it.</source>
        <translation>Ziel %1 ist deaktiviert; aktivieren Sie es, bevor Sie darauf bereitstellen.</translation>
    </message>
</context>
<context>
    <name>certdesk::core::DigestService</name>
    <message>
        <source>CertDesk digest %1: %2 expiring within 30 days, %3 expired, %4 failed jobs</source>
        <translation>CertDesk-Zusammenfassung %1: %2 laufen innerhalb von 30 Tagen ab, %3 abgelaufen, %4 fehlgeschlagene Aufträge</translation>
    </message>
    <message>
        <source>The state of the certificate inventory on %1.</source>
        <translation>Der Stand des Zertifikatsinventars am %1.</translation>
    </message>
    <message>
        <source>CertDesk digest</source>
        <translation>CertDesk-Zusammenfassung</translation>
    </message>
    <message>
        <source>This digest was queued already.</source>
        <translation>Diese Zusammenfassung wurde bereits eingereiht.</translation>
    </message>
    <message>
        <source>Digest queued to %1</source>
        <translation>Zusammenfassung an %1 eingereiht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no digest schedule: give daily, weekly, off, or a number of hours or days such as 12h or 2d (at most a year).</source>
        <translation>„%1“ ist kein Zeitplan für die Zusammenfassung: Geben Sie daily, weekly, off oder eine Anzahl von Stunden oder Tagen wie 12h oder 2d an (höchstens ein Jahr).</translation>
    </message>
    <message>
        <source>Digest schedule set to %1</source>
        <translation>Zeitplan der Zusammenfassung auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Sent by CertDesk. The schedule is set on the console&apos;s Alerts page or with certdeskctl digest schedule.</source>
        <translation>Gesendet von CertDesk. Der Zeitplan wird auf der Seite „Alarme“ der Konsole oder mit certdeskctl digest schedule festgelegt.</translation>
    </message>
</context>
<context>
    <name>certdesk::core::DiscoveryService</name>
    <message>
        <source>Name at least one folder or file to scan.</source>
        <translation>Geben Sie mindestens einen Ordner oder eine Datei zum Scannen an.</translation>
    </message>
    <message>
        <source>Scanned %1: %2 files read, %3 certificates (%4 new), %5 problems</source>
        <translation>%1 gescannt: %2 Dateien gelesen, %3 Zertifikate (%4 neu), %5 Probleme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: give its 64 hex digits (colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck: Geben Sie seine 64 Hexadezimalziffern an (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Select at least one discovered certificate.</source>
        <translation>Wählen Sie mindestens ein gefundenes Zertifikat aus.</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>The certificate could not be added to the inventory.</source>
        <translation>Das Zertifikat konnte nicht zum Inventar hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Claimed into the inventory as certificate %1</source>
        <translation>Als Zertifikat %1 ins Inventar übernommen</translation>
    </message>
    <message>
        <source>Claimed: linked to certificate %1, which already held it</source>
        <translation>Übernommen: mit Zertifikat %1 verknüpft, das es bereits enthielt</translation>
    </message>
    <message>
        <source>Claimed: linked to certificate %1</source>
        <translation>Übernommen: mit Zertifikat %1 verknüpft</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Restored to New</source>
        <translation>Wiederhergestellt (Status „Neu“)</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Triage undone: back to %1</source>
        <translation>Sichtung rückgängig gemacht: zurück auf %1</translation>
    </message>
</context>
<context>
    <name>certdesk::core::NetworkScanService</name>
    <message>
        <source>Added scan target %1: %2 on ports %3, every %4 hours</source>
        <translation>Scanziel %1 hinzugefügt: %2 auf Ports %3, alle %4 Stunden</translation>
    </message>
    <message>
        <source>Changed scan target %1: %2 on ports %3, every %4 hours</source>
        <translation>Scanziel %1 geändert: %2 auf Ports %3, alle %4 Stunden</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>Removed scan target %1</source>
        <translation>Scanziel %1 entfernt</translation>
    </message>
    <message>
        <source>Name at least one target and one port to scan.</source>
        <translation>Geben Sie mindestens ein Ziel und einen Port zum Scannen an.</translation>
    </message>
    <message>
        <source>Scan target &quot;%1&quot;: %2</source>
        <translation>Scanziel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>certdesk::core::NotificationService</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Alert channel %1: enabled %2, alerts %3, digest %4</source>
        <translation>Alarmkanal %1: aktiviert %2, Alarme %3, Zusammenfassung %4</translation>
    </message>
</context>
<context>
    <name>certdesk::core::SealedSettings</name>
    <message>
        <source>%1 is a secret: give it as a secret, never as a plain setting.</source>
        <translation>%1 ist ein Geheimnis: Geben Sie es als Geheimnis an, nie als einfache Einstellung.</translation>
    </message>
    <message>
        <source>%1 is not a secret: give it as a plain setting.</source>
        <translation>%1 ist kein Geheimnis: Geben Sie es als einfache Einstellung an.</translation>
    </message>
    <message>
        <source>%1; secrets: %2</source>
        <translation>%1; Geheimnisse: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>„%1“ kann kein Name sein: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The type %1 has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>Der Typ %1 hat keine Einstellung „%2“. Seine Einstellungen sind: %3.</translation>
    </message>
    <message>
        <source>The secret %1 of %2 is missing from the inventory; set it again.</source>
        <translation>Das Geheimnis %1 von %2 fehlt im Inventar; legen Sie es erneut fest.</translation>
    </message>
</context>
<context>
    <name>certdesk::core::TargetService</name>
    <message>
        <source>Enabled target %1</source>
        <translation>Ziel %1 aktiviert</translation>
    </message>
    <message>
        <source>Disabled target %1</source>
        <translation>Ziel %1 deaktiviert</translation>
    </message>
    <message>
        <source>Tested unsaved %1 settings: %2</source>
        <translation>Nicht gespeicherte Einstellungen vom Typ %1 getestet: %2</translation>
    </message>
    <message>
        <source>Tested target %1: %2</source>
        <translation>Ziel %1 getestet: %2</translation>
    </message>
    <message>
        <source>Bound to target %1: deployed there after each renewal</source>
        <translation>An Ziel %1 gebunden: wird dort nach jeder Erneuerung bereitgestellt</translation>
    </message>
    <message>
        <source>Certificate %1 is not bound to target %2.</source>
        <translation>Zertifikat %1 ist nicht an Ziel %2 gebunden.</translation>
    </message>
    <message>
        <source>Unbound from target %1</source>
        <translation>Bindung an Ziel %1 gelöst</translation>
    </message>
    <message>
        <source>Tested changed settings of target %1: %2</source>
        <translation>Geänderte Einstellungen des Ziels %1 getestet: %2</translation>
    </message>
</context>
<context>
    <name>certdesk::core::alertmessages</name>
    <message>
        <source>Certificate %1 expired on %2</source>
        <translation>Zertifikat %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2. Services that still present it fail their TLS handshakes.</source>
        <translation>Das Zertifikat %1 ist am %2 abgelaufen. Dienste, die es noch präsentieren, scheitern beim TLS-Handshake.</translation>
    </message>
    <message>
        <source>The certificate %1 expires on %2: it entered the %3-day warning window.</source>
        <translation>Das Zertifikat %1 läuft am %2 ab: Es hat das %3-Tage-Warnfenster erreicht.</translation>
    </message>
    <message>
        <source>Renew it in CertDesk (Inventory, Renew) or with: certdeskctl renew %1</source>
        <translation>Erneuern Sie es in CertDesk (Inventar, Erneuern) oder mit: certdeskctl renew %1</translation>
    </message>
    <message>
        <source>CertDesk job %1 (%2) failed: %3</source>
        <translation>CertDesk-Auftrag %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen am</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translation>Zertifikats-ID</translation>
    </message>
    <message>
        <source>Look at its log and retry it in the Jobs page, or with: certdeskctl jobs retry %1</source>
        <translation>Sehen Sie sich sein Protokoll an und wiederholen Sie ihn auf der Seite „Aufträge“ oder mit: certdeskctl jobs retry %1</translation>
    </message>
    <message>
        <source>New since the last alert</source>
        <translation>Neu seit dem letzten Alarm</translation>
    </message>
    <message>
        <source>Awaiting triage</source>
        <translation>Sichtung ausstehend</translation>
    </message>
    <message>
        <source>Claim, link or dismiss them in the Discovery page, or with: certdeskctl discovered list</source>
        <translation>Übernehmen, verknüpfen oder verwerfen Sie sie auf der Seite „Erkennung“ oder mit: certdeskctl discovered list</translation>
    </message>
    <message>
        <source>Certificate %1 was renewed</source>
        <translation>Zertifikat %1 wurde erneuert</translation>
    </message>
    <message>
        <source>The certificate %1 was renewed: its current version is valid until %2. Its expiry alert is closed.</source>
        <translation>Das Zertifikat %1 wurde erneuert: Seine aktuelle Version ist bis %2 gültig. Sein Ablaufalarm ist geschlossen.</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked</source>
        <translation>Zertifikat %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked, so it is no longer renewed. Its expiry alert is closed.</source>
        <translation>Das Zertifikat %1 wurde widerrufen und wird daher nicht mehr erneuert. Sein Ablaufalarm ist geschlossen.</translation>
    </message>
    <message>
        <source>Certificate %1 was removed from the inventory</source>
        <translation>Zertifikat %1 wurde aus dem Inventar entfernt</translation>
    </message>
    <message>
        <source>The certificate %1 was removed from the inventory. Its expiry alert is closed.</source>
        <translation>Das Zertifikat %1 wurde aus dem Inventar entfernt. Sein Ablaufalarm ist geschlossen.</translation>
    </message>
    <message>
        <source>Certificate %1 expires on %2</source>
        <translation>Zertifikat %1 läuft am %2 ab</translation>
    </message>
    <message>
        <source>The job %1 (%2) failed for good.</source>
        <translation>Der Auftrag %1 (%2) ist endgültig fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Newly discovered certificates await triage: %1</source>
        <translation>Neu gefundene Zertifikate warten auf Sichtung: %1</translation>
    </message>
    <message>
        <source>Discovered certificates awaiting triage in all: %1.</source>
        <translation>Gefundene Zertifikate mit ausstehender Sichtung insgesamt: %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::discovery</name>
    <message>
        <source>a certificate could not be hashed</source>
        <translation>für ein Zertifikat konnte kein Hashwert berechnet werden</translation>
    </message>
    <message>
        <source>the PKCS#7 data is truncated or malformed</source>
        <translation>die PKCS#7-Daten sind abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>a certificate in the PKCS#7 data is malformed: %1</source>
        <translation>ein Zertifikat in den PKCS#7-Daten ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>no certificate: the PKCS#7 data holds none</source>
        <translation>kein Zertifikat: die PKCS#7-Daten enthalten keines</translation>
    </message>
    <message>
        <source>PEM block %1 is not a valid certificate: %2</source>
        <translation>PEM-Block %1 ist kein gültiges Zertifikat: %2</translation>
    </message>
    <message>
        <source>truncated PEM block %1 (BEGIN %2 without END)</source>
        <translation>abgeschnittener PEM-Block %1 (BEGIN %2 ohne END)</translation>
    </message>
    <message>
        <source>corrupt PEM block %1 (%2): bad base64 or END line</source>
        <translation>beschädigter PEM-Block %1 (%2): fehlerhaftes Base64 oder fehlerhafte END-Zeile</translation>
    </message>
    <message>
        <source>PEM block %1 (%2) is not PKCS#7 signed data</source>
        <translation>PEM-Block %1 (%2) enthält keine PKCS#7-SignedData</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no certificate: the file holds a PEM %1</source>
        <translation>kein Zertifikat: die Datei enthält einen PEM-Block %1</translation>
    </message>
    <message>
        <source>no certificate: the file holds no complete PEM block</source>
        <translation>kein Zertifikat: die Datei enthält keinen vollständigen PEM-Block</translation>
    </message>
    <message>
        <source>no certificate: the DER data is not an X.509 certificate (%1)</source>
        <translation>kein Zertifikat: die DER-Daten sind kein X.509-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>no certificate: the file holds neither PEM nor DER data</source>
        <translation>kein Zertifikat: die Datei enthält weder PEM- noch DER-Daten</translation>
    </message>
    <message>
        <source>the data is not one DER SEQUENCE</source>
        <translation>die Daten sind keine einzelne DER-SEQUENCE</translation>
    </message>
    <message>
        <source>the certificate&apos;s outer structure is malformed</source>
        <translation>die äußere Struktur des Zertifikats ist fehlerhaft</translation>
    </message>
    <message>
        <source>the version, serial number or signature algorithm is malformed</source>
        <translation>Version, Seriennummer oder Signaturalgorithmus sind fehlerhaft</translation>
    </message>
    <message>
        <source>the issuer name is malformed</source>
        <translation>der Ausstellername ist fehlerhaft</translation>
    </message>
    <message>
        <source>the validity period is malformed</source>
        <translation>der Gültigkeitszeitraum ist fehlerhaft</translation>
    </message>
    <message>
        <source>the subject name is malformed</source>
        <translation>der Inhabername ist fehlerhaft</translation>
    </message>
    <message>
        <source>the public key info is malformed</source>
        <translation>die Angaben zum öffentlichen Schlüssel sind fehlerhaft</translation>
    </message>
    <message>
        <source>the unique identifiers or extensions are malformed</source>
        <translation>die eindeutigen Kennungen oder die Erweiterungen sind fehlerhaft</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>keine reguläre Datei (%1)</translation>
    </message>
    <message>
        <source>could not open a socket: %1</source>
        <translation>es konnte kein Socket geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms while waiting for %2</source>
        <translation>keine Antwort innerhalb von %1 ms beim Warten auf %2</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>the server closed the connection while CertDesk waited for %1</source>
        <translation>der Server hat die Verbindung geschlossen, während CertDesk auf %1 wartete</translation>
    </message>
    <message>
        <source>OpenSSL could not start a TLS connection (%1)</source>
        <translation>OpenSSL konnte keine TLS-Verbindung starten (%1)</translation>
    </message>
    <message>
        <source>the server completed the TLS handshake without a certificate</source>
        <translation>der Server hat den TLS-Handshake ohne Zertifikat abgeschlossen</translation>
    </message>
    <message>
        <source>it looks like plain HTTP</source>
        <translation>es sieht nach unverschlüsseltem HTTP aus</translation>
    </message>
    <message>
        <source>it looks like SSH: %1</source>
        <translation>es sieht nach SSH aus: %1</translation>
    </message>
    <message>
        <source>it greets like SMTP or FTP: %1; for SMTP, scan the port with STARTTLS smtp</source>
        <translation>die Begrüßung sieht nach SMTP oder FTP aus: %1; scannen Sie den Port bei SMTP mit STARTTLS smtp</translation>
    </message>
    <message>
        <source>it greets like IMAP: %1; scan the port with STARTTLS imap</source>
        <translation>die Begrüßung sieht nach IMAP aus: %1; scannen Sie den Port mit STARTTLS imap</translation>
    </message>
    <message>
        <source>it greets like POP3: %1; scan the port with STARTTLS pop3</source>
        <translation>die Begrüßung sieht nach POP3 aus: %1; scannen Sie den Port mit STARTTLS pop3</translation>
    </message>
    <message>
        <source>it sent &quot;%1&quot;</source>
        <translation>es hat „%1“ gesendet</translation>
    </message>
    <message>
        <source>it sent the bytes %1</source>
        <translation>es hat die Bytes %1 gesendet</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not answer the TLS handshake within %1 ms</source>
        <translation>der Server hat die Verbindung angenommen, aber nicht innerhalb von %1 ms auf den TLS-Handshake geantwortet</translation>
    </message>
    <message>
        <source>the server closed the connection without answering the TLS handshake</source>
        <translation>der Server hat die Verbindung geschlossen, ohne auf den TLS-Handshake zu antworten</translation>
    </message>
    <message>
        <source>the server did not answer TLS (%1)</source>
        <translation>der Server hat nicht per TLS geantwortet (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read (%1)</source>
        <translation>das Zertifikat des Servers konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the server refused the TLS handshake (%1)</source>
        <translation>der Server hat den TLS-Handshake abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the TLS handshake failed (%1)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the host name could not be resolved: %1</source>
        <translation>der Hostname konnte nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>the host name has no IP address</source>
        <translation>der Hostname hat keine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Port %1 is out of range: ports are 1 to 65535.</source>
        <translation>Port %1 liegt außerhalb des zulässigen Bereichs: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or a port range like 9000-9010.</source>
        <translation>„%1“ ist weder ein Port noch ein Portbereich wie 9000-9010.</translation>
    </message>
    <message>
        <source>The port range %1 runs backwards; write %2-%3.</source>
        <translation>Der Portbereich %1 ist absteigend angegeben; schreiben Sie %2-%3.</translation>
    </message>
    <message>
        <source>No ports given: list ports like 443,8443,9000-9010.</source>
        <translation>Keine Ports angegeben: Geben Sie Ports wie 443,8443,9000-9010 an.</translation>
    </message>
    <message>
        <source>%1 is not a valid range: write a range as an IP address and a prefix length, like 10.0.0.0/24</source>
        <translation>%1 ist kein gültiger Bereich: Geben Sie einen Bereich als IP-Adresse mit Präfixlänge an, etwa 10.0.0.0/24</translation>
    </message>
    <message>
        <source>%1 has an invalid prefix length: it must be 0 to %2</source>
        <translation>%1 hat eine ungültige Präfixlänge: Sie muss zwischen 0 und %2 liegen</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; split it into ranges of at most %3 (/%4)</source>
        <translation>%1 umfasst %2 Adressen; teilen Sie den Bereich in Bereiche von höchstens %3 (/%4) auf</translation>
    </message>
    <message>
        <source>A target is empty.</source>
        <translation>Ein Ziel ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address: it must be four numbers from 0 to 255, like 192.0.2.10</source>
        <translation>%1 ist keine gültige IPv4-Adresse: Sie muss aus vier Zahlen von 0 bis 255 bestehen, etwa 192.0.2.10</translation>
    </message>
    <message>
        <source>%1: give the ports in the port list, not with the target</source>
        <translation>%1: Geben Sie die Ports in der Portliste an, nicht beim Ziel</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address.</source>
        <translation>%1 ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name, IP address or range.</source>
        <translation>%1 ist weder ein gültiger Hostname noch eine gültige IP-Adresse oder ein gültiger Bereich.</translation>
    </message>
    <message>
        <source>No targets given: enter IP addresses, ranges like 10.0.0.0/24, or host names.</source>
        <translation>Keine Ziele angegeben: Geben Sie IP-Adressen, Bereiche wie 10.0.0.0/24 oder Hostnamen ein.</translation>
    </message>
    <message>
        <source>%1 is not a valid SNI name: give a host name like www.example.com (no address, no wildcard).</source>
        <translation>%1 ist kein gültiger SNI-Name: Geben Sie einen Hostnamen wie www.example.com an (keine Adresse, kein Platzhalter).</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s GetCACert answer holds no certificate</source>
        <translation>die GetCACert-Antwort des SCEP-Servers enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s GetCACert answer (%1) is not a DER certificate</source>
        <translation>die GetCACert-Antwort des SCEP-Servers (%1) ist kein DER-Zertifikat</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s GetCACert answer (%1) is not a PKCS#7 certificate bundle</source>
        <translation>die GetCACert-Antwort des SCEP-Servers (%1) ist kein PKCS#7-Zertifikatsbündel</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s GetCACert answer (content type %1) holds no certificate</source>
        <translation>die GetCACert-Antwort des SCEP-Servers (Inhaltstyp %1) enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>the SCEP server answered HTTP %1 for %2</source>
        <translation>der SCEP-Server hat auf %2 mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the SCEP server did not answer %1 within %2 s</source>
        <translation>der SCEP-Server hat %1 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>could not connect to the SCEP server</source>
        <translation>keine Verbindung zum SCEP-Server möglich</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s TLS certificate is not trusted; to probe it anyway, turn off TLS verification</source>
        <translation>dem TLS-Zertifikat des SCEP-Servers wird nicht vertraut; um ihn trotzdem abzufragen, schalten Sie die TLS-Prüfung aus</translation>
    </message>
    <message>
        <source>the TLS connection to the SCEP server failed</source>
        <translation>die TLS-Verbindung zum SCEP-Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the SCEP server&apos;s answer to %1 is too large</source>
        <translation>die Antwort des SCEP-Servers auf %1 ist zu groß</translation>
    </message>
    <message>
        <source>the SCEP probe was cancelled</source>
        <translation>die SCEP-Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the request for %1 failed</source>
        <translation>die Anfrage für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SCEP URL: give an http or https URL like http://ca.example.com/cgi-bin/pkiclient.exe</source>
        <translation>„%1“ ist keine SCEP-URL: Geben Sie eine http- oder https-URL an, etwa http://ca.example.com/cgi-bin/pkiclient.exe</translation>
    </message>
    <message>
        <source>the answer to GetCACaps is not a list of capabilities: %1</source>
        <translation>die Antwort auf GetCACaps ist keine Liste von Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write STARTTLS ports as PORT:PROTOCOL, like 25:smtp.</source>
        <translation>„%1“: Schreiben Sie STARTTLS-Ports als PORT:PROTOKOLL, etwa 25:smtp.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a STARTTLS protocol CertDesk speaks (smtp, imap, pop3, ldap, postgres).</source>
        <translation>„%1“ ist kein STARTTLS-Protokoll, das CertDesk beherrscht (smtp, imap, pop3, ldap, postgres).</translation>
    </message>
    <message>
        <source>Port %1 is given two STARTTLS protocols.</source>
        <translation>Für Port %1 sind zwei STARTTLS-Protokolle angegeben.</translation>
    </message>
    <message>
        <source>the server sent more than 64 KiB while waiting for %1</source>
        <translation>der Server hat mehr als 64 KiB gesendet, während auf %1 gewartet wurde</translation>
    </message>
    <message>
        <source>the answer to the LDAP StartTLS request</source>
        <translation>die Antwort auf die LDAP-StartTLS-Anfrage</translation>
    </message>
    <message>
        <source>the answer to the PostgreSQL SSLRequest</source>
        <translation>die Antwort auf den PostgreSQL-SSLRequest</translation>
    </message>
    <message>
        <source>the %1 greeting</source>
        <translation>die %1-Begrüßung</translation>
    </message>
    <message>
        <source>the answer to EHLO</source>
        <translation>die Antwort auf EHLO</translation>
    </message>
    <message>
        <source>the answer to %1</source>
        <translation>die Antwort auf %1</translation>
    </message>
    <message>
        <source>the server did not answer like an SMTP server: %1</source>
        <translation>der Server hat nicht wie ein SMTP-Server geantwortet: %1</translation>
    </message>
    <message>
        <source>the SMTP server did not accept the connection: %1</source>
        <translation>der SMTP-Server hat die Verbindung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the SMTP server refused EHLO: %1</source>
        <translation>der SMTP-Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>the SMTP server refused STARTTLS: %1</source>
        <translation>der SMTP-Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the IMAP server logged the connection in at once (PREAUTH), so it cannot start TLS: %1</source>
        <translation>der IMAP-Server hat die Verbindung sofort angemeldet (PREAUTH) und kann daher kein TLS starten: %1</translation>
    </message>
    <message>
        <source>the server did not greet like an IMAP server: %1</source>
        <translation>die Begrüßung des Servers entspricht keinem IMAP-Server: %1</translation>
    </message>
    <message>
        <source>the IMAP server refused STARTTLS: %1</source>
        <translation>der IMAP-Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server did not greet like a POP3 server: %1</source>
        <translation>die Begrüßung des Servers entspricht keinem POP3-Server: %1</translation>
    </message>
    <message>
        <source>the POP3 server refused STLS: %1</source>
        <translation>der POP3-Server hat STLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server did not answer like an LDAP server</source>
        <translation>der Server hat nicht wie ein LDAP-Server geantwortet</translation>
    </message>
    <message>
        <source>the LDAP server refused StartTLS: resultCode %1 (%2)%3</source>
        <translation>der LDAP-Server hat StartTLS abgelehnt: resultCode %1 (%2)%3</translation>
    </message>
    <message>
        <source>the PostgreSQL server does not accept TLS (it answered N to SSLRequest)</source>
        <translation>der PostgreSQL-Server akzeptiert kein TLS (er hat auf SSLRequest mit N geantwortet)</translation>
    </message>
    <message>
        <source>the PostgreSQL server answered SSLRequest with an error: %1</source>
        <translation>der PostgreSQL-Server hat auf SSLRequest mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>the server did not answer like a PostgreSQL server</source>
        <translation>der Server hat nicht wie ein PostgreSQL-Server geantwortet</translation>
    </message>
    <message>
        <source>with SNI %1: %2</source>
        <translation>mit SNI %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not set up a TLS client context</source>
        <translation>OpenSSL konnte keinen TLS-Clientkontext einrichten</translation>
    </message>
    <message>
        <source>Port %1 has a STARTTLS protocol but is not in the port list.</source>
        <translation>Port %1 hat ein STARTTLS-Protokoll, steht aber nicht in der Portliste.</translation>
    </message>
    <message>
        <source>The timeout must be %1 to %2 ms.</source>
        <translation>Das Zeitlimit muss %1 bis %2 ms betragen.</translation>
    </message>
    <message>
        <source>The number of endpoints in flight must be 1 to %1.</source>
        <translation>Die Zahl gleichzeitig abgefragter Endpunkte muss 1 bis %1 betragen.</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>larger than %1, not read</source>
        <translation>größer als %1, nicht gelesen</translation>
    </message>
    <message>
        <source>not a PKCS#12 file</source>
        <translation>keine PKCS#12-Datei</translation>
    </message>
    <message>
        <source>The data is not an X.509 certificate.</source>
        <translation>Die Daten sind kein X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate&apos;s subject or issuer name cannot be decoded.</source>
        <translation>Der Inhaber- oder Ausstellername des Zertifikats kann nicht dekodiert werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::domain::CertificateProfile</name>
    <message>
        <source>The profile %1 names an unknown key type %2.</source>
        <translation>Das Profil %1 nennt einen unbekannten Schlüsseltyp %2.</translation>
    </message>
    <message>
        <source>The profile %1 names an unknown extended key usage %2.</source>
        <translation>Das Profil %1 nennt eine unbekannte erweiterte Schlüsselverwendung %2.</translation>
    </message>
    <message>
        <source>The profile %1 allows no key type.</source>
        <translation>Das Profil %1 erlaubt keinen Schlüsseltyp.</translation>
    </message>
    <message>
        <source>The profile %1 needs a positive maximum lifetime.</source>
        <translation>Das Profil %1 benötigt eine positive maximale Gültigkeitsdauer.</translation>
    </message>
    <message>
        <source>The profile %1 has a negative renewal threshold.</source>
        <translation>Das Profil %1 hat einen negativen Erneuerungsvorlauf.</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::LocalCaIssuer</name>
    <message>
        <source>The CA needs a name (its common name).</source>
        <translation>Die CA benötigt einen Namen (ihren allgemeinen Namen).</translation>
    </message>
    <message>
        <source>The CA&apos;s common name is longer than 64 characters.</source>
        <translation>Der allgemeine Name der CA ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The CA&apos;s validity must be at least one day.</source>
        <translation>Die Gültigkeit der CA muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The CA certificate file holds no certificate.</source>
        <translation>Die CA-Zertifikatsdatei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The CA key file cannot be read: %1</source>
        <translation>Die CA-Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The CA key does not belong to the CA certificate. Choose the key that was made with it.</source>
        <translation>Der CA-Schlüssel gehört nicht zum CA-Zertifikat. Wählen Sie den Schlüssel, zu dem das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate (basicConstraints CA:TRUE is missing).</source>
        <translation>%1 ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt).</translation>
    </message>
    <message>
        <source>%1 may not sign certificates: its key usage lacks keyCertSign.</source>
        <translation>%1 darf keine Zertifikate signieren: In der Schlüsselverwendung fehlt keyCertSign.</translation>
    </message>
    <message>
        <source>The CA certificate expired on %1; renew or replace the CA.</source>
        <translation>Das CA-Zertifikat ist am %1 abgelaufen; erneuern oder ersetzen Sie die CA.</translation>
    </message>
    <message>
        <source>The requested validity must be positive.</source>
        <translation>Die angeforderte Gültigkeit muss positiv sein.</translation>
    </message>
    <message>
        <source>The local CA issues at once; there is no pending order %1.</source>
        <translation>Die lokale CA stellt sofort aus; es gibt keinen offenen Auftrag %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme</name>
    <message>
        <source>An ACME CA validates DNS names only; %1 cannot be in a certificate ordered from it. Remove it from the names.</source>
        <translation>Eine ACME-CA prüft nur DNS-Namen; %1 kann nicht in einem bei ihr bestellten Zertifikat stehen. Entfernen Sie es aus den Namen.</translation>
    </message>
    <message>
        <source>An ACME order needs at least one DNS name; give the certificate a host name.</source>
        <translation>Eine ACME-Bestellung braucht mindestens einen DNS-Namen; geben Sie dem Zertifikat einen Hostnamen.</translation>
    </message>
    <message>
        <source>The %1 needs a script; give its path.</source>
        <translation>Das %1-Skript fehlt; geben Sie seinen Pfad an.</translation>
    </message>
    <message>
        <source>Give the %1 script as an absolute path: %2</source>
        <translation>Geben Sie das %1-Skript als absoluten Pfad an: %2</translation>
    </message>
    <message>
        <source>The %1 script %2 does not exist or is not executable (chmod +x).</source>
        <translation>Das %1-Skript %2 existiert nicht oder ist nicht ausführbar (chmod +x).</translation>
    </message>
    <message>
        <source>The DNS present script %1</source>
        <translation>Das DNS-Eintragsskript %1</translation>
    </message>
    <message>
        <source>The DNS cleanup script %1</source>
        <translation>Das DNS-Aufräumskript %1</translation>
    </message>
    <message>
        <source>No DNS present script is configured: set the path of a script that creates the TXT record.</source>
        <translation>Es ist kein DNS-Eintragsskript eingerichtet: Geben Sie den Pfad eines Skripts an, das den TXT-Eintrag anlegt.</translation>
    </message>
    <message>
        <source>%1 must be given as an absolute path.</source>
        <translation>%1 muss als absoluter Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>The timeout of the DNS scripts must be at least one second.</source>
        <translation>Die Zeitgrenze der DNS-Skripte muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>The DNS record for %1 was not created because the work was cancelled.</source>
        <translation>Der DNS-Eintrag für %1 wurde nicht angelegt, weil die Arbeit abgebrochen wurde.</translation>
    </message>
    <message>
        <source>%1 could not be started for %2: %3.</source>
        <translation>%1 konnte für %2 nicht gestartet werden: %3.</translation>
    </message>
    <message>
        <source>%1 failed for %2 with exit code %3.</source>
        <translation>%1 ist für %2 mit dem Exit-Code %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 was ended by signal %3 (%4) for %2.</source>
        <translation>%1 wurde für %2 durch das Signal %3 (%4) beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish for %2 within %n second(s) and was stopped, together with the processes it started.</source>
        <translation>
            <numerusform>%1 wurde für %2 nicht innerhalb von %n Sekunde fertig und wurde zusammen mit den von ihm gestarteten Prozessen beendet.</numerusform>
            <numerusform>%1 wurde für %2 nicht innerhalb von %n Sekunden fertig und wurde zusammen mit den von ihm gestarteten Prozessen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was stopped for %2 because the work was cancelled.</source>
        <translation>%1 wurde für %2 beendet, weil die Arbeit abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The CA names no usable issuer domain for the DNS-PERSIST-01 challenge: configure the issuer domain (such as letsencrypt.org).</source>
        <translation>Die CA nennt keine brauchbare Aussteller-Domain für die DNS-PERSIST-01-Challenge: Richten Sie die Aussteller-Domain ein (etwa letsencrypt.org).</translation>
    </message>
    <message>
        <source>The DNS-PERSIST-01 issuer domain &quot;%1&quot; is not a domain name.</source>
        <translation>Die DNS-PERSIST-01-Aussteller-Domain „%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>The CA does not accept the configured issuer domain %1 for DNS-PERSIST-01; it accepts %2.</source>
        <translation>Die CA akzeptiert die eingerichtete Aussteller-Domain %1 für DNS-PERSIST-01 nicht; sie akzeptiert %2.</translation>
    </message>
    <message>
        <source>The ACME account URI &quot;%1&quot; cannot be put in a DNS-PERSIST-01 record.</source>
        <translation>Die ACME-Konto-URI „%1“ kann nicht in einen DNS-PERSIST-01-Eintrag geschrieben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address: give an IP address, optionally with a port, such as 192.0.2.53:53 or [2001:db8::53]:53.</source>
        <translation>„%1“ ist keine DNS-Server-Adresse: Geben Sie eine IP-Adresse an, optional mit Port, etwa 192.0.2.53:53 oder [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>The DNS server of this machine could not be read from %1.</source>
        <translation>Der DNS-Server dieses Rechners konnte nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The HTTP-01 challenge server could not be started.</source>
        <translation>Der HTTP-01-Challenge-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The HTTP-01 challenge server cannot listen on &quot;%1&quot; port %2: give an IP address of this machine (0.0.0.0 or :: for all) and a port from 1 to 65535.</source>
        <translation>Der HTTP-01-Challenge-Server kann nicht auf „%1“ Port %2 lauschen: Geben Sie eine IP-Adresse dieses Rechners (0.0.0.0 oder :: für alle) und einen Port von 1 bis 65535 an.</translation>
    </message>
    <message>
        <source>The http-01 challenge for %1 has a token with characters other than letters, digits, - and _.</source>
        <translation>Die http-01-Challenge für %1 hat ein Token mit anderen Zeichen als Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The HTTP-01 challenge was cancelled.</source>
        <translation>Die HTTP-01-Challenge wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program, so the HTTP-01 challenge server cannot start. Stop the other server, or choose another HTTP port (--http-port) and forward port 80 to it.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet, daher kann der HTTP-01-Challenge-Server nicht starten. Beenden Sie den anderen Server, oder wählen Sie einen anderen HTTP-Port (--http-port) und leiten Sie Port 80 dorthin weiter.</translation>
    </message>
    <message>
        <source>CertDesk may not listen on port %1 for the HTTP-01 challenge: ports below 1024 need administrator rights. Choose an HTTP port above 1024 (--http-port) and forward port 80 to it, or grant the program the CAP_NET_BIND_SERVICE capability.</source>
        <translation>CertDesk darf für die HTTP-01-Challenge nicht auf Port %1 lauschen: Ports unter 1024 erfordern Administratorrechte. Wählen Sie einen HTTP-Port über 1024 (--http-port) und leiten Sie Port 80 dorthin weiter, oder geben Sie dem Programm die Capability CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine, so the HTTP-01 challenge server cannot listen on it. Choose one of its addresses, or 0.0.0.0 for all of them.</source>
        <translation>%1 ist keine Adresse dieses Rechners, daher kann der HTTP-01-Challenge-Server nicht darauf lauschen. Wählen Sie eine seiner Adressen oder 0.0.0.0 für alle.</translation>
    </message>
    <message>
        <source>The HTTP-01 challenge server cannot listen on %1 port %2.</source>
        <translation>Der HTTP-01-Challenge-Server kann nicht auf %1 Port %2 lauschen.</translation>
    </message>
    <message>
        <source>The wait for the DNS records to propagate was cancelled.</source>
        <translation>Das Warten auf die Verbreitung der DNS-Einträge wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 challenge solver was given a %2 challenge for %3.</source>
        <translation>Der %1-Challenge-Löser hat eine %2-Challenge für %3 erhalten.</translation>
    </message>
    <message>
        <source>The %1 challenge has no usable identifier.</source>
        <translation>Die %1-Challenge hat keinen brauchbaren Bezeichner.</translation>
    </message>
    <message>
        <source>The %1 challenge for %2 has no valid key authorization.</source>
        <translation>Die %1-Challenge für %2 hat keine gültige Schlüsselautorisierung.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 was cancelled.</source>
        <translation>Die DNS-Abfrage von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The DNS server %1 did not answer the TXT question for %2 within %3 ms.</source>
        <translation>Der DNS-Server %1 hat die TXT-Abfrage für %2 nicht innerhalb von %3 ms beantwortet.</translation>
    </message>
    <message>
        <source>The DNS server %1 refused the connection: check the address and port of the DNS server.</source>
        <translation>Der DNS-Server %1 hat die Verbindung abgelehnt: Prüfen Sie Adresse und Port des DNS-Servers.</translation>
    </message>
    <message>
        <source>The TXT record of %1 could not be asked of the DNS server %2.</source>
        <translation>Der TXT-Eintrag von %1 konnte nicht beim DNS-Server %2 abgefragt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the IP address of a DNS server.</source>
        <translation>„%1“ ist nicht die IP-Adresse eines DNS-Servers.</translation>
    </message>
    <message>
        <source>The DNS server %1 sent a malformed answer for %2.</source>
        <translation>Der DNS-Server %1 hat eine fehlerhafte Antwort für %2 gesendet.</translation>
    </message>
    <message>
        <source>The DNS server %1 answered the TXT question for %2 with %3.</source>
        <translation>Der DNS-Server %1 hat die TXT-Abfrage für %2 mit %3 beantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The CA could not validate %1 (%2)</source>
        <translation>Die CA konnte %1 nicht prüfen (%2)</translation>
    </message>
    <message>
        <source>The CA could not validate %1: the authorization is %2, and the CA gave no reason.</source>
        <translation>Die CA konnte %1 nicht prüfen: Die Autorisierung ist %2, und die CA hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The order for %1 failed</source>
        <translation>Die Bestellung für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>: the CA marked it invalid without giving a reason.</source>
        <translation>: Die CA hat sie ohne Angabe eines Grundes als ungültig markiert.</translation>
    </message>
    <message>
        <source>the certificate is not DER</source>
        <translation>das Zertifikat ist nicht im DER-Format</translation>
    </message>
    <message>
        <source>the CA&apos;s answer is not a valid %1 (it is not a JSON object)</source>
        <translation>die Antwort der CA ist kein gültiges %1 (sie ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>the CA&apos;s answer is not a valid %1 (&quot;%2&quot; is missing)</source>
        <translation>die Antwort der CA ist kein gültiges %1 („%2“ fehlt)</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>data that is not JSON</source>
        <translation>Daten, die kein JSON sind</translation>
    </message>
    <message>
        <source>%1 is not an ACME directory: it answered with %2. Check the directory URL (for Let&apos;s Encrypt it is https://acme-v02.api.letsencrypt.org/directory)</source>
        <translation>%1 ist kein ACME-Verzeichnis: Es hat mit %2 geantwortet. Prüfen Sie die Verzeichnis-URL (für Let&apos;s Encrypt lautet sie https://acme-v02.api.letsencrypt.org/directory)</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an ACME directory (it lacks newNonce, newAccount or newOrder). Check the directory URL</source>
        <translation>%1 hat mit JSON geantwortet, das kein ACME-Verzeichnis ist (es fehlen newNonce, newAccount oder newOrder). Prüfen Sie die Verzeichnis-URL</translation>
    </message>
    <message>
        <source>account object</source>
        <translation>Kontoobjekt</translation>
    </message>
    <message>
        <source>order object</source>
        <translation>Bestellobjekt</translation>
    </message>
    <message>
        <source>authorization object</source>
        <translation>Autorisierungsobjekt</translation>
    </message>
    <message>
        <source>challenge object</source>
        <translation>Challenge-Objekt</translation>
    </message>
    <message>
        <source>renewal information object</source>
        <translation>Erneuerungsinformationsobjekt</translation>
    </message>
    <message>
        <source>the CA&apos;s suggested renewal window ends before it starts</source>
        <translation>das von der CA vorgeschlagene Erneuerungsfenster endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>Could not fetch the ACME directory</source>
        <translation>Das ACME-Verzeichnis konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Could not get a replay nonce from the CA</source>
        <translation>Von der CA konnte keine Replay-Nonce geholt werden</translation>
    </message>
    <message>
        <source>Could not register the ACME account</source>
        <translation>Das ACME-Konto konnte nicht registriert werden</translation>
    </message>
    <message>
        <source>Could not look up the ACME account</source>
        <translation>Das ACME-Konto konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Could not change the ACME account key</source>
        <translation>Der Schlüssel des ACME-Kontos konnte nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Could not place the new order</source>
        <translation>Die neue Bestellung konnte nicht aufgegeben werden</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Die Bestellung konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Could not fetch the authorization</source>
        <translation>Die Autorisierung konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Could not tell the CA that the challenge is ready</source>
        <translation>Der CA konnte nicht mitgeteilt werden, dass die Challenge bereit ist</translation>
    </message>
    <message>
        <source>Could not finalize the order</source>
        <translation>Die Bestellung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Could not download the certificate</source>
        <translation>Das Zertifikat konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>Could not revoke the certificate</source>
        <translation>Das Zertifikat konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Could not fetch the renewal information (ARI)</source>
        <translation>Die Erneuerungsinformationen (ARI) konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Could not fetch EAB credentials from ZeroSSL</source>
        <translation>Die EAB-Zugangsdaten konnten nicht von ZeroSSL abgerufen werden</translation>
    </message>
    <message>
        <source>The CA refused to send its directory</source>
        <translation>Die CA hat sich geweigert, ihr Verzeichnis zu senden</translation>
    </message>
    <message>
        <source>The CA refused to hand out a replay nonce</source>
        <translation>Die CA hat sich geweigert, eine Replay-Nonce auszugeben</translation>
    </message>
    <message>
        <source>The CA refused to register the account</source>
        <translation>Die CA hat sich geweigert, das Konto zu registrieren</translation>
    </message>
    <message>
        <source>The CA refused to look up the account</source>
        <translation>Die CA hat sich geweigert, das Konto nachzuschlagen</translation>
    </message>
    <message>
        <source>The CA refused the account key change</source>
        <translation>Die CA hat den Wechsel des Kontoschlüssels abgelehnt</translation>
    </message>
    <message>
        <source>The CA refused the new order</source>
        <translation>Die CA hat die neue Bestellung abgelehnt</translation>
    </message>
    <message>
        <source>The CA refused to show the order</source>
        <translation>Die CA hat sich geweigert, die Bestellung zu zeigen</translation>
    </message>
    <message>
        <source>The CA refused to show the authorization</source>
        <translation>Die CA hat sich geweigert, die Autorisierung zu zeigen</translation>
    </message>
    <message>
        <source>The CA refused the challenge response</source>
        <translation>Die CA hat die Antwort auf die Challenge abgelehnt</translation>
    </message>
    <message>
        <source>The CA refused to finalize the order</source>
        <translation>Die CA hat sich geweigert, die Bestellung abzuschließen</translation>
    </message>
    <message>
        <source>The CA refused to send the certificate</source>
        <translation>Die CA hat sich geweigert, das Zertifikat zu senden</translation>
    </message>
    <message>
        <source>The CA refused to revoke the certificate</source>
        <translation>Die CA hat sich geweigert, das Zertifikat zu widerrufen</translation>
    </message>
    <message>
        <source>The CA refused to give renewal information</source>
        <translation>Die CA hat sich geweigert, Erneuerungsinformationen zu geben</translation>
    </message>
    <message>
        <source>ZeroSSL refused to hand out EAB credentials</source>
        <translation>ZeroSSL hat sich geweigert, EAB-Zugangsdaten auszugeben</translation>
    </message>
    <message>
        <source>The renewal information ID could not be computed: the data is not a DER certificate.</source>
        <translation>Die ID für die Erneuerungsinformationen konnte nicht berechnet werden: Die Daten sind kein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate has no authority key identifier, so the CA cannot give renewal information (ARI) for it.</source>
        <translation>Das Zertifikat hat keinen Authority Key Identifier, daher kann die CA keine Erneuerungsinformationen (ARI) dafür geben.</translation>
    </message>
    <message>
        <source>The renewal information ID could not be computed: the serial number could not be encoded.</source>
        <translation>Die ID für die Erneuerungsinformationen konnte nicht berechnet werden: Die Seriennummer konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The contact e-mail address is empty.</source>
        <translation>Die Kontakt-E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (one address per entry, like admin@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (eine Adresse pro Eintrag, wie admin@example.org).</translation>
    </message>
    <message>
        <source>%1 is not a valid http:// or https:// URL; check the address</source>
        <translation>%1 ist keine gültige http://- oder https://-URL; prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>the host name in %1 could not be resolved; check the URL and the DNS settings</source>
        <translation>der Hostname in %1 konnte nicht aufgelöst werden; prüfen Sie die URL und die DNS-Einstellungen</translation>
    </message>
    <message>
        <source>could not connect to %1; check the URL and port, that the server is running, and that no firewall or proxy is in the way</source>
        <translation>es konnte keine Verbindung zu %1 hergestellt werden; prüfen Sie URL und Port, ob der Server läuft und ob keine Firewall oder kein Proxy im Weg ist</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network connection and whether the server is overloaded</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet; prüfen Sie die Netzwerkverbindung und ob der Server überlastet ist</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted; if the CA uses its own (private) root certificate, set its CA bundle file</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut; wenn die CA ein eigenes (privates) Stammzertifikat verwendet, geben Sie ihre CA-Bündel-Datei an</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted by the CA bundle file %2; check that the file holds the root certificate that issued the server&apos;s certificate</source>
        <translation>dem TLS-Zertifikat von %1 wird durch die CA-Bündel-Datei %2 nicht vertraut; prüfen Sie, ob die Datei das Stammzertifikat enthält, das das Zertifikat des Servers ausgestellt hat</translation>
    </message>
    <message>
        <source>the CA bundle file %1 could not be read; check the path and that it holds PEM certificates</source>
        <translation>die CA-Bündel-Datei %1 konnte nicht gelesen werden; prüfen Sie den Pfad und ob sie PEM-Zertifikate enthält</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed; check that the server speaks HTTPS on this port</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen; prüfen Sie, ob der Server auf diesem Port HTTPS spricht</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB</source>
        <translation>die Antwort von %1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>the request to %1 failed</source>
        <translation>die Anfrage an %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The EAB HMAC key is not base64url text (letters, digits, &apos;-&apos; and &apos;_&apos;, optionally with &apos;=&apos; at the end). Copy it again from the CA&apos;s account page, completely and without spaces.</source>
        <translation>Der EAB-HMAC-Schlüssel ist kein base64url-Text (Buchstaben, Ziffern, „-“ und „_“, optional mit „=“ am Ende). Kopieren Sie ihn erneut von der Kontoseite der CA, vollständig und ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The EAB key ID is empty. Enter the key ID from the CA&apos;s account page.</source>
        <translation>Die EAB-Schlüssel-ID ist leer. Geben Sie die Schlüssel-ID von der Kontoseite der CA ein.</translation>
    </message>
    <message>
        <source>The EAB HMAC key is empty. Enter the HMAC key from the CA&apos;s account page.</source>
        <translation>Der EAB-HMAC-Schlüssel ist leer. Geben Sie den HMAC-Schlüssel von der Kontoseite der CA ein.</translation>
    </message>
    <message>
        <source>The external account binding could not be signed.</source>
        <translation>Das External Account Binding konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>the certificate chain holds something other than certificates</source>
        <translation>die Zertifikatskette enthält etwas anderes als Zertifikate</translation>
    </message>
    <message>
        <source>the certificate chain ends in the middle of a certificate</source>
        <translation>die Zertifikatskette endet mitten in einem Zertifikat</translation>
    </message>
    <message>
        <source>certificate %1 of the chain is not valid base64 DER</source>
        <translation>Zertifikat %1 der Kette ist kein gültiges base64-DER</translation>
    </message>
    <message>
        <source>the CA&apos;s answer holds no certificate</source>
        <translation>die Antwort der CA enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>no account exists for this account key</source>
        <translation>zu diesem Kontoschlüssel gibt es kein Konto</translation>
    </message>
    <message>
        <source>the certificate signing request is unacceptable</source>
        <translation>die Zertifikatsanforderung ist nicht annehmbar</translation>
    </message>
    <message>
        <source>the replay nonce was rejected</source>
        <translation>die Replay-Nonce wurde abgelehnt</translation>
    </message>
    <message>
        <source>the revocation reason is not allowed</source>
        <translation>der Widerrufsgrund ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the account key&apos;s signature algorithm is not supported</source>
        <translation>der Signaturalgorithmus des Kontoschlüssels wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a CAA record forbids issuance</source>
        <translation>ein CAA-Eintrag verbietet die Ausstellung</translation>
    </message>
    <message>
        <source>the CA could not connect to the server being validated</source>
        <translation>die CA konnte keine Verbindung zu dem zu prüfenden Server herstellen</translation>
    </message>
    <message>
        <source>the CA could not resolve the name</source>
        <translation>die CA konnte den Namen nicht auflösen</translation>
    </message>
    <message>
        <source>the CA requires an external account binding</source>
        <translation>die CA verlangt ein External Account Binding</translation>
    </message>
    <message>
        <source>the challenge answer was wrong</source>
        <translation>die Antwort auf die Challenge war falsch</translation>
    </message>
    <message>
        <source>a contact address is invalid</source>
        <translation>eine Kontaktadresse ist ungültig</translation>
    </message>
    <message>
        <source>the request was malformed</source>
        <translation>die Anfrage war fehlerhaft</translation>
    </message>
    <message>
        <source>the order is not ready to be finalized</source>
        <translation>die Bestellung ist noch nicht bereit zum Abschluss</translation>
    </message>
    <message>
        <source>a rate limit was reached</source>
        <translation>ein Ratenlimit wurde erreicht</translation>
    </message>
    <message>
        <source>the CA will not issue for this identifier</source>
        <translation>die CA stellt für diesen Bezeichner nicht aus</translation>
    </message>
    <message>
        <source>the CA had an internal error</source>
        <translation>die CA hatte einen internen Fehler</translation>
    </message>
    <message>
        <source>the TLS connection for validation failed</source>
        <translation>die TLS-Verbindung für die Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the client lacks authorization</source>
        <translation>dem Client fehlt die Berechtigung</translation>
    </message>
    <message>
        <source>a contact URL type is not supported</source>
        <translation>eine Art von Kontakt-URL wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the identifier type is not supported</source>
        <translation>die Art des Bezeichners wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the CA needs you to act on its web site</source>
        <translation>die CA verlangt, dass Sie auf ihrer Website tätig werden</translation>
    </message>
    <message>
        <source>the certificate was already replaced by another order</source>
        <translation>das Zertifikat wurde bereits durch eine andere Bestellung ersetzt</translation>
    </message>
    <message>
        <source>the certificate is already revoked</source>
        <translation>das Zertifikat ist bereits widerrufen</translation>
    </message>
    <message>
        <source>Enter the EAB key ID and HMAC key from the CA&apos;s account page.</source>
        <translation>Geben Sie die EAB-Schlüssel-ID und den HMAC-Schlüssel von der Kontoseite der CA ein.</translation>
    </message>
    <message>
        <source>Register an account with this key first.</source>
        <translation>Registrieren Sie zuerst ein Konto mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>Open %1 and follow the CA&apos;s instructions (new terms of service, say).</source>
        <translation>Öffnen Sie %1 und folgen Sie den Anweisungen der CA (etwa zu neuen Nutzungsbedingungen).</translation>
    </message>
    <message>
        <source>Try again in %1 seconds or later.</source>
        <translation>Versuchen Sie es in %1 Sekunden oder später erneut.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s CAA DNS records: they must allow this CA.</source>
        <translation>Prüfen Sie die CAA-DNS-Einträge der Domain: Sie müssen diese CA erlauben.</translation>
    </message>
    <message>
        <source>The CA kept rejecting replay nonces; try again.</source>
        <translation>Die CA hat immer wieder Replay-Nonces abgelehnt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>HTTP status %1 without an explanation</source>
        <translation>HTTP-Status %1 ohne Erklärung</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the answer (HTTP %1) is not the JSON ZeroSSL&apos;s API sends</source>
        <translation>die Antwort (HTTP %1) ist nicht das JSON, das die API von ZeroSSL sendet</translation>
    </message>
    <message>
        <source>the answer lacks eab_kid or eab_hmac_key</source>
        <translation>der Antwort fehlen eab_kid oder eab_hmac_key</translation>
    </message>
    <message>
        <source>no ACME account is selected; register the account or look it up first</source>
        <translation>es ist kein ACME-Konto ausgewählt; registrieren Sie das Konto oder schlagen Sie es zuerst nach</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>The CA reported an unknown status for the order for %1.</source>
        <translation>Die CA hat einen unbekannten Status für die Bestellung für %1 gemeldet.</translation>
    </message>
    <message>
        <source>The CA had not finished validating %1 after %2 seconds. Try again later, or allow more time.</source>
        <translation>Die CA hatte die Prüfung von %1 nach %2 Sekunden noch nicht abgeschlossen. Versuchen Sie es später erneut oder lassen Sie mehr Zeit.</translation>
    </message>
    <message>
        <source>The order for %1 was still %2 after %3 seconds. Try again later, or allow more time.</source>
        <translation>Die Bestellung für %1 war nach %3 Sekunden noch %2. Versuchen Sie es später erneut oder lassen Sie mehr Zeit.</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation>die Anfrage an %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AccountKey</name>
    <message>
        <source>A new ACME account key could not be generated.</source>
        <translation>Es konnte kein neuer ACME-Kontoschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The ACME account key could not be read: %1</source>
        <translation>Der ACME-Kontoschlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ACME account key is not a PKCS#8 private key.</source>
        <translation>Der ACME-Kontoschlüssel ist kein privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>No ACME account key is set.</source>
        <translation>Es ist kein ACME-Kontoschlüssel gesetzt.</translation>
    </message>
    <message>
        <source>The ACME request could not be signed with the account key.</source>
        <translation>Die ACME-Anfrage konnte nicht mit dem Kontoschlüssel signiert werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AccountKey::Impl</name>
    <message>
        <source>The ACME account key uses the elliptic curve %1; ACME account keys must be EC P-256, EC P-384 or RSA.</source>
        <translation>Der ACME-Kontoschlüssel verwendet die elliptische Kurve %1; ACME-Kontoschlüssel müssen EC P-256, EC P-384 oder RSA sein.</translation>
    </message>
    <message>
        <source>The public part of the ACME account key could not be read.</source>
        <translation>Der öffentliche Teil des ACME-Kontoschlüssels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ACME account key is an RSA key of %1 bits; CAs require at least 2048.</source>
        <translation>Der ACME-Kontoschlüssel ist ein RSA-Schlüssel mit %1 Bit; CAs verlangen mindestens 2048.</translation>
    </message>
    <message>
        <source>The ACME account key is of type %1; ACME account keys must be EC P-256, EC P-384 or RSA.</source>
        <translation>Der ACME-Kontoschlüssel hat den Typ %1; ACME-Kontoschlüssel müssen EC P-256, EC P-384 oder RSA sein.</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AcmeChannel</name>
    <message>
        <source>no directory URL is set</source>
        <translation>es ist keine Verzeichnis-URL gesetzt</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2; check the directory URL</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet; prüfen Sie die Verzeichnis-URL</translation>
    </message>
    <message>
        <source>the CA&apos;s answer had no Replay-Nonce header</source>
        <translation>die Antwort der CA hatte keinen Replay-Nonce-Header</translation>
    </message>
    <message>
        <source>the CA gave no URL for this step</source>
        <translation>die CA hat für diesen Schritt keine URL genannt</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AcmeClient</name>
    <message>
        <source>this CA requires External Account Binding (EAB); enter the EAB key ID and HMAC key from the CA&apos;s account page</source>
        <translation>diese CA verlangt External Account Binding (EAB); geben Sie die EAB-Schlüssel-ID und den HMAC-Schlüssel von der Kontoseite der CA ein</translation>
    </message>
    <message>
        <source>no account key is set</source>
        <translation>es ist kein Kontoschlüssel gesetzt</translation>
    </message>
    <message>
        <source>Check the EAB key ID and HMAC key; copy them again from the CA&apos;s account page.</source>
        <translation>Prüfen Sie die EAB-Schlüssel-ID und den HMAC-Schlüssel; kopieren Sie sie erneut von der Kontoseite der CA.</translation>
    </message>
    <message>
        <source>no new key was given</source>
        <translation>es wurde kein neuer Schlüssel angegeben</translation>
    </message>
    <message>
        <source>the CA does not offer account key changes</source>
        <translation>die CA bietet keinen Wechsel des Kontoschlüssels an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name</source>
        <translation>„%1“ ist kein DNS-Name</translation>
    </message>
    <message>
        <source>the order names no DNS name</source>
        <translation>die Bestellung nennt keinen DNS-Namen</translation>
    </message>
    <message>
        <source>the CA does not offer the certificate profile &quot;%1&quot; (it offers: %2)</source>
        <translation>die CA bietet das Zertifikatsprofil „%1“ nicht an (sie bietet an: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARI certificate ID of the replaced certificate</source>
        <translation>„%1“ ist keine ARI-Zertifikats-ID des ersetzten Zertifikats</translation>
    </message>
    <message>
        <source>The CA refused the new order for %1</source>
        <translation>Die CA hat die neue Bestellung für %1 abgelehnt</translation>
    </message>
    <message>
        <source>the CA did not say the order&apos;s URL (no Location header)</source>
        <translation>die CA hat die URL der Bestellung nicht genannt (kein Location-Header)</translation>
    </message>
    <message>
        <source>the certificate signing request is not DER</source>
        <translation>die Zertifikatsanforderung ist nicht im DER-Format</translation>
    </message>
    <message>
        <source>no certificate key was given</source>
        <translation>es wurde kein Zertifikatsschlüssel angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARI certificate ID</source>
        <translation>„%1“ ist keine ARI-Zertifikats-ID</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AcmeClient::Impl</name>
    <message>
        <source>the CA did not say the account&apos;s URL (no Location header)</source>
        <translation>die CA hat die URL des Kontos nicht genannt (kein Location-Header)</translation>
    </message>
    <message>
        <source>the CA&apos;s directory offers no revocation</source>
        <translation>das Verzeichnis der CA bietet keinen Widerruf an</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::AcmeIssuer</name>
    <message>
        <source>Choose the port of the HTTP-01 challenge server.</source>
        <translation>Wählen Sie den Port des HTTP-01-Challenge-Servers.</translation>
    </message>
    <message>
        <source>DNS present</source>
        <translation>DNS-Eintrag</translation>
    </message>
    <message>
        <source>DNS cleanup</source>
        <translation>DNS-Aufräum</translation>
    </message>
    <message>
        <source>%1 is not a challenge type CertDesk answers; choose http-01, dns-01 or dns-persist-01.</source>
        <translation>%1 ist keine Challenge-Art, die CertDesk beantwortet; wählen Sie http-01, dns-01 oder dns-persist-01.</translation>
    </message>
    <message>
        <source>*.%1 is a wildcard name: the CA validates wildcards through DNS only. Set the issuer up with dns-01 or dns-persist-01.</source>
        <translation>*.%1 ist ein Wildcard-Name: Die CA prüft Wildcards nur über DNS. Richten Sie den Aussteller mit dns-01 oder dns-persist-01 ein.</translation>
    </message>
    <message>
        <source>The CA offers no %1 challenge for %2; choose another challenge type for this issuer.</source>
        <translation>Die CA bietet keine %1-Challenge für %2 an; wählen Sie für diesen Aussteller eine andere Challenge-Art.</translation>
    </message>
    <message>
        <source>The CA did not issue the certificate for order %1.</source>
        <translation>Die CA hat das Zertifikat für die Bestellung %1 nicht ausgestellt.</translation>
    </message>
    <message>
        <source>The CA marked the order invalid.</source>
        <translation>Die CA hat die Bestellung als ungültig markiert.</translation>
    </message>
    <message>
        <source>An ACME CA sends its chain with each certificate; there is no fixed CA chain to show.</source>
        <translation>Eine ACME-CA sendet ihre Kette mit jedem Zertifikat; es gibt keine feste CA-Kette zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>certdesk::issuer::acme::HttpTransport</name>
    <message>
        <source>the HTTP library could not be initialised</source>
        <translation>die HTTP-Bibliothek konnte nicht initialisiert werden</translation>
    </message>
</context>
<context>
    <name>certdesk::item::AuditEventModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Private key import</source>
        <translation>Import privater Schlüssel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Private key export</source>
        <translation>Export privater Schlüssel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Issuer set up</source>
        <translation>Aussteller eingerichtet</translation>
    </message>
    <message>
        <source>CRL published</source>
        <translation>CRL veröffentlicht</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Discovery scan</source>
        <translation>Erkennungsscan</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Triage undone</source>
        <translation>Sichtung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Discovered certificate %1</source>
        <translation>Gefundenes Zertifikat %1</translation>
    </message>
    <message>
        <source>Discovery scan %1</source>
        <translation>Erkennungsscan %1</translation>
    </message>
    <message>
        <source>Network scan</source>
        <translation>Netzwerkscan</translation>
    </message>
    <message>
        <source>Scan target added</source>
        <translation>Scanziel hinzugefügt</translation>
    </message>
    <message>
        <source>Scan target changed</source>
        <translation>Scanziel geändert</translation>
    </message>
    <message>
        <source>Scan target removed</source>
        <translation>Scanziel entfernt</translation>
    </message>
    <message>
        <source>Scan target %1</source>
        <translation>Scanziel %1</translation>
    </message>
    <message>
        <source>Target added</source>
        <translation>Ziel hinzugefügt</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <source>Target removed</source>
        <translation>Ziel entfernt</translation>
    </message>
    <message>
        <source>Target tested</source>
        <translation>Ziel getestet</translation>
    </message>
    <message>
        <source>Bound to target</source>
        <translation>An Ziel gebunden</translation>
    </message>
    <message>
        <source>Unbound from target</source>
        <translation>Bindung an Ziel gelöst</translation>
    </message>
    <message>
        <source>Certificate deployed</source>
        <translation>Zertifikat bereitgestellt</translation>
    </message>
    <message>
        <source>Alert channel added</source>
        <translation>Alarmkanal hinzugefügt</translation>
    </message>
    <message>
        <source>Alert channel changed</source>
        <translation>Alarmkanal geändert</translation>
    </message>
    <message>
        <source>Alert channel removed</source>
        <translation>Alarmkanal entfernt</translation>
    </message>
    <message>
        <source>Alert channel tested</source>
        <translation>Alarmkanal getestet</translation>
    </message>
    <message>
        <source>Alert settings changed</source>
        <translation>Alarmeinstellungen geändert</translation>
    </message>
    <message>
        <source>Digest sent</source>
        <translation>Zusammenfassung gesendet</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Alert channel %1</source>
        <translation>Alarmkanal %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
</context>
<context>
    <name>certdesk::item::CertificateTableModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>certdesk::item::DeploymentTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Unchanged (already deployed)</source>
        <translation>Unverändert (bereits bereitgestellt)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Gestartet %1, beendet %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>certdesk::item::DiscoveryTableModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Weak cryptography</source>
        <translation>Schwache Kryptografie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Fundorte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gefunden</translation>
    </message>
</context>
<context>
    <name>certdesk::item::JobTableModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deploy certificate</source>
        <translation>Zertifikat bereitstellen</translation>
    </message>
    <message>
        <source>Send alert</source>
        <translation>Alarm senden</translation>
    </message>
</context>
<context>
    <name>certdesk::item::TargetTableModel</name>
    <message>
        <source>Disabled: no deployments, not even after a renewal</source>
        <translation>Deaktiviert: keine Bereitstellungen, auch nicht nach einer Erneuerung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>Letzte Bereitstellung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>certdesk::notifier</name>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Warning window</source>
        <translation>Warnfenster</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translation>Zertifikats-ID</translation>
    </message>
    <message>
        <source>CertDesk test alert for channel %1</source>
        <translation>CertDesk-Testalarm für Kanal %1</translation>
    </message>
    <message>
        <source>This is a test alert from CertDesk. If you can read it, the channel &quot;%1&quot; is set up correctly.</source>
        <translation>Dies ist ein Testalarm von CertDesk. Wenn Sie ihn lesen können, ist der Kanal „%1“ richtig eingerichtet.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust instead of the system&apos;s, for a receiver with a private CA; empty: the system&apos;s trust store.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen statt denen des Systems vertraut wird, für einen Empfänger mit privater CA; leer: der Vertrauensspeicher des Systems.</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>How long to wait for the server&apos;s answer before the alert is retried later.</source>
        <translation>Wie lange auf die Antwort des Servers gewartet wird, bevor der Alarm später erneut versucht wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>the value is not an http:// or https:// URL; copy the whole address from the service.</source>
        <translation>der Wert ist keine http://- oder https://-URL; kopieren Sie die vollständige Adresse aus dem Dienst.</translation>
    </message>
    <message>
        <source>the URL must not hold a user name or password.</source>
        <translation>die URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>%1 uses plain http; use https so the key is not sent in clear text.</source>
        <translation>%1 verwendet unverschlüsseltes http; verwenden Sie https, damit der Schlüssel nicht im Klartext gesendet wird.</translation>
    </message>
    <message>
        <source>the value holds spaces, quotes or control characters; copy the key again.</source>
        <translation>der Wert enthält Leerzeichen, Anführungszeichen oder Steuerzeichen; kopieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>The delivery to %1 was cancelled.</source>
        <translation>Die Zustellung an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 is not valid; check the URL in the channel&apos;s settings.</source>
        <translation>Die Adresse %1 ist ungültig; prüfen Sie die URL in den Einstellungen des Kanals.</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved; check the address in the channel&apos;s settings and the DNS settings.</source>
        <translation>Der Hostname von %1 konnte nicht aufgelöst werden; prüfen Sie die Adresse in den Einstellungen des Kanals und die DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not connect to %1; check the address and port, that the server is running and that no firewall is in the way. The alert will be sent again later.</source>
        <translation>Keine Verbindung zu %1 möglich; prüfen Sie Adresse und Port, ob der Server läuft und ob eine Firewall im Weg ist. Der Alarm wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; the alert will be sent again later. If this keeps happening, check the network or raise the timeout.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet; der Alarm wird später erneut gesendet. Wenn das wiederholt auftritt, prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted; if the server uses a private CA, set its CA bundle file in the channel&apos;s settings.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut; wenn der Server eine private CA verwendet, geben Sie deren CA-Bündel-Datei in den Einstellungen des Kanals an.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted by the CA bundle %2; check that the file holds the root certificate that issued the server&apos;s certificate.</source>
        <translation>Dem TLS-Zertifikat von %1 wird vom CA-Bündel %2 nicht vertraut; prüfen Sie, ob die Datei das Stammzertifikat enthält, das das Zertifikat des Servers ausgestellt hat.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 could not be read; check the path and that it holds PEM certificates.</source>
        <translation>Die CA-Bündel-Datei %1 konnte nicht gelesen werden; prüfen Sie den Pfad und ob sie PEM-Zertifikate enthält.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed; check that the server speaks TLS on this port.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen; prüfen Sie, ob der Server auf diesem Port TLS spricht.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off; the alert will be sent again later.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen; der Alarm wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The delivery to %1 failed; the alert will be sent again later.</source>
        <translation>Die Zustellung an %1 ist fehlgeschlagen; der Alarm wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s host name is required.</source>
        <translation>der Hostname des SMTP-Servers ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>a password is set, so the user name is required.</source>
        <translation>ein Passwort ist gesetzt, daher ist der Benutzername erforderlich.</translation>
    </message>
    <message>
        <source>a login without TLS would send the password in clear text; choose starttls or tls.</source>
        <translation>eine Anmeldung ohne TLS würde das Passwort im Klartext senden; wählen Sie starttls oder tls.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address such as certdesk@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse wie certdesk@example.org.</translation>
    </message>
    <message>
        <source>at least one recipient address is required.</source>
        <translation>mindestens eine Empfängeradresse ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address such as admin@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse wie admin@example.org.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sends each alert as an e-mail (text and HTML) through an SMTP server.</source>
        <translation>Sendet jeden Alarm als E-Mail (Text und HTML) über einen SMTP-Server.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>The host name or address of the SMTP server.</source>
        <translation>Der Hostname oder die Adresse des SMTP-Servers.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for submission with STARTTLS, 465 for TLS, 25 for relay.</source>
        <translation>587 für Submission mit STARTTLS, 465 für TLS, 25 für Relay.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>starttls: require STARTTLS; starttls_if_offered: use it when the server offers it; tls: TLS from the start (smtps); none: no encryption.</source>
        <translation>starttls: STARTTLS verlangen; starttls_if_offered: STARTTLS verwenden, wenn der Server es anbietet; tls: TLS von Anfang an (smtps); none: keine Verschlüsselung.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The login for SMTP AUTH; empty: no login.</source>
        <translation>Die Anmeldung für SMTP AUTH; leer: keine Anmeldung.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The SMTP password; kept as a secret.</source>
        <translation>Das SMTP-Passwort; wird als Geheimnis aufbewahrt.</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>The sender address, such as certdesk@example.org.</source>
        <translation>Die Absenderadresse, z. B. certdesk@example.org.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>The sender name shown to recipients.</source>
        <translation>Der Absendername, der den Empfängern angezeigt wird.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The recipient addresses, separated by commas.</source>
        <translation>Die Empfängeradressen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>libcurl could not be set up.</source>
        <translation>libcurl konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>the API key is required; copy it from an API integration of the OpsGenie team (GenieKey).</source>
        <translation>der API-Schlüssel ist erforderlich; kopieren Sie ihn aus einer API-Integration des OpsGenie-Teams (GenieKey).</translation>
    </message>
    <message>
        <source>Raises an OpsGenie alert per certificate (Alert API v2) and closes it on renewal.</source>
        <translation>Löst pro Zertifikat einen OpsGenie-Alarm aus (Alert API v2) und schließt ihn bei der Erneuerung.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The GenieKey of an API integration; kept as a secret.</source>
        <translation>Der GenieKey einer API-Integration; wird als Geheimnis aufbewahrt.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>The alert priority; auto: P1 for critical alerts, P3 for warnings, P5 otherwise.</source>
        <translation>Die Alarmpriorität; auto: P1 für kritische Alarme, P3 für Warnungen, sonst P5.</translation>
    </message>
    <message>
        <source>Responder teams</source>
        <translation>Responder-Teams</translation>
    </message>
    <message>
        <source>Team names to notify, separated by commas; empty: the integration&apos;s team.</source>
        <translation>Namen der zu benachrichtigenden Teams, durch Kommas getrennt; leer: das Team der Integration.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags for the alerts, separated by commas.</source>
        <translation>Tags für die Alarme, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>https://api.opsgenie.com, or https://api.eu.opsgenie.com for accounts in the EU.</source>
        <translation>https://api.opsgenie.com oder https://api.eu.opsgenie.com für Konten in der EU.</translation>
    </message>
    <message>
        <source>the routing key is required; copy the Integration Key of the service&apos;s Events API v2 integration.</source>
        <translation>der Routing-Schlüssel ist erforderlich; kopieren Sie den Integration Key der Events-API-v2-Integration des Dienstes.</translation>
    </message>
    <message>
        <source>Opens a PagerDuty incident per certificate (Events API v2) and resolves it on renewal.</source>
        <translation>Öffnet pro Zertifikat einen PagerDuty-Vorfall (Events API v2) und löst ihn bei der Erneuerung auf.</translation>
    </message>
    <message>
        <source>Routing key</source>
        <translation>Routing-Schlüssel</translation>
    </message>
    <message>
        <source>The Integration Key of the service&apos;s Events API v2 integration; kept as a secret.</source>
        <translation>Der Integration Key der Events-API-v2-Integration des Dienstes; wird als Geheimnis aufbewahrt.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>The incident severity; auto: the alert&apos;s own (critical, warning or info).</source>
        <translation>Der Schweregrad des Vorfalls; auto: der des Alarms (critical, warning oder info).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The affected system PagerDuty shows; empty: the certificate&apos;s common name.</source>
        <translation>Das betroffene System, das PagerDuty anzeigt; leer: der allgemeine Name des Zertifikats.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>A logical grouping of the incidents, such as prod-web.</source>
        <translation>Eine logische Gruppierung der Vorfälle, etwa prod-web.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>A URL the incident links to, such as the team&apos;s certificate runbook.</source>
        <translation>Eine URL, auf die der Vorfall verweist, etwa das Zertifikats-Runbook des Teams.</translation>
    </message>
    <message>
        <source>The Events API v2 address; change it only for a proxy.</source>
        <translation>Die Adresse der Events API v2; ändern Sie sie nur für einen Proxy.</translation>
    </message>
    <message>
        <source>the alert will be sent again in %1 seconds.</source>
        <translation>der Alarm wird in %1 Sekunden erneut gesendet.</translation>
    </message>
    <message>
        <source>the alert will be sent again later.</source>
        <translation>der Alarm wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests (HTTP 429); %2</source>
        <translation>%1 begrenzt die Anfragerate (HTTP 429); %2</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); %3</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2); %3</translation>
    </message>
    <message>
        <source>%1 timed out reading the request (HTTP %2); %3</source>
        <translation>Bei %1 kam es beim Lesen der Anfrage zu einer Zeitüberschreitung (HTTP %2); %3</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2); check the key or webhook URL in the channel&apos;s settings.</source>
        <translation>%1 hat die Anmeldedaten abgelehnt (HTTP %2); prüfen Sie den Schlüssel oder die Webhook-URL in den Einstellungen des Kanals.</translation>
    </message>
    <message>
        <source>%1 does not know this address (HTTP %2); check the URL or key in the channel&apos;s settings, the integration may have been removed.</source>
        <translation>%1 kennt diese Adresse nicht (HTTP %2); prüfen Sie die URL oder den Schlüssel in den Einstellungen des Kanals, möglicherweise wurde die Integration entfernt.</translation>
    </message>
    <message>
        <source>%1 redirects to another address (HTTP %2); set the final address in the channel&apos;s settings.</source>
        <translation>%1 leitet auf eine andere Adresse um (HTTP %2); tragen Sie die endgültige Adresse in den Einstellungen des Kanals ein.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 but did not accept the alert; check the channel&apos;s settings.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, den Alarm aber nicht angenommen; prüfen Sie die Einstellungen des Kanals.</translation>
    </message>
    <message>
        <source>%1 refused the alert (HTTP %2); check the channel&apos;s settings.</source>
        <translation>%1 hat den Alarm abgelehnt (HTTP %2); prüfen Sie die Einstellungen des Kanals.</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 meldete: %2</translation>
    </message>
    <message>
        <source>the incoming webhook URL is required; copy it from the Slack app&apos;s Incoming Webhooks page.</source>
        <translation>die URL des eingehenden Webhooks ist erforderlich; kopieren Sie sie von der Seite „Incoming Webhooks“ der Slack-App.</translation>
    </message>
    <message>
        <source>Posts each alert to a Slack channel through an incoming webhook.</source>
        <translation>Sendet jeden Alarm über einen eingehenden Webhook an einen Slack-Kanal.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>The incoming webhook URL (https://hooks.slack.com/services/…); kept as a secret.</source>
        <translation>Die URL des eingehenden Webhooks (https://hooks.slack.com/services/…); wird als Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Overrides the webhook&apos;s channel where the workspace allows it (legacy webhooks); empty: the webhook&apos;s own.</source>
        <translation>Überschreibt den Kanal des Webhooks, sofern der Workspace dies erlaubt (ältere Webhooks); leer: der Kanal des Webhooks.</translation>
    </message>
    <message>
        <source>The sender name shown in Slack (legacy webhooks); empty: the app&apos;s name.</source>
        <translation>Der in Slack angezeigte Absendername (ältere Webhooks); leer: der Name der App.</translation>
    </message>
    <message>
        <source>Icon emoji</source>
        <translation>Symbol-Emoji</translation>
    </message>
    <message>
        <source>An emoji such as :lock: shown as the sender&apos;s icon (legacy webhooks); empty: the app&apos;s.</source>
        <translation>Ein Emoji wie :lock:, das als Symbol des Absenders angezeigt wird (ältere Webhooks); leer: das Symbol der App.</translation>
    </message>
    <message>
        <source>the incoming webhook URL is required; copy it from the Teams channel&apos;s connector or workflow.</source>
        <translation>die URL des eingehenden Webhooks ist erforderlich; kopieren Sie sie aus dem Connector oder Workflow des Teams-Kanals.</translation>
    </message>
    <message>
        <source>Posts each alert as a message card to a Microsoft Teams channel through a webhook.</source>
        <translation>Sendet jeden Alarm als Nachrichtenkarte über einen Webhook an einen Microsoft-Teams-Kanal.</translation>
    </message>
    <message>
        <source>The channel&apos;s incoming webhook URL; kept as a secret.</source>
        <translation>Die URL des eingehenden Webhooks des Kanals; wird als Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>the receiver&apos;s URL is required.</source>
        <translation>die URL des Empfängers ist erforderlich.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>POSTs each alert as JSON to a URL, signed with HMAC-SHA256 when a secret is set.</source>
        <translation>Sendet jeden Alarm per POST als JSON an eine URL, mit HMAC-SHA256 signiert, wenn ein Geheimnis gesetzt ist.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The receiver&apos;s http:// or https:// address.</source>
        <translation>Die http://- oder https://-Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Shared secret for the X-CertDesk-Signature header (sha256=HMAC of the body); empty: unsigned.</source>
        <translation>Gemeinsames Geheimnis für den Header X-CertDesk-Signature (sha256=HMAC des Inhalts); leer: unsigniert.</translation>
    </message>
</context>
<context>
    <name>certdesk::notifier::EmailChannel</name>
    <message>
        <source>libcurl could not be set up.</source>
        <translation>libcurl konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>the server said: %1; %2</source>
        <translation>der Server meldete: %1; %2</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the login of user %2; check the user name and password in the channel&apos;s settings.</source>
        <translation>Der SMTP-Server %1 hat die Anmeldung des Benutzers %2 abgelehnt; prüfen Sie Benutzername und Passwort in den Einstellungen des Kanals.</translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS; use security &quot;tls&quot; (usually port 465) if it speaks TLS from the start, or ask its administrator to enable STARTTLS.</source>
        <translation>Der SMTP-Server %1 bietet kein STARTTLS an; verwenden Sie die Sicherheit „tls“ (meist Port 465), wenn er von Beginn an TLS spricht, oder bitten Sie seinen Administrator, STARTTLS zu aktivieren.</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the message for now (%2); the alert will be sent again later.</source>
        <translation>Der SMTP-Server %1 hat die Nachricht vorläufig abgelehnt (%2); der Alarm wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the message (%2); check the sender and recipient addresses and whether the server requires a login or TLS.</source>
        <translation>Der SMTP-Server %1 hat die Nachricht abgelehnt (%2); prüfen Sie die Absender- und Empfängeradressen und ob der Server eine Anmeldung oder TLS verlangt.</translation>
    </message>
</context>
<context>
    <name>certdesk::notifier::OpsGenieChannel</name>
    <message>
        <source>The dedup key is longer than OpsGenie&apos;s 512 characters.</source>
        <translation>Der Deduplizierungsschlüssel ist länger als die 512 Zeichen, die OpsGenie erlaubt.</translation>
    </message>
    <message>
        <source>Closing an OpsGenie alert needs the alias (dedup key) of the alert it closes.</source>
        <translation>Zum Schließen eines OpsGenie-Alarms wird der Alias (Deduplizierungsschlüssel) des zu schließenden Alarms benötigt.</translation>
    </message>
</context>
<context>
    <name>certdesk::notifier::PagerDutyChannel</name>
    <message>
        <source>The dedup key is longer than PagerDuty&apos;s 255 characters.</source>
        <translation>Der Deduplizierungsschlüssel ist länger als die 255 Zeichen, die PagerDuty erlaubt.</translation>
    </message>
    <message>
        <source>A PagerDuty resolve event needs the dedup key of the incident it resolves.</source>
        <translation>Ein PagerDuty-Resolve-Ereignis benötigt den Deduplizierungsschlüssel des Vorfalls, den es auflöst.</translation>
    </message>
</context>
<context>
    <name>certdesk::notifier::WebhookChannel</name>
    <message>
        <source>The webhook body could not be signed (OpenSSL failed).</source>
        <translation>Der Inhalt des Webhooks konnte nicht signiert werden (OpenSSL ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The webhook receiver</source>
        <translation>Der Webhook-Empfänger</translation>
    </message>
</context>
<context>
    <name>certdesk::pki</name>
    <message>
        <source>The keystore password is wrong: it does not open the keystore.</source>
        <translation>Das Keystore-Passwort ist falsch: Es öffnet den Keystore nicht.</translation>
    </message>
    <message>
        <source>The keystore is not a PKCS#12 file.</source>
        <translation>Der Keystore ist keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The keystore&apos;s contents cannot be read.</source>
        <translation>Der Inhalt des Keystores kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The keystore holds a safe of a kind CertDesk cannot read (public-key encrypted).</source>
        <translation>Der Keystore enthält einen Safe einer Art, die CertDesk nicht lesen kann (mit öffentlichem Schlüssel verschlüsselt).</translation>
    </message>
    <message>
        <source>A certificate to put into the keystore is not valid DER.</source>
        <translation>Ein Zertifikat, das in den Keystore aufgenommen werden soll, ist kein gültiges DER.</translation>
    </message>
    <message>
        <source>The keystore could not be written.</source>
        <translation>Der Keystore konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A keystore that holds a private key needs a password.</source>
        <translation>Ein Keystore, der einen privaten Schlüssel enthält, benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>The keystore entry needs an alias.</source>
        <translation>Der Keystore-Eintrag benötigt einen Alias.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The private key is not a valid PKCS#8 key.</source>
        <translation>Der private Schlüssel ist kein gültiger PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted for the keystore.</source>
        <translation>Der private Schlüssel konnte nicht für den Keystore verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The keystore could not be encoded.</source>
        <translation>Der Keystore konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::store::detail</name>
    <message>
        <source>read the database schema</source>
        <translation>Lesen des Datenbankschemas</translation>
    </message>
    <message>
        <source>A migration leaves rows in table %1; the schema snapshot holds no data. Write those rows where the table is first used, or teach the snapshot to carry them.</source>
        <translation>Eine Migration hinterlässt Zeilen in Tabelle %1; der Schema-Snapshot enthält keine Daten. Schreiben Sie diese Zeilen dort, wo die Tabelle zuerst verwendet wird, oder bringen Sie dem Snapshot bei, sie mitzuführen.</translation>
    </message>
    <message>
        <source>The schema snapshot has no version line.</source>
        <translation>Der Schema-Snapshot hat keine Versionszeile.</translation>
    </message>
    <message>
        <source>The schema snapshot is empty.</source>
        <translation>Der Schema-Snapshot ist leer.</translation>
    </message>
    <message>
        <source>create the database schema (version %1)</source>
        <translation>Anlegen des Datenbankschemas (Version %1)</translation>
    </message>
</context>
<context>
    <name>certdesk::sysio</name>
    <message>
        <source>no program was given</source>
        <translation>es wurde kein Programm angegeben</translation>
    </message>
    <message>
        <source>it is not given as an absolute path</source>
        <translation>es ist nicht als absoluter Pfad angegeben</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>es existiert nicht</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>it is not executable (set its execute permission)</source>
        <translation>es ist nicht ausführbar (setzen Sie sein Ausführungsrecht)</translation>
    </message>
    <message>
        <source>it is not a program; a script needs a first line such as #!/bin/sh</source>
        <translation>es ist kein Programm; ein Skript braucht eine erste Zeile wie #!/bin/sh</translation>
    </message>
    <message>
        <source>it may not be executed (check the permissions of the file and its folders, and whether its file system is mounted noexec)</source>
        <translation>es darf nicht ausgeführt werden (prüfen Sie die Rechte der Datei und ihrer Ordner und ob ihr Dateisystem mit noexec eingehängt ist)</translation>
    </message>
    <message>
        <source>the interpreter on its #! line does not exist</source>
        <translation>der Interpreter in seiner #!-Zeile existiert nicht</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden; es wurde nichts geändert. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 belongs to %2:%3, and CertDesk runs as %4, which cannot give the new file the same owner and group. Deploy as root or as %2, or give the file to %4. Nothing was changed.</source>
        <translation>%1 gehört %2:%3, und CertDesk läuft als %4, der der neuen Datei nicht denselben Eigentümer und dieselbe Gruppe geben kann. Stellen Sie als root oder als %2 bereit, oder übergeben Sie die Datei an %4. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>certdesk::target</name>
    <message>
        <source>give Caddy&apos;s admin address such as http://localhost:2019.</source>
        <translation>geben Sie die Admin-Adresse von Caddy an, etwa http://localhost:2019.</translation>
    </message>
    <message>
        <source>the admin API address is required; %1</source>
        <translation>die Adresse der Admin-API ist erforderlich; %1</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; %2</source>
        <translation>%1 ist keine http- oder https-URL; %2</translation>
    </message>
    <message>
        <source>%1 must be the bare admin address, without a path, user or query; %2</source>
        <translation>%1 muss die reine Admin-Adresse sein, ohne Pfad, Benutzer oder Query; %2</translation>
    </message>
    <message>
        <source>%1 would send the private key over the network unencrypted; use https, or an admin address on this machine (localhost, 127.0.0.1 or ::1).</source>
        <translation>%1 würde den privaten Schlüssel unverschlüsselt über das Netzwerk senden; verwenden Sie https oder eine Admin-Adresse auf diesem Rechner (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>%1 may hold only letters, digits and . _ : - (at most 100); for example certdesk:shop.</source>
        <translation>%1 darf nur Buchstaben, Ziffern und . _ : - enthalten (höchstens 100); zum Beispiel certdesk:shop.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>api loads the certificate into the running Caddy through its admin API, without a restart; file writes files for Caddy to load on reload.</source>
        <translation>api lädt das Zertifikat über die Admin-API ohne Neustart in das laufende Caddy; file schreibt Dateien, die Caddy beim Neuladen lädt.</translation>
    </message>
    <message>
        <source>Loads the certificate into a running Caddy through its admin API without a restart, or writes certificate and key files and reloads Caddy.</source>
        <translation>Lädt das Zertifikat über die Admin-API ohne Neustart in ein laufendes Caddy oder schreibt Zertifikats- und Schlüsseldateien und lädt Caddy neu.</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>API mode: Caddy&apos;s admin address. It has no authentication by default and receives the private key: keep it on localhost and never expose it to a network.</source>
        <translation>API-Modus: die Admin-Adresse von Caddy. Sie hat standardmäßig keine Authentifizierung und empfängt den privaten Schlüssel: Belassen Sie sie auf localhost und machen Sie sie niemals in einem Netzwerk erreichbar.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>API mode: marks CertDesk&apos;s certificate in Caddy&apos;s configuration (tags and @id), for certificate_selection; empty: certdesk:&lt;target name&gt;.</source>
        <translation>API-Modus: kennzeichnet das Zertifikat von CertDesk in der Konfiguration von Caddy (tags und @id), für certificate_selection; leer: certdesk:&lt;Zielname&gt;.</translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation>Zertifikatsordner</translation>
    </message>
    <message>
        <source>File mode: the folder Caddy loads the certificate and key files from.</source>
        <translation>Dateimodus: der Ordner, aus dem Caddy die Zertifikats- und Schlüsseldateien lädt.</translation>
    </message>
    <message>
        <source>Certificate file name</source>
        <translation>Name der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>File mode: the certificate followed by its chain (0644).</source>
        <translation>Dateimodus: das Zertifikat, gefolgt von seiner Kette (0644).</translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation>Name der Schlüsseldatei</translation>
    </message>
    <message>
        <source>File mode: the private key, readable by its owner only (0600): Caddy must run as the user CertDesk writes as (Debian&apos;s service runs as user caddy).</source>
        <translation>Dateimodus: der private Schlüssel, nur für seinen Eigentümer lesbar (0600): Caddy muss als der Benutzer laufen, als der CertDesk schreibt (der Debian-Dienst läuft als Benutzer caddy).</translation>
    </message>
    <message>
        <source>Configuration check</source>
        <translation>Konfigurationsprüfung</translation>
    </message>
    <message>
        <source>File mode: run after the files are written; when it fails, the previous files are put back. Empty: no check.</source>
        <translation>Dateimodus: wird nach dem Schreiben der Dateien ausgeführt; schlägt sie fehl, werden die vorherigen Dateien wiederhergestellt. Leer: keine Prüfung.</translation>
    </message>
    <message>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <source>File mode: makes Caddy load the new files (--force: Caddy skips a reload of an unchanged configuration otherwise); run without a shell.</source>
        <translation>Dateimodus: veranlasst Caddy, die neuen Dateien zu laden (--force: sonst überspringt Caddy das Neuladen einer unveränderten Konfiguration); wird ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>Writes the certificate and key into the folder Envoy watches, optionally with an sds.json for file-based SDS; Envoy picks them up without a reload.</source>
        <translation>Schreibt Zertifikat und Schlüssel in den Ordner, den Envoy überwacht, optional mit einer sds.json für dateibasiertes SDS; Envoy übernimmt sie ohne Neuladen.</translation>
    </message>
    <message>
        <source>The folder Envoy reads the certificate files from.</source>
        <translation>Der Ordner, aus dem Envoy die Zertifikatsdateien liest.</translation>
    </message>
    <message>
        <source>The certificate, followed by its chain unless a chain file name is set (0644).</source>
        <translation>Das Zertifikat, gefolgt von seiner Kette, sofern kein Name für eine Kettendatei gesetzt ist (0644).</translation>
    </message>
    <message>
        <source>The private key, readable by its owner only (0600).</source>
        <translation>Der private Schlüssel, nur für seinen Eigentümer lesbar (0600).</translation>
    </message>
    <message>
        <source>Chain file name</source>
        <translation>Name der Kettendatei</translation>
    </message>
    <message>
        <source>If set, the chain is written to this file instead of after the certificate.</source>
        <translation>Wenn gesetzt, wird die Kette in diese Datei statt hinter das Zertifikat geschrieben.</translation>
    </message>
    <message>
        <source>Write sds.json</source>
        <translation>sds.json schreiben</translation>
    </message>
    <message>
        <source>Also write sds.json, a tls_certificate secret named server_cert for Envoy&apos;s file-based SDS.</source>
        <translation>Zusätzlich sds.json schreiben, ein tls_certificate-Secret namens server_cert für das dateibasierte SDS von Envoy.</translation>
    </message>
    <message>
        <source>Writes one combined PEM file (certificate, chain, private key; 0600), checks the configuration and reloads HAProxy.</source>
        <translation>Schreibt eine kombinierte PEM-Datei (Zertifikat, Kette, privater Schlüssel; 0600), prüft die Konfiguration und lädt HAProxy neu.</translation>
    </message>
    <message>
        <source>Combined PEM file</source>
        <translation>Kombinierte PEM-Datei</translation>
    </message>
    <message>
        <source>The file HAProxy&apos;s crt option names: certificate, chain and key, readable by its owner only.</source>
        <translation>Die Datei, die die crt-Option von HAProxy nennt: Zertifikat, Kette und Schlüssel, nur für ihren Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>Optional; when it fails, the previous file is put back. Empty: no check.</source>
        <translation>Optional; schlägt sie fehl, wird die vorherige Datei wiederhergestellt. Leer: keine Prüfung.</translation>
    </message>
    <message>
        <source>Makes HAProxy load the new file; run without a shell.</source>
        <translation>Veranlasst HAProxy, die neue Datei zu laden; wird ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>the keystore password is required (Java&apos;s default is changeit; use the one the server&apos;s configuration names).</source>
        <translation>das Keystore-Passwort ist erforderlich (der Java-Standard ist changeit; verwenden Sie das in der Konfiguration des Servers genannte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias CertDesk writes: use 1 to 64 letters, digits, hyphens or underscores, such as server.</source>
        <translation>„%1“ ist kein Alias, den CertDesk schreibt: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Bindestriche oder Unterstriche, etwa server.</translation>
    </message>
    <message>
        <source>give the program&apos;s absolute path or its name alone, without arguments.</source>
        <translation>geben Sie den absoluten Pfad des Programms oder nur seinen Namen an, ohne Argumente.</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>Opens the keystore and protects the key entry; kept in the secret store.</source>
        <translation>Öffnet den Keystore und schützt den Schlüsseleintrag; wird im Geheimnisspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Keystore type</source>
        <translation>Keystore-Typ</translation>
    </message>
    <message>
        <source>PKCS12 is written by CertDesk itself; JKS needs keytool (a Java runtime).</source>
        <translation>PKCS12 schreibt CertDesk selbst; JKS benötigt keytool (eine Java-Laufzeitumgebung).</translation>
    </message>
    <message>
        <source>Java keystore</source>
        <translation>Java-Keystore</translation>
    </message>
    <message>
        <source>Puts the certificate and key under an alias of a PKCS#12 or JKS keystore for Tomcat, Jetty, Kafka or Elasticsearch, keeping its other entries.</source>
        <translation>Legt Zertifikat und Schlüssel unter einem Alias eines PKCS#12- oder JKS-Keystores für Tomcat, Jetty, Kafka oder Elasticsearch ab und behält dessen übrige Einträge bei.</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore-Datei</translation>
    </message>
    <message>
        <source>The keystore the Java server reads, e.g. /opt/tomcat/conf/keystore.p12.</source>
        <translation>Der Keystore, den der Java-Server liest, z. B. /opt/tomcat/conf/keystore.p12.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>The key entry&apos;s name in the keystore (letters, digits, - and _).</source>
        <translation>Der Name des Schlüsseleintrags im Keystore (Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <source>Run after the keystore changed, without a shell; when it fails, the previous keystore is put back. Empty: none.</source>
        <translation>Wird nach einer Änderung des Keystores ohne Shell ausgeführt; schlägt er fehl, wird der vorherige Keystore wiederhergestellt. Leer: keiner.</translation>
    </message>
    <message>
        <source>Create the keystore</source>
        <translation>Keystore anlegen</translation>
    </message>
    <message>
        <source>Create the keystore when it does not exist yet.</source>
        <translation>Den Keystore anlegen, wenn er noch nicht existiert.</translation>
    </message>
    <message>
        <source>keytool</source>
        <translation>keytool</translation>
    </message>
    <message>
        <source>JKS only: keytool&apos;s absolute path, or its name on PATH.</source>
        <translation>Nur JKS: der absolute Pfad von keytool oder sein Name im PATH.</translation>
    </message>
    <message>
        <source>Postfix/Dovecot</source>
        <translation>Postfix/Dovecot</translation>
    </message>
    <message>
        <source>Writes the certificate and key files for Postfix or Dovecot, checks the configuration and reloads the mail service.</source>
        <translation>Schreibt die Zertifikats- und Schlüsseldateien für Postfix oder Dovecot, prüft die Konfiguration und lädt den Maildienst neu.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>postfix or dovecot; picks the default paths and commands.</source>
        <translation>postfix oder dovecot; wählt die Standardpfade und -befehle.</translation>
    </message>
    <message>
        <source>The command contains %1. Commands run without a shell, so chaining, pipes, redirections and substitutions do not work; put them in a script and give the script&apos;s path instead.</source>
        <translation>Der Befehl enthält %1. Befehle werden ohne Shell ausgeführt, daher funktionieren Verkettungen, Pipes, Umleitungen und Ersetzungen nicht; legen Sie sie in ein Skript und geben Sie stattdessen den Pfad des Skripts an.</translation>
    </message>
    <message>
        <source>&quot;;&quot; (a command separator)</source>
        <translation>„;“ (ein Befehlstrenner)</translation>
    </message>
    <message>
        <source>&quot;&amp;&quot; (&quot;&amp;&amp;&quot; or a background job)</source>
        <translation>„&amp;“ („&amp;&amp;“ oder ein Hintergrundjob)</translation>
    </message>
    <message>
        <source>&quot;|&quot; (a pipe or &quot;||&quot;)</source>
        <translation>„|“ (eine Pipe oder „||“)</translation>
    </message>
    <message>
        <source>&quot;&lt;&quot; (an input redirection)</source>
        <translation>„&lt;“ (eine Eingabeumleitung)</translation>
    </message>
    <message>
        <source>&quot;&gt;&quot; (an output redirection)</source>
        <translation>„&gt;“ (eine Ausgabeumleitung)</translation>
    </message>
    <message>
        <source>a backtick (command substitution)</source>
        <translation>ein Backtick (Befehlsersetzung)</translation>
    </message>
    <message>
        <source>&quot;$(&quot; (command substitution)</source>
        <translation>„$(“ (Befehlsersetzung)</translation>
    </message>
    <message>
        <source>&quot;${&quot; (variable substitution)</source>
        <translation>„${“ (Variablenersetzung)</translation>
    </message>
    <message>
        <source>a line break (a second command)</source>
        <translation>ein Zeilenumbruch (ein zweiter Befehl)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>The command ends with a backslash that escapes nothing.</source>
        <translation>Der Befehl endet mit einem Backslash, der nichts maskiert.</translation>
    </message>
    <message>
        <source>The command has a single quote that is not closed.</source>
        <translation>Der Befehl enthält ein nicht geschlossenes einfaches Anführungszeichen.</translation>
    </message>
    <message>
        <source>The command has a double quote that is not closed.</source>
        <translation>Der Befehl enthält ein nicht geschlossenes doppeltes Anführungszeichen.</translation>
    </message>
    <message>
        <source>
(exit status %1)</source>
        <translation>
(Exit-Status %1)</translation>
    </message>
    <message>
        <source>%1 is named for two different files; give each file its own path.</source>
        <translation>%1 ist für zwei verschiedene Dateien angegeben; geben Sie jeder Datei einen eigenen Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the path of a file. Nothing was changed.</source>
        <translation>%1 ist ein Ordner, keine Datei; geben Sie den Pfad einer Datei an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is read-only; make it writable or choose another path. Nothing was changed.</source>
        <translation>%1 ist schreibgeschützt; machen Sie die Datei beschreibbar oder wählen Sie einen anderen Pfad. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist or is not writable. Create it or fix its permissions. Nothing was changed.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht oder ist nicht beschreibbar. Legen Sie ihn an oder korrigieren Sie seine Zugriffsrechte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not put back %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Put back the previous %1.</source>
        <translation>Vorherige Datei %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Removed %1, which did not exist before.</source>
        <translation>%1 entfernt (existierte vorher nicht).</translation>
    </message>
    <message>
        <source>Some previous files could not be put back; check the files named in the details.</source>
        <translation>Einige vorherige Dateien konnten nicht wiederhergestellt werden; prüfen Sie die in den Details genannten Dateien.</translation>
    </message>
    <message>
        <source>it presents the certificate with SHA-256 %1</source>
        <translation>er liefert das Zertifikat mit SHA-256 %1 aus</translation>
    </message>
    <message>
        <source>%1 did not present the new certificate within %2 s</source>
        <translation>%1 hat das neue Zertifikat nicht innerhalb von %2 s ausgeliefert</translation>
    </message>
    <message>
        <source>Every file already holds this certificate; nothing was written or run.</source>
        <translation>Jede Datei enthält bereits dieses Zertifikat; es wurde nichts geschrieben oder ausgeführt.</translation>
    </message>
    <message>
        <source>The deployment was cancelled before anything was changed.</source>
        <translation>Die Bereitstellung wurde abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written; the previous files were put back.</source>
        <translation>%1 konnte nicht geschrieben werden; die vorherigen Dateien wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>The deployment was cancelled; the previous files were put back.</source>
        <translation>Die Bereitstellung wurde abgebrochen; die vorherigen Dateien wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The configuration check %1 passed:</source>
        <translation>Die Konfigurationsprüfung %1 war erfolgreich:</translation>
    </message>
    <message>
        <source>The configuration check %1 failed:</source>
        <translation>Die Konfigurationsprüfung %1 ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The configuration check %1 failed with the new files, so the previous files were put back and nothing was reloaded. Its output is in the details.</source>
        <translation>Die Konfigurationsprüfung %1 ist mit den neuen Dateien fehlgeschlagen; daher wurden die vorherigen Dateien wiederhergestellt und nichts neu geladen. Ihre Ausgabe steht in den Details.</translation>
    </message>
    <message>
        <source>The reload %1 succeeded:</source>
        <translation>Das Neuladen mit %1 war erfolgreich:</translation>
    </message>
    <message>
        <source>The reload %1 failed:</source>
        <translation>Das Neuladen mit %1 ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>the reload %1 failed</source>
        <translation>das Neuladen mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server presents the new certificate.</source>
        <translation>Der Server liefert das neue Zertifikat aus.</translation>
    </message>
    <message>
        <source>The server did not take the new files: %1. The previous files were put back; the output is in the details.</source>
        <translation>Der Server hat die neuen Dateien nicht übernommen: %1. Die vorherigen Dateien wurden wiederhergestellt; die Ausgabe steht in den Details.</translation>
    </message>
    <message>
        <source>Reloading with the previous files succeeded:</source>
        <translation>Das Neuladen mit den vorherigen Dateien war erfolgreich:</translation>
    </message>
    <message>
        <source>Reloading with the previous files failed too:</source>
        <translation>Auch das Neuladen mit den vorherigen Dateien ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The server did not come back: %1 with the new files, and reloading after the previous files were put back failed too. Check the server now; the output is in the details.</source>
        <translation>Der Server ist nicht wieder in Betrieb: %1 (mit den neuen Dateien), und auch das Neuladen nach dem Wiederherstellen der vorherigen Dateien ist fehlgeschlagen. Prüfen Sie den Server jetzt; die Ausgabe steht in den Details.</translation>
    </message>
    <message>
        <source>The server did not take the new files: %1. The previous files were put back and the server reloaded with them; the output is in the details.</source>
        <translation>Der Server hat die neuen Dateien nicht übernommen: %1. Die vorherigen Dateien wurden wiederhergestellt und der Server mit ihnen neu geladen; die Ausgabe steht in den Details.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is read-only (mode %1).</source>
        <translation>Die Datei ist schreibgeschützt (Modus %1).</translation>
    </message>
    <message>
        <source>The file exists and can be replaced.</source>
        <translation>Die Datei existiert und kann ersetzt werden.</translation>
    </message>
    <message>
        <source>The file will be created; its folder is writable.</source>
        <translation>Die Datei wird angelegt; ihr Ordner ist beschreibbar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or is not writable.</source>
        <translation>Der Ordner %1 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Configuration check %1</source>
        <translation>Konfigurationsprüfung %1</translation>
    </message>
    <message>
        <source>Reload command %1</source>
        <translation>Neuladebefehl %1</translation>
    </message>
    <message>
        <source>%1 will run after the files are written (not run in a test).</source>
        <translation>%1 wird nach dem Schreiben der Dateien ausgeführt (in einem Test nicht ausgeführt).</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Where the certificate is written (0644); it holds the chain too when no chain file is set.</source>
        <translation>Wohin das Zertifikat geschrieben wird (0644); es enthält auch die Kette, wenn keine Kettendatei gesetzt ist.</translation>
    </message>
    <message>
        <source>Chain file</source>
        <translation>Kettendatei</translation>
    </message>
    <message>
        <source>Where the issuing CA certificates are written (0644); empty: appended to the certificate file.</source>
        <translation>Wohin die Zertifikate der ausstellenden CA geschrieben werden (0644); leer: an die Zertifikatsdatei angehängt.</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Where the private key is written, readable by its owner only (0600).</source>
        <translation>Wohin der private Schlüssel geschrieben wird, nur für seinen Eigentümer lesbar (0600).</translation>
    </message>
    <message>
        <source>Run after the files are written; when it fails, the previous files are put back. Empty: no check.</source>
        <translation>Wird nach dem Schreiben der Dateien ausgeführt; schlägt sie fehl, werden die vorherigen Dateien wiederhergestellt. Leer: keine Prüfung.</translation>
    </message>
    <message>
        <source>Makes the server load the new files; run without a shell.</source>
        <translation>Veranlasst den Server, die neuen Dateien zu laden; wird ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>it has no %1 grant</source>
        <translation>er hat keine %1-Berechtigung</translation>
    </message>
    <message>
        <source>its %1 grant covers only %2</source>
        <translation>seine %1-Berechtigung umfasst nur %2</translation>
    </message>
    <message>
        <source>The %1 connector may not %2 %3: %4.</source>
        <translation>Dem Connector %1 ist %2 für %3 nicht erlaubt: %4.</translation>
    </message>
    <message>
        <source>The %1 connector may not %2 %3: %4; %5.</source>
        <translation>Dem Connector %1 ist %2 für %3 nicht erlaubt: %4; %5.</translation>
    </message>
    <message>
        <source>TLS endpoint</source>
        <translation>TLS-Endpunkt</translation>
    </message>
    <message>
        <source>host:port where the server presents this certificate; when set, each deployment is verified by a TLS handshake.</source>
        <translation>host:port, unter dem der Server dieses Zertifikat ausliefert; wenn gesetzt, wird jede Bereitstellung durch einen TLS-Handshake überprüft.</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Servername (SNI)</translation>
    </message>
    <message>
        <source>The name sent in the handshake to pick this site&apos;s certificate; empty: none.</source>
        <translation>Der im Handshake gesendete Name, mit dem das Zertifikat dieser Site ausgewählt wird; leer: keiner.</translation>
    </message>
    <message>
        <source>TLS could not be set up to check %1.</source>
        <translation>TLS konnte für die Prüfung von %1 nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be sent as the TLS server name.</source>
        <translation>%1 kann nicht als TLS-Servername gesendet werden.</translation>
    </message>
    <message>
        <source>the connection was closed or timed out during the handshake</source>
        <translation>die Verbindung wurde während des Handshakes geschlossen oder es kam zu einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 hat kein Zertifikat ausgeliefert.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 cannot be encoded.</source>
        <translation>Das von %1 ausgelieferte Zertifikat kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Writes the certificate and key into the folder Traefik&apos;s file provider watches; Traefik picks them up without a reload.</source>
        <translation>Schreibt Zertifikat und Schlüssel in den Ordner, den der File-Provider von Traefik überwacht; Traefik übernimmt sie ohne Neuladen.</translation>
    </message>
    <message>
        <source>The folder of Traefik&apos;s file provider (providers.file.directory).</source>
        <translation>Der Ordner des File-Providers von Traefik (providers.file.directory).</translation>
    </message>
    <message>
        <source>The certificate followed by its chain (0644).</source>
        <translation>Das Zertifikat, gefolgt von seiner Kette (0644).</translation>
    </message>
    <message>
        <source>The deployment has no certificate or no private key; nothing was changed.</source>
        <translation>Die Bereitstellung hat kein Zertifikat oder keinen privaten Schlüssel; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::FileConnector</name>
    <message>
        <source>TLS endpoint %1</source>
        <translation>TLS-Endpunkt %1</translation>
    </message>
    <message>
        <source>It presents the certificate with SHA-256 %1.</source>
        <translation>Er liefert das Zertifikat mit SHA-256 %1 aus.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::Sandbox</name>
    <message>
        <source>it leads through a symbolic link to %1, outside the grant</source>
        <translation>er führt über einen symbolischen Link zu %1, außerhalb der Berechtigung</translation>
    </message>
    <message>
        <source>the program is not an absolute path</source>
        <translation>das Programm ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read.</source>
        <translation>Der Status von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The %1 connector asked to run an empty command.</source>
        <translation>Der Connector %1 wollte einen leeren Befehl ausführen.</translation>
    </message>
    <message>
        <source>The program %1 was not found on PATH; give its absolute path.</source>
        <translation>Das Programm %1 wurde im PATH nicht gefunden; geben Sie seinen absoluten Pfad an.</translation>
    </message>
    <message>
        <source>the environment variable %1 may not be set</source>
        <translation>die Umgebungsvariable %1 darf nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 could not be started: %2.</source>
        <translation>%1 konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>%1 was stopped because the work was cancelled.</source>
        <translation>%1 wurde beendet, weil die Arbeit abgebrochen wurde.</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(durch Signal %1 beendet)</translation>
    </message>
    <message>
        <source>The address of %1 cannot be found.</source>
        <translation>Die Adresse von %1 kann nicht gefunden werden.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>An HTTP request could not be prepared.</source>
        <translation>Eine HTTP-Anfrage konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::SandboxCommandRunner</name>
    <message>
        <source>The program %1 was not found on PATH; give its absolute path.</source>
        <translation>Das Programm %1 wurde im PATH nicht gefunden; geben Sie seinen absoluten Pfad an.</translation>
    </message>
    <message>
        <source>
(stopped after %1 s without finishing)</source>
        <translation>
(nach %1 s ohne Abschluss beendet)</translation>
    </message>
</context>
<context>
    <name>certdesk::target::SettingsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a path is required.</source>
        <translation>ein Pfad ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2; give an absolute path such as /etc/ssl/site.pem.</source>
        <translation>%1 kann nicht verwendet werden: %2; geben Sie einen absoluten Pfad an, etwa /etc/ssl/site.pem.</translation>
    </message>
    <message>
        <source>a file name is required.</source>
        <translation>ein Dateiname ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not a file name; give a name without folders, such as site.pem.</source>
        <translation>%1 ist kein Dateiname; geben Sie einen Namen ohne Ordner an, etwa site.pem.</translation>
    </message>
    <message>
        <source>%1 is neither true nor false.</source>
        <translation>%1 ist weder true noch false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>a server name is only used with an endpoint; set endpoint too.</source>
        <translation>ein Servername wird nur mit einem Endpunkt verwendet; setzen Sie auch endpoint.</translation>
    </message>
    <message>
        <source>give host:port, such as www.example.org:443 or [2001:db8::1]:443.</source>
        <translation>geben Sie host:port an, etwa www.example.org:443 oder [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>%1 has no port; %2</source>
        <translation>%1 hat keinen Port; %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address; %2</source>
        <translation>%1 ist keine IPv6-Adresse; %2</translation>
    </message>
    <message>
        <source>%1 is not a host name or address; %2</source>
        <translation>%1 ist kein Hostname und keine Adresse; %2</translation>
    </message>
    <message>
        <source>%1 is not a port from 1 to 65535.</source>
        <translation>%1 ist kein Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 is not a DNS name.</source>
        <translation>%1 ist kein DNS-Name.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::apache</name>
    <message>
        <source>Apache httpd</source>
        <translation>Apache httpd</translation>
    </message>
    <message>
        <source>Writes the certificate, chain and key files, checks the configuration with apachectl configtest and reloads Apache gracefully.</source>
        <translation>Schreibt die Zertifikats-, Ketten- und Schlüsseldateien, prüft die Konfiguration mit apachectl configtest und lädt Apache ordnungsgemäß (graceful) neu.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::caddy</name>
    <message>
        <source>Caddy&apos;s apps.tls.certificates.load_pem is not a list; fix Caddy&apos;s configuration.</source>
        <translation>apps.tls.certificates.load_pem in der Konfiguration von Caddy ist keine Liste; korrigieren Sie die Konfiguration von Caddy.</translation>
    </message>
    <message>
        <source>Removed a second CertDesk entry (%1) from Caddy&apos;s configuration.</source>
        <translation>Einen zweiten CertDesk-Eintrag (%1) aus der Konfiguration von Caddy entfernt.</translation>
    </message>
    <message>
        <source>Replaced CertDesk&apos;s certificate (@id %1, tag %2) in Caddy&apos;s load_pem list; Caddy loaded it without a restart.</source>
        <translation>Das Zertifikat von CertDesk (@id %1, Tag %2) in der load_pem-Liste von Caddy ersetzt; Caddy hat es ohne Neustart geladen.</translation>
    </message>
    <message>
        <source>Added CertDesk&apos;s certificate (@id %1, tag %2) to Caddy&apos;s load_pem list; Caddy loaded it without a restart.</source>
        <translation>Das Zertifikat von CertDesk (@id %1, Tag %2) zur load_pem-Liste von Caddy hinzugefügt; Caddy hat es ohne Neustart geladen.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::caddy::AdminApi</name>
    <message>
        <source>Caddy&apos;s configuration has no object with the @id %1.</source>
        <translation>Die Konfiguration von Caddy enthält kein Objekt mit der @id %1.</translation>
    </message>
    <message>
        <source>The answer of Caddy&apos;s admin API at %1 to %2 is not JSON; check that admin_api names Caddy&apos;s admin endpoint.</source>
        <translation>Die Antwort der Admin-API von Caddy unter %1 auf %2 ist kein JSON; prüfen Sie, ob admin_api den Admin-Endpunkt von Caddy nennt.</translation>
    </message>
    <message>
        <source>Caddy&apos;s admin API at %1 cannot be reached (%2). Check that Caddy runs and that admin_api names its admin endpoint (the &quot;admin&quot; &quot;listen&quot; address of its configuration).</source>
        <translation>Die Admin-API von Caddy unter %1 ist nicht erreichbar (%2). Prüfen Sie, ob Caddy läuft und ob admin_api seinen Admin-Endpunkt nennt (die „listen“-Adresse unter „admin“ in seiner Konfiguration).</translation>
    </message>
    <message>
        <source>Caddy&apos;s admin API at %1 refused %2 with HTTP %3; Caddy keeps its previous configuration.</source>
        <translation>Die Admin-API von Caddy unter %1 hat %2 mit HTTP %3 abgelehnt; Caddy behält seine vorherige Konfiguration.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::caddy::ApiConnector</name>
    <message>
        <source>Read the configuration of Caddy at %1.</source>
        <translation>Konfiguration von Caddy unter %1 gelesen.</translation>
    </message>
    <message>
        <source>Caddy already holds this certificate and key (@id %1); nothing was sent.</source>
        <translation>Caddy enthält dieses Zertifikat und diesen Schlüssel bereits (@id %1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The deployment was cancelled before anything was changed.</source>
        <translation>Die Bereitstellung wurde abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Caddy accepted the change, but its configuration does not hold the new certificate under @id %1; another client may have changed it at the same time. Deploy again.</source>
        <translation>Caddy hat die Änderung angenommen, aber seine Konfiguration enthält das neue Zertifikat nicht unter @id %1; möglicherweise hat ein anderer Client sie gleichzeitig geändert. Stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>Caddy&apos;s configuration holds the new certificate.</source>
        <translation>Die Konfiguration von Caddy enthält das neue Zertifikat.</translation>
    </message>
    <message>
        <source>Put CertDesk&apos;s previous entry in Caddy&apos;s configuration back.</source>
        <translation>Den vorherigen Eintrag von CertDesk in der Konfiguration von Caddy wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not put CertDesk&apos;s previous entry back: %1</source>
        <translation>Der vorherige Eintrag von CertDesk konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Caddy loaded the new certificate, but %1 does not present it (check which certificate its tls_connection_policies select), so CertDesk&apos;s previous entry was put back.</source>
        <translation>Caddy hat das neue Zertifikat geladen, aber %1 liefert es nicht aus (prüfen Sie, welches Zertifikat die tls_connection_policies auswählen); daher wurde der vorherige Eintrag von CertDesk wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 presents the new certificate.</source>
        <translation>%1 liefert das neue Zertifikat aus.</translation>
    </message>
    <message>
        <source>Caddy admin API %1</source>
        <translation>Caddy-Admin-API %1</translation>
    </message>
    <message>
        <source>Caddy answered with its configuration. Certificates in its load_pem list: %1.</source>
        <translation>Caddy hat mit seiner Konfiguration geantwortet. Zertifikate in der load_pem-Liste: %1.</translation>
    </message>
    <message>
        <source>TLS endpoint %1</source>
        <translation>TLS-Endpunkt %1</translation>
    </message>
    <message>
        <source>It presents the certificate with SHA-256 %1.</source>
        <translation>Er liefert das Zertifikat mit SHA-256 %1 aus.</translation>
    </message>
    <message>
        <source>It accepts connections but presents no certificate yet (%1); the first deployment loads one.</source>
        <translation>Er nimmt Verbindungen an, liefert aber noch kein Zertifikat aus (%1); die erste Bereitstellung lädt eines.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::detail</name>
    <message>
        <source>no path was given</source>
        <translation>es wurde kein Pfad angegeben</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the path is not absolute</source>
        <translation>der Pfad ist nicht absolut</translation>
    </message>
    <message>
        <source>the path holds a &quot;..&quot; component</source>
        <translation>der Pfad enthält eine „..“-Komponente</translation>
    </message>
</context>
<context>
    <name>certdesk::target::javakeystore</name>
    <message>
        <source>The deployment to the keystore was cancelled; the keystore was not changed.</source>
        <translation>Die Bereitstellung in den Keystore wurde abgebrochen; der Keystore wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The keystore password is wrong: it does not open the keystore. Nothing was changed.</source>
        <translation>Das Keystore-Passwort ist falsch: Es öffnet den Keystore nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>keytool did not finish %1 in time.</source>
        <translation>keytool wurde beim %1 nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>keytool failed %1 (exit code %2).</source>
        <translation>keytool ist beim %1 fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>reading the keystore</source>
        <translation>Lesen des Keystores</translation>
    </message>
    <message>
        <source>keytool printed no certificate for the alias %1.</source>
        <translation>keytool hat kein Zertifikat für den Alias %1 ausgegeben.</translation>
    </message>
    <message>
        <source>importing the certificate into the keystore</source>
        <translation>Importieren des Zertifikats in den Keystore</translation>
    </message>
    <message>
        <source>keytool&apos;s list of the keystore could not be read.</source>
        <translation>Die Auflistung des Keystores durch keytool konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::javakeystore::Connector</name>
    <message>
        <source>The keystore password is wrong: it does not open %1. Nothing was changed.</source>
        <translation>Das Keystore-Passwort ist falsch: Es öffnet %1 nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PKCS#12 keystore: %2 Nothing was changed.</source>
        <translation>%1 kann nicht als PKCS#12-Keystore gelesen werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The private key of the certificate cannot be read.</source>
        <translation>Der private Schlüssel des Zertifikats kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Entry %1 written into the PKCS#12 keystore.</source>
        <translation>Eintrag %1 in den PKCS#12-Keystore geschrieben.</translation>
    </message>
    <message>
        <source>Entry %1 imported into the JKS keystore with keytool.</source>
        <translation>Eintrag %1 mit keytool in den JKS-Keystore importiert.</translation>
    </message>
    <message>
        <source>keytool was not found (%1): install a Java runtime (Debian: default-jre-headless) or set keytool_path.</source>
        <translation>keytool wurde nicht gefunden (%1): Installieren Sie eine Java-Laufzeitumgebung (Debian: default-jre-headless) oder setzen Sie keytool_path.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a keystore file.</source>
        <translation>%1 ist ein Ordner, keine Keystore-Datei.</translation>
    </message>
    <message>
        <source>The keystore %1 does not exist, and create_keystore is false: create it first or allow CertDesk to create it.</source>
        <translation>Der Keystore %1 existiert nicht, und create_keystore ist false: Legen Sie ihn zuerst an oder erlauben Sie CertDesk, ihn anzulegen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: check its permissions and those of its folder.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie die Zugriffsrechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>The keystore already holds this certificate under the alias %1.</source>
        <translation>Der Keystore enthält dieses Zertifikat bereits unter dem Alias %1.</translation>
    </message>
    <message>
        <source>%1 written (0600).</source>
        <translation>%1 geschrieben (0600).</translation>
    </message>
    <message>
        <source>the previous keystore was put back</source>
        <translation>der vorherige Keystore wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>the previous keystore could not be put back: %1</source>
        <translation>der vorherige Keystore konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The reload command %1 failed; %2.</source>
        <translation>Der Neuladebefehl %1 ist fehlgeschlagen; %2.</translation>
    </message>
    <message>
        <source>Reload command %1 succeeded.</source>
        <translation>Neuladebefehl %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Keystore</translation>
    </message>
    <message>
        <source>keytool</source>
        <translation>keytool</translation>
    </message>
    <message>
        <source>%1 was not found: install a Java runtime (Debian: default-jre-headless) or set keytool_path.</source>
        <translation>%1 wurde nicht gefunden: Installieren Sie eine Java-Laufzeitumgebung (Debian: default-jre-headless) oder setzen Sie keytool_path.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first deployment creates it.</source>
        <translation>%1 existiert noch nicht; die erste Bereitstellung legt die Datei an.</translation>
    </message>
    <message>
        <source>%1 does not exist, and create_keystore is false.</source>
        <translation>%1 existiert nicht, und create_keystore ist false.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>The password opens the keystore; the alias %1 is not in it yet.</source>
        <translation>Das Passwort öffnet den Keystore; der Alias %1 ist noch nicht darin enthalten.</translation>
    </message>
    <message>
        <source>The password opens the keystore; the alias %1 holds the certificate with SHA-256 %2.</source>
        <translation>Das Passwort öffnet den Keystore; der Alias %1 enthält das Zertifikat mit SHA-256 %2.</translation>
    </message>
    <message>
        <source>Write permission</source>
        <translation>Schreibberechtigung</translation>
    </message>
    <message>
        <source>%1 can be written.</source>
        <translation>%1 kann geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <source>%1 will run after each change (not run now).</source>
        <translation>%1 wird nach jeder Änderung ausgeführt (jetzt nicht ausgeführt).</translation>
    </message>
</context>
<context>
    <name>certdesk::target::nginx</name>
    <message>
        <source>Writes the certificate, chain and key files, checks the configuration with nginx -t and reloads nginx.</source>
        <translation>Schreibt die Zertifikats-, Ketten- und Schlüsseldateien, prüft die Konfiguration mit nginx -t und lädt nginx neu.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::ssh</name>
    <message>
        <source>%1 could not be started on %2.</source>
        <translation>%1 konnte auf %2 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 on %2 was stopped because the work was cancelled.</source>
        <translation>%1 auf %2 wurde beendet, weil die Arbeit abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while %2 ran.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, während %2 lief.</translation>
    </message>
    <message>
        <source>
(stopped after %1 s)</source>
        <translation>
(nach %1 s beendet)</translation>
    </message>
    <message>
        <source>The known_hosts file must be an absolute path without &quot;%&quot;; %1 is not.</source>
        <translation>Die known_hosts-Datei muss ein absoluter Pfad ohne „%“ sein; %1 ist das nicht.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 now presents the %2 key %3, not the key %4 you were shown; nothing was trusted. Find out why the key differs before you trust any.</source>
        <translation>%1 legt jetzt den %2-Schlüssel %3 vor, nicht den Ihnen angezeigten Schlüssel %4; es wurde nichts als vertrauenswürdig übernommen. Klären Sie, warum sich der Schlüssel unterscheidet, bevor Sie irgendeinem Schlüssel vertrauen.</translation>
    </message>
    <message>
        <source>%1 already holds another key for %2; nothing was trusted. If the server&apos;s key was replaced on purpose, remove the old entry first (ssh-keygen -R &apos;%2&apos; -f %1).</source>
        <translation>%1 enthält bereits einen anderen Schlüssel für %2; es wurde nichts als vertrauenswürdig übernommen. Wenn der Schlüssel des Servers absichtlich ersetzt wurde, entfernen Sie zuerst den alten Eintrag (ssh-keygen -R &apos;%2&apos; -f %1).</translation>
    </message>
    <message>
        <source>give the SSH server&apos;s host name or address</source>
        <translation>geben Sie den Hostnamen oder die Adresse des SSH-Servers an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>give a whole number from %1 to %2</source>
        <translation>geben Sie eine ganze Zahl von %1 bis %2 an</translation>
    </message>
    <message>
        <source>give the permissions in octal, such as 0644 or 0600</source>
        <translation>geben Sie die Zugriffsrechte oktal an, etwa 0644 oder 0600</translation>
    </message>
    <message>
        <source>give the account to log in as</source>
        <translation>geben Sie das Konto an, mit dem die Anmeldung erfolgt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name</source>
        <translation>„%1“ ist kein Benutzername</translation>
    </message>
    <message>
        <source>password login needs the account&apos;s password</source>
        <translation>die Anmeldung mit Passwort benötigt das Passwort des Kontos</translation>
    </message>
    <message>
        <source>key login needs a private key: give its file or paste the key</source>
        <translation>die Anmeldung mit Schlüssel benötigt einen privaten Schlüssel: Geben Sie seine Datei an oder fügen Sie den Schlüssel ein</translation>
    </message>
    <message>
        <source>give the private key&apos;s file or paste the key, not both</source>
        <translation>geben Sie die Datei des privaten Schlüssels an oder fügen Sie den Schlüssel ein, nicht beides</translation>
    </message>
    <message>
        <source>the key needs a file of its own</source>
        <translation>der Schlüssel benötigt eine eigene Datei</translation>
    </message>
    <message>
        <source>leave it empty to append the chain to the certificate file</source>
        <translation>lassen Sie das Feld leer, um die Kette an die Zertifikatsdatei anzuhängen</translation>
    </message>
    <message>
        <source>%1 would let every user on the host read the private key; use 0600 or 0640</source>
        <translation>%1 würde jedem Benutzer auf dem Host das Lesen des privaten Schlüssels erlauben; verwenden Sie 0600 oder 0640</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The SSH server&apos;s host name or IP address.</source>
        <translation>Der Hostname oder die IP-Adresse des SSH-Servers.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The SSH server&apos;s port.</source>
        <translation>Der Port des SSH-Servers.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The account CertDesk logs in as.</source>
        <translation>Das Konto, mit dem sich CertDesk anmeldet.</translation>
    </message>
    <message>
        <source>Login with</source>
        <translation>Anmeldung mit</translation>
    </message>
    <message>
        <source>A private key (recommended) or the account&apos;s password.</source>
        <translation>Ein privater Schlüssel (empfohlen) oder das Passwort des Kontos.</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>The SSH private key on this computer, for key login.</source>
        <translation>Der private SSH-Schlüssel auf diesem Computer, für die Anmeldung mit Schlüssel.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Or paste the private key itself; it is kept in the secret store.</source>
        <translation>Oder fügen Sie den privaten Schlüssel selbst ein; er wird im Geheimnisspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted private key.</source>
        <translation>Die Passphrase eines verschlüsselten privaten Schlüssels.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The account&apos;s password, for password login.</source>
        <translation>Das Passwort des Kontos, für die Anmeldung mit Passwort.</translation>
    </message>
    <message>
        <source>Certificate path</source>
        <translation>Zertifikatspfad</translation>
    </message>
    <message>
        <source>Where the certificate goes on the host; the chain follows it unless a chain path is set.</source>
        <translation>Wohin das Zertifikat auf dem Host kommt; die Kette folgt ihm, sofern kein Kettenpfad gesetzt ist.</translation>
    </message>
    <message>
        <source>Key path</source>
        <translation>Schlüsselpfad</translation>
    </message>
    <message>
        <source>Where the private key goes on the host.</source>
        <translation>Wohin der private Schlüssel auf dem Host kommt.</translation>
    </message>
    <message>
        <source>Chain path</source>
        <translation>Kettenpfad</translation>
    </message>
    <message>
        <source>Where the chain goes on the host; empty: appended to the certificate.</source>
        <translation>Wohin die Kette auf dem Host kommt; leer: an das Zertifikat angehängt.</translation>
    </message>
    <message>
        <source>Certificate mode</source>
        <translation>Dateimodus des Zertifikats</translation>
    </message>
    <message>
        <source>The certificate&apos;s and chain&apos;s permissions, in octal.</source>
        <translation>Die Zugriffsrechte von Zertifikat und Kette, oktal.</translation>
    </message>
    <message>
        <source>Key mode</source>
        <translation>Dateimodus des Schlüssels</translation>
    </message>
    <message>
        <source>The private key&apos;s permissions, in octal.</source>
        <translation>Die Zugriffsrechte des privaten Schlüssels, oktal.</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Prüfbefehl</translation>
    </message>
    <message>
        <source>Runs on the host before the reload, e.g. &quot;nginx -t&quot;; when it fails the old files are put back.</source>
        <translation>Wird vor dem Neuladen auf dem Host ausgeführt, z. B. „nginx -t“; schlägt er fehl, werden die alten Dateien wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <source>Runs on the host after the files are in place, e.g. &quot;systemctl reload nginx&quot;.</source>
        <translation>Wird auf dem Host ausgeführt, nachdem die Dateien abgelegt sind, z. B. „systemctl reload nginx“.</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-Datei</translation>
    </message>
    <message>
        <source>The file the server&apos;s host key is checked against.</source>
        <translation>Die Datei, anhand derer der Hostschlüssel des Servers geprüft wird.</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>How long to wait for the connection and for each command.</source>
        <translation>Wie lange auf die Verbindung und auf jeden Befehl gewartet wird.</translation>
    </message>
    <message>
        <source>the path may not contain &quot;%&quot;</source>
        <translation>der Pfad darf kein „%“ enthalten</translation>
    </message>
    <message>
        <source>SSH / SFTP</source>
        <translation>SSH / SFTP</translation>
    </message>
    <message>
        <source>Copies the files to a Linux or Unix server over SSH, with no agent on it, and runs its reload command there.</source>
        <translation>Kopiert die Dateien per SSH auf einen Linux- oder Unix-Server, ohne Agent darauf, und führt dort seinen Neuladebefehl aus.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::ssh::RemoteFiles</name>
    <message>
        <source>%1 offers no SFTP; enable the sftp subsystem in its sshd_config.</source>
        <translation>%1 bietet kein SFTP an; aktivieren Sie das sftp-Subsystem in seiner sshd_config.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation>die Datei existiert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The state of %1 on %2 cannot be read.</source>
        <translation>Der Status von %1 auf %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 on %2 cannot be read.</source>
        <translation>%1 auf %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 1 MiB, too large to be a certificate or key file.</source>
        <translation>%1 auf %2 ist größer als 1 MiB und damit zu groß für eine Zertifikats- oder Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A file cannot be created in %1 on %2.</source>
        <translation>In %1 auf %2 kann keine Datei angelegt werden.</translation>
    </message>
    <message>
        <source>%1 on %2 could not be written.</source>
        <translation>%1 auf %2 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 on %2 could not be flushed to disk.</source>
        <translation>%1 auf %2 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>The permissions of %1 on %2 could not be set.</source>
        <translation>Die Zugriffsrechte von %1 auf %2 konnten nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2 on %3.</source>
        <translation>%1 konnte auf %3 nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 on %2 could not be removed.</source>
        <translation>%1 auf %2 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>CertDesk cannot write in %1 on %2.</source>
        <translation>CertDesk kann in %1 auf %2 nicht schreiben.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on %2; create it first. Nothing was changed.</source>
        <translation>Der Ordner %1 existiert auf %2 nicht; legen Sie ihn zuerst an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 on %2 belongs to user %3, group %4, and CertDesk logs in as %5, which cannot give the new file the same owner and group. Log in as root or as user %3, or give the file to %5 on the server. Nothing was changed.</source>
        <translation>%1 auf %2 gehört dem Benutzer %3, Gruppe %4, und CertDesk meldet sich als %5 an, der der neuen Datei nicht denselben Eigentümer und dieselbe Gruppe geben kann. Melden Sie sich als root oder als Benutzer %3 an, oder übergeben Sie die Datei auf dem Server an %5. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::ssh::SftpExtensionChannel</name>
    <message>
        <source>A second SFTP channel could not be opened.</source>
        <translation>Ein zweiter SFTP-Kanal konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The SFTP server answered its greeting with an unexpected packet.</source>
        <translation>Der SFTP-Server hat seine Begrüßung mit einem unerwarteten Paket beantwortet.</translation>
    </message>
    <message>
        <source>The SFTP server answered a rename with an unexpected packet.</source>
        <translation>Der SFTP-Server hat ein Umbenennen mit einem unerwarteten Paket beantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2 on the server.</source>
        <translation>%1 konnte auf dem Server nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The SFTP request could not be sent.</source>
        <translation>Die SFTP-Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The SFTP server sent a malformed packet.</source>
        <translation>Der SFTP-Server hat ein fehlerhaftes Paket gesendet.</translation>
    </message>
    <message>
        <source>The SFTP server did not answer within %1 s.</source>
        <translation>Der SFTP-Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The SFTP channel closed unexpectedly.</source>
        <translation>Der SFTP-Kanal wurde unerwartet geschlossen.</translation>
    </message>
</context>
<context>
    <name>certdesk::target::ssh::SshConnector</name>
    <message>
        <source>The pasted private key</source>
        <translation>Der eingefügte private Schlüssel</translation>
    </message>
    <message>
        <source>The deployment was cancelled before anything was changed.</source>
        <translation>Die Bereitstellung wurde abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Logged in to %1 (host key %2 %3).</source>
        <translation>Bei %1 angemeldet (Hostschlüssel %2 %3).</translation>
    </message>
    <message>
        <source>SSH connection and host key</source>
        <translation>SSH-Verbindung und Hostschlüssel</translation>
    </message>
    <message>
        <source>%1 presented the trusted %2 key %3.</source>
        <translation>%1 hat den vertrauenswürdigen %2-Schlüssel %3 vorgelegt.</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>Logged in as %1; SFTP works.</source>
        <translation>Als %1 angemeldet; SFTP funktioniert.</translation>
    </message>
    <message>
        <source>Remote folder %1</source>
        <translation>Entfernter Ordner %1</translation>
    </message>
    <message>
        <source>The folder does not exist on the server; create it first.</source>
        <translation>Der Ordner existiert auf dem Server nicht; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Exists and is writable.</source>
        <translation>Existiert und ist beschreibbar.</translation>
    </message>
    <message>
        <source>Check command %1</source>
        <translation>Prüfbefehl %1</translation>
    </message>
    <message>
        <source>Reload command %1</source>
        <translation>Neuladebefehl %1</translation>
    </message>
    <message>
        <source>Runs on the server after the files are written (not run in a test).</source>
        <translation>Wird auf dem Server ausgeführt, nachdem die Dateien geschrieben wurden (nicht bei einem Test).</translation>
    </message>
</context>
<context>
    <name>certdesk::target::ssh::SshSession</name>
    <message>
        <source>An SSH session could not be created.</source>
        <translation>Es konnte keine SSH-Sitzung erstellt werden.</translation>
    </message>
    <message>
        <source>The SSH session to %1 could not be set up.</source>
        <translation>Die SSH-Sitzung zu %1 konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed; check that an SSH server listens there.</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen; prüfen Sie, ob dort ein SSH-Server lauscht.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 hat keinen Hostschlüssel gesendet.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be read.</source>
        <translation>Der Hostschlüssel von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The known_hosts file %1 could not be read; check that it is a known_hosts file.</source>
        <translation>Die known_hosts-Datei %1 konnte nicht gelesen werden; prüfen Sie, ob es sich um eine known_hosts-Datei handelt.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not trusted yet: the server presents the %2 key %3, and %4 holds no key for it. Check this fingerprint against the server&apos;s own (ssh-keygen -lf on its host key, on the server) and trust it in the target&apos;s setup wizard; CertDesk never deploys to a host it cannot verify.</source>
        <translation>Dem SSH-Hostschlüssel von %1 wird noch nicht vertraut: Der Server präsentiert den %2-Schlüssel %3, und %4 enthält keinen Schlüssel für ihn. Vergleichen Sie diesen Fingerabdruck mit dem des Servers selbst (ssh-keygen -lf auf dessen Hostschlüssel, auf dem Server) und vertrauen Sie ihm im Einrichtungsassistenten des Ziels; CertDesk stellt nie auf einem Host bereit, den es nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>no known_hosts file</source>
        <translation>keine known_hosts-Datei</translation>
    </message>
    <message>
        <source>The SSH host key of %1 has CHANGED: the server now presents the %2 key %3, which is not the key recorded in %4. Someone may be intercepting the connection. If the server&apos;s key was replaced on purpose, remove the old entry (ssh-keygen -R &apos;%1&apos; -f %4) and trust the new key in the target&apos;s setup wizard.</source>
        <translation>Der SSH-Hostschlüssel von %1 hat sich GEÄNDERT: Der Server präsentiert jetzt den %2-Schlüssel %3, der nicht dem in %4 gespeicherten Schlüssel entspricht. Möglicherweise wird die Verbindung abgefangen. Wenn der Schlüssel des Servers absichtlich ersetzt wurde, entfernen Sie den alten Eintrag (ssh-keygen -R &apos;%1&apos; -f %4) und vertrauen Sie dem neuen Schlüssel im Einrichtungsassistenten des Ziels.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 was not checked.</source>
        <translation>Der SSH-Hostschlüssel von %1 wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be written as a known_hosts line.</source>
        <translation>Der Hostschlüssel von %1 konnte nicht als known_hosts-Zeile geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a private key that can be read; give an OpenSSH, PEM or PKCS#8 private key.</source>
        <translation>%1 ist kein lesbarer privater Schlüssel; geben Sie einen privaten Schlüssel im Format OpenSSH, PEM oder PKCS#8 an.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>%1 ist verschlüsselt; geben Sie die Passphrase an.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1; check the passphrase.</source>
        <translation>Die Passphrase entschlüsselt %1 nicht; prüfen Sie die Passphrase.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 accepted the %2 but asks for a second login step, which CertDesk cannot answer; let the account log in with the %2 alone.</source>
        <translation>%1 hat die Anmeldung per %2 akzeptiert, verlangt aber einen zweiten Anmeldeschritt, den CertDesk nicht beantworten kann; erlauben Sie dem Konto die Anmeldung allein per %2.</translation>
    </message>
    <message>
        <source>%1 does not accept password logins; use key login.</source>
        <translation>%1 akzeptiert keine Anmeldung per Passwort; verwenden Sie die Anmeldung per Schlüssel.</translation>
    </message>
    <message>
        <source>%1 refused the password for %2; check the password.</source>
        <translation>%1 hat das Passwort für %2 abgelehnt; prüfen Sie das Passwort.</translation>
    </message>
    <message>
        <source>%1 does not accept key logins; use password login.</source>
        <translation>%1 akzeptiert keine Anmeldung per Schlüssel; verwenden Sie die Anmeldung per Passwort.</translation>
    </message>
    <message>
        <source>%1 refused the key for %2; add its public key to the account&apos;s authorized_keys on the server.</source>
        <translation>%1 hat den Schlüssel für %2 abgelehnt; fügen Sie seinen öffentlichen Schlüssel den authorized_keys des Kontos auf dem Server hinzu.</translation>
    </message>
    <message>
        <source>The SSH login to %1 failed.</source>
        <translation>Die SSH-Anmeldung bei %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeAccountPage</name>
    <message>
        <source>External Account Binding</source>
        <translation>External Account Binding</translation>
    </message>
    <message>
        <source>I &amp;accept the terms of service</source>
        <translation>Ich &amp;akzeptiere die Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>ACME account</source>
        <translation>ACME-Konto</translation>
    </message>
    <message>
        <source>The account CertDesk orders certificates with. Its key is made at the test step and kept encrypted in the inventory.</source>
        <translation>Das Konto, mit dem CertDesk Zertifikate bestellt. Sein Schlüssel wird beim Test erzeugt und verschlüsselt im Inventar aufbewahrt.</translation>
    </message>
    <message>
        <source>admin@example.org (the CA writes about expiry and incidents)</source>
        <translation>admin@example.org (die CA schreibt über Abläufe und Vorfälle)</translation>
    </message>
    <message>
        <source>base64url, as the CA&apos;s dashboard shows it</source>
        <translation>base64url, wie es das Dashboard der CA zeigt</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;HMAC key:</source>
        <translation>&amp;HMAC-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Optional. Without them, CertDesk fetches credentials from %1 for the e-mail address above.</source>
        <translation>Optional. Ohne sie ruft CertDesk Zugangsdaten von %1 für die obige E-Mail-Adresse ab.</translation>
    </message>
    <message>
        <source>This CA requires External Account Binding: copy the key ID and the HMAC key from your account in the CA&apos;s dashboard.</source>
        <translation>Diese CA verlangt External Account Binding: Kopieren Sie die Schlüssel-ID und den HMAC-Schlüssel aus Ihrem Konto im Dashboard der CA.</translation>
    </message>
    <message>
        <source>CA default</source>
        <translation>Standard der CA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the issuer a name.</source>
        <translation>Geben Sie dem Aussteller einen Namen.</translation>
    </message>
    <message>
        <source>An issuer named %1 exists already; choose another name.</source>
        <translation>Es gibt bereits einen Aussteller namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give an e-mail address, or the key ID and HMAC key.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder die Schlüssel-ID und den HMAC-Schlüssel an.</translation>
    </message>
    <message>
        <source>Enter the key ID and the HMAC key.</source>
        <translation>Geben Sie die Schlüssel-ID und den HMAC-Schlüssel ein.</translation>
    </message>
    <message>
        <source>External Account Binding needs both the key ID and the HMAC key.</source>
        <translation>External Account Binding braucht sowohl die Schlüssel-ID als auch den HMAC-Schlüssel.</translation>
    </message>
    <message>
        <source>The HMAC key is base64url text (letters, digits, - and _).</source>
        <translation>Der HMAC-Schlüssel ist base64url-Text (Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <source>Read the terms of service and accept them to go on.</source>
        <translation>Lesen Sie die Nutzungsbedingungen und akzeptieren Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeCaPage</name>
    <message>
        <source>ACME certificate authority</source>
        <translation>ACME-Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Choose the CA. CertDesk reads its directory to learn its terms, account rules and profiles.</source>
        <translation>Wählen Sie die CA. CertDesk liest ihr Verzeichnis, um ihre Bedingungen, Kontoregeln und Profile zu erfahren.</translation>
    </message>
    <message>
        <source>https://ca.example.org/acme/directory</source>
        <translation>https://ca.example.org/acme/directory</translation>
    </message>
    <message>
        <source>Optional: PEM file that trusts a private CA&apos;s TLS certificate</source>
        <translation>Optional: PEM-Datei, die dem TLS-Zertifikat einer privaten CA vertraut</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>Fetching the directory...</source>
        <translation>Verzeichnis wird abgerufen...</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Directory URL:</source>
        <translation>&amp;Verzeichnis-URL:</translation>
    </message>
    <message>
        <source>Enter the CA&apos;s directory URL.</source>
        <translation>Geben Sie die Verzeichnis-URL der CA ein.</translation>
    </message>
    <message>
        <source>The directory URL must be an https:// (or http://) address with a host.</source>
        <translation>Die Verzeichnis-URL muss eine https://- (oder http://-)Adresse mit einem Host sein.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a file.</source>
        <translation>Das CA-Bündel %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>CA b&amp;undle:</source>
        <translation>CA-&amp;Bündel:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeChallengePage</name>
    <message>
        <source>Give the %1 as an absolute path.</source>
        <translation>Geben Sie das %1 als absoluten Pfad an.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Das %1 %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 %2 is not executable (chmod +x).</source>
        <translation>Das %1 %2 ist nicht ausführbar (chmod +x).</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>How CertDesk proves to the CA that it controls the names in each certificate.</source>
        <translation>Wie CertDesk der CA beweist, dass es die Namen in jedem Zertifikat kontrolliert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wildcard names&lt;/b&gt; (*.example.org) need dns-01 or dns-persist-01: the CA does not accept http-01 for them.</source>
        <translation>&lt;b&gt;Wildcard-Namen&lt;/b&gt; (*.example.org) brauchen dns-01 oder dns-persist-01: Die CA akzeptiert dafür kein http-01.</translation>
    </message>
    <message>
        <source>&amp;HTTP-01: a temporary web server on this machine</source>
        <translation>&amp;HTTP-01: ein vorübergehender Webserver auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;DNS-01: a TXT record per order, made by your scripts</source>
        <translation>&amp;DNS-01: ein TXT-Eintrag je Bestellung, angelegt von Ihren Skripten</translation>
    </message>
    <message>
        <source>DNS-&amp;PERSIST-01: one standing TXT record</source>
        <translation>DNS-&amp;PERSIST-01: ein dauerhafter TXT-Eintrag</translation>
    </message>
    <message>
        <source>The local address to listen on; 0.0.0.0 listens on every IPv4 address, :: on every address.</source>
        <translation>Die lokale Adresse, auf der gelauscht wird; 0.0.0.0 lauscht auf jeder IPv4-Adresse, :: auf jeder Adresse.</translation>
    </message>
    <message>
        <source>The CA connects to port 80 of each name. If CertDesk listens on another port, forward port 80 to it.</source>
        <translation>Die CA verbindet sich mit Port 80 jedes Namens. Wenn CertDesk auf einem anderen Port lauscht, leiten Sie Port 80 dorthin weiter.</translation>
    </message>
    <message>
        <source>Creates the TXT record</source>
        <translation>Legt den TXT-Eintrag an</translation>
    </message>
    <message>
        <source>DNS present script</source>
        <translation>DNS-Eintragsskript</translation>
    </message>
    <message>
        <source>Optional: removes the TXT record afterwards</source>
        <translation>Optional: entfernt den TXT-Eintrag danach</translation>
    </message>
    <message>
        <source>DNS cleanup script</source>
        <translation>DNS-Aufräumskript</translation>
    </message>
    <message>
        <source>e.g. letsencrypt.org; empty: the one the CA names</source>
        <translation>z. B. letsencrypt.org; leer: die, die die CA nennt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Optional: 192.0.2.53:53; empty: wait the whole time</source>
        <translation>Optional: 192.0.2.53:53; leer: die ganze Zeit warten</translation>
    </message>
    <message>
        <source>A DNS server (numeric address, optional port) asked during the wait; CertDesk goes on as soon as it answers with the record.</source>
        <translation>Ein DNS-Server (numerische Adresse, optional mit Port), der während der Wartezeit gefragt wird; CertDesk macht weiter, sobald er mit dem Eintrag antwortet.</translation>
    </message>
    <message>
        <source>The record (_validation-persist.&lt;name&gt;) is made once and stays: renewals need no DNS change. When the CA does not offer dns-persist-01, CertDesk falls back to dns-01 with these scripts.</source>
        <translation>Der Eintrag (_validation-persist.&lt;Name&gt;) wird einmal angelegt und bleibt: Erneuerungen brauchen keine DNS-Änderung. Bietet die CA dns-persist-01 nicht an, weicht CertDesk mit diesen Skripten auf dns-01 aus.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>P&amp;resent script:</source>
        <translation>&amp;Eintragsskript:</translation>
    </message>
    <message>
        <source>&amp;Cleanup script:</source>
        <translation>A&amp;ufräumskript:</translation>
    </message>
    <message>
        <source>&amp;Issuer domain:</source>
        <translation>Aussteller-Do&amp;main:</translation>
    </message>
    <message>
        <source>Propagation &amp;wait:</source>
        <translation>&amp;Verbreitungswartezeit:</translation>
    </message>
    <message>
        <source>Res&amp;olver:</source>
        <translation>&amp;Resolver:</translation>
    </message>
    <message>
        <source>The listen address must be a numeric IP address, such as 0.0.0.0 or ::.</source>
        <translation>Die Adresse muss eine numerische IP-Adresse sein, etwa 0.0.0.0 oder ::.</translation>
    </message>
    <message>
        <source>present script</source>
        <translation>Eintragsskript</translation>
    </message>
    <message>
        <source>Choose the script that creates the TXT record.</source>
        <translation>Wählen Sie das Skript, das den TXT-Eintrag anlegt.</translation>
    </message>
    <message>
        <source>cleanup script</source>
        <translation>Aufräumskript</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Creates the standing TXT record</source>
        <translation>Legt den dauerhaften TXT-Eintrag an</translation>
    </message>
    <message>
        <source>Optional: removes the record of the dns-01 fallback</source>
        <translation>Optional: entfernt den Eintrag des dns-01-Ausweichwegs</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeSetupController</name>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Run the test before saving the issuer.</source>
        <translation>Führen Sie den Test aus, bevor Sie den Aussteller speichern.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeTestPage</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Das Konto testen</translation>
    </message>
    <message>
        <source>CertDesk fetches the directory and creates the account at the CA (or finds the one it made before). Nothing is saved until you click Finish.</source>
        <translation>CertDesk ruft das Verzeichnis ab und legt das Konto bei der CA an (oder findet das, das es zuvor angelegt hat). Gespeichert wird erst, wenn Sie auf Abschließen klicken.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Renewal information:</source>
        <translation>Erneuerungsinformationen:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>The test failed. Go back to change the setup, or test again.</source>
        <translation>Der Test ist fehlgeschlagen. Gehen Sie zurück, um die Einrichtung zu ändern, oder testen Sie erneut.</translation>
    </message>
    <message>
        <source>The issuer %1 is saved.</source>
        <translation>Der Aussteller %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>The account works, but saving the issuer failed.</source>
        <translation>Das Konto funktioniert, aber das Speichern des Ausstellers ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fetching the directory and creating the account...</source>
        <translation>Verzeichnis wird abgerufen und Konto angelegt...</translation>
    </message>
    <message>
        <source>Test abandoned. Testing again uses the same account key, so the CA makes no second account.</source>
        <translation>Test abgebrochen. Ein erneuter Test verwendet denselben Kontoschlüssel, daher legt die CA kein zweites Konto an.</translation>
    </message>
    <message>
        <source>The account works. Click Finish to save the issuer.</source>
        <translation>Das Konto funktioniert. Klicken Sie auf Abschließen, um den Aussteller zu speichern.</translation>
    </message>
    <message>
        <source>Not offered: renewals follow the profile&apos;s threshold.</source>
        <translation>Nicht angeboten: Erneuerungen folgen dem Vorlauf des Profils.</translation>
    </message>
    <message>
        <source>Offered: renewals follow the windows the CA suggests.</source>
        <translation>Angeboten: Erneuerungen folgen den Zeitfenstern, die die CA vorschlägt.</translation>
    </message>
    <message>
        <source>None listed: the CA&apos;s default.</source>
        <translation>Keine aufgeführt: der Standard der CA.</translation>
    </message>
    <message>
        <source>External Account Binding credentials were fetched from ZeroSSL for the e-mail address.</source>
        <translation>Zugangsdaten für External Account Binding wurden für die E-Mail-Adresse von ZeroSSL abgerufen.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Saving the issuer...</source>
        <translation>Aussteller wird gespeichert...</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeWizard</name>
    <message>
        <source>New ACME CA</source>
        <translation>Neue ACME-CA</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AlertController</name>
    <message>
        <source>Loading the alert channels failed</source>
        <translation>Laden der Alarmkanäle fehlgeschlagen</translation>
    </message>
    <message>
        <source>Alert channel %1 added</source>
        <translation>Alarmkanal %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Alert channel %1 saved</source>
        <translation>Alarmkanal %1 gespeichert</translation>
    </message>
    <message>
        <source>Changing the alert channel %1 failed</source>
        <translation>Ändern des Alarmkanals %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting the alert channel %1 failed</source>
        <translation>Löschen des Alarmkanals %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Alert channel %1 deleted</source>
        <translation>Alarmkanal %1 gelöscht</translation>
    </message>
    <message>
        <source>Loading the warning windows failed</source>
        <translation>Laden der Warnfenster fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving the warning windows failed</source>
        <translation>Speichern der Warnfenster fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning windows set to %1 days</source>
        <translation>Warnfenster auf %1 Tage gesetzt</translation>
    </message>
    <message>
        <source>Loading the alerts failed</source>
        <translation>Laden der Alarme fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running the alert rules failed</source>
        <translation>Ausführen der Alarmregeln fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing new is due.</source>
        <translation>Es ist nichts Neues fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) raised, %1 resolved, %2 deliveries queued.</source>
        <translation>
            <numerusform>%n Alarm ausgelöst, %1 behoben, %2 Zustellungen eingereiht.</numerusform>
            <numerusform>%n Alarme ausgelöst, %1 behoben, %2 Zustellungen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the digest&apos;s schedule failed</source>
        <translation>Laden des Zeitplans der Zusammenfassung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Digest queued to %1</source>
        <translation>Zusammenfassung an %1 eingereiht</translation>
    </message>
    <message>
        <source>Saving the digest&apos;s schedule failed</source>
        <translation>Speichern des Zeitplans der Zusammenfassung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Digest schedule saved</source>
        <translation>Zeitplan der Zusammenfassung gespeichert</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AlertTestView</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>A delivery job would try again later (the error looks temporary).</source>
        <translation>Ein Zustellauftrag würde es später erneut versuchen (der Fehler scheint vorübergehend zu sein).</translation>
    </message>
    <message>
        <source>Sending again will not help until the problem is fixed.</source>
        <translation>Erneutes Senden hilft erst, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>The test alert was delivered.</source>
        <translation>Der Testalarm wurde zugestellt.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The test alert was not delivered.</source>
        <translation>Der Testalarm wurde nicht zugestellt.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AlertsPage</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>&amp;Rules and alerts</source>
        <translation>&amp;Regeln und Alarme</translation>
    </message>
    <message>
        <source>Di&amp;gest</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Send test delivers a test alert through the selected channel.</source>
        <translation>„Test senden“ stellt über den ausgewählten Kanal einen Testalarm zu.</translation>
    </message>
    <message>
        <source>Warning windows saved: %1 days.</source>
        <translation>Warnfenster gespeichert: %1 Tage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The scheduled run of the alert rules failed: %1</source>
        <translation>Die geplante Ausführung der Alarmregeln ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The digest is queued to %1 (%n delivery job(s)); the Jobs page and the Rules tab show how it goes.</source>
        <translation>
            <numerusform>Die Zusammenfassung ist an %1 eingereiht (%n Zustellauftrag); die Seite „Aufträge“ und die Registerkarte „Regeln und Alarme“ zeigen den Verlauf.</numerusform>
            <numerusform>Die Zusammenfassung ist an %1 eingereiht (%n Zustellaufträge); die Seite „Aufträge“ und die Registerkarte „Regeln und Alarme“ zeigen den Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add channel...</source>
        <translation>Kanal &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Set up a new alert channel</source>
        <translation>Einen neuen Alarmkanal einrichten</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dern...</translation>
    </message>
    <message>
        <source>Change the selected channel</source>
        <translation>Den ausgewählten Kanal ändern</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Deliver a test alert through the selected channel</source>
        <translation>Einen Testalarm über den ausgewählten Kanal zustellen</translation>
    </message>
    <message>
        <source>&amp;Enable/disable</source>
        <translation>&amp;Aktivieren/Deaktivieren</translation>
    </message>
    <message>
        <source>Turn the selected channel on or off</source>
        <translation>Den ausgewählten Kanal ein- oder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected channel</source>
        <translation>Den ausgewählten Kanal löschen</translation>
    </message>
    <message>
        <source>Delete alert channel</source>
        <translation>Alarmkanal löschen</translation>
    </message>
    <message>
        <source>Delete the alert channel &quot;%1&quot;? Its secrets and delivery history are deleted too, and its deliveries still queued are cancelled.</source>
        <translation>Den Alarmkanal „%1“ löschen? Seine Geheimnisse und sein Zustellverlauf werden ebenfalls gelöscht, und seine noch eingereihten Zustellungen werden abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the channels, alerts and digest</source>
        <translation>Kanäle, Alarme und Zusammenfassung neu laden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Answer or error</source>
        <translation>Antwort oder Fehler</translation>
    </message>
    <message>
        <source>Last te&amp;st</source>
        <translation>Letzter Te&amp;st</translation>
    </message>
    <message>
        <source>Deli&amp;veries</source>
        <translation>Zu&amp;stellungen</translation>
    </message>
    <message>
        <source>Alerts (certificates entering a warning window, jobs that failed, discoveries awaiting triage) and the digest go out through these channels. Secrets are kept encrypted in the secret store and never shown.</source>
        <translation>Alarme (Zertifikate, die ein Warnfenster erreichen, fehlgeschlagene Aufträge, Funde, die auf Sichtung warten) und die Zusammenfassung werden über diese Kanäle versendet. Geheimnisse werden verschlüsselt im Geheimnisspeicher aufbewahrt und nie angezeigt.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Save windows</source>
        <translation>Warnfenster &amp;speichern</translation>
    </message>
    <message>
        <source>Run rules &amp;now</source>
        <translation>Regeln &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>Evaluate the alert rules now and queue what is due (the console does this every 15 minutes).</source>
        <translation>Die Alarmregeln jetzt auswerten und Fälliges einreihen (die Konsole tut dies alle 15 Minuten).</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>&amp;Warning windows (days):</source>
        <translation>&amp;Warnfenster (Tage):</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recent alerts (select one to see its deliveries):</source>
        <translation>Letzte Alarme (wählen Sie einen aus, um seine Zustellungen zu sehen):</translation>
    </message>
    <message>
        <source>Running the alert rules...</source>
        <translation>Alarmregeln werden ausgeführt...</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>daily, weekly, off, or a number of hours or days such as 12h or 2d</source>
        <translation>daily, weekly, off oder eine Anzahl von Stunden oder Tagen wie 12h oder 2d</translation>
    </message>
    <message>
        <source>Sa&amp;ve schedule</source>
        <translation>Zeitplan s&amp;peichern</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Queue the digest to its recipients now, outside the schedule</source>
        <translation>Die Zusammenfassung jetzt außerhalb des Zeitplans an ihre Empfänger einreihen</translation>
    </message>
    <message>
        <source>Refresh &amp;preview</source>
        <translation>&amp;Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Versand:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Queueing the digest...</source>
        <translation>Zusammenfassung wird eingereiht...</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>noch nichts gesendet</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>retrying: %1</source>
        <translation>wird wiederholt: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Sending a test alert through %1...</source>
        <translation>Testalarm wird über %1 gesendet...</translation>
    </message>
    <message>
        <source>Test alert delivered through %1</source>
        <translation>Testalarm über %1 zugestellt</translation>
    </message>
    <message>
        <source>Test alert through %1 failed</source>
        <translation>Testalarm über %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never: the schedule is off</source>
        <translation>nie: Der Zeitplan ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1, once a channel receives it</source>
        <translation>%1, sobald ein Kanal sie empfängt</translation>
    </message>
    <message>
        <source>No channel receives the digest yet: tick &quot;Receives the digest&quot; on an e-mail channel.</source>
        <translation>Noch kein Kanal empfängt die Zusammenfassung: Aktivieren Sie „Empfängt die Zusammenfassung“ bei einem E-Mail-Kanal.</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>Awaiting triage</source>
        <translation>Wartet auf Sichtung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Schedule and recipients</source>
        <translation>Zeitplan und Empfänger</translation>
    </message>
    <message>
        <source>An alert is raised once per certificate and window when its expiry comes that close (0: the day it expires); the tray&apos;s notifications use the same windows, in every console on this inventory. Jobs that failed for good and new discoveries awaiting triage raise alerts too. The console runs the rules every 15 minutes.</source>
        <translation>Ein Alarm wird einmal pro Zertifikat und Fenster ausgelöst, wenn sein Ablauf so nahe rückt (0: am Ablauftag); die Benachrichtigungen im Infobereich verwenden dieselben Fenster, in jeder Konsole mit diesem Inventar. Endgültig fehlgeschlagene Aufträge und neue Funde, die auf Sichtung warten, lösen ebenfalls Alarme aus. Die Konsole wertet die Regeln alle 15 Minuten aus.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AuditPage</name>
    <message>
        <source>Search who, action, object, details</source>
        <translation>Wer, Aktion, Objekt, Details durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CertificateDetailsView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>C&amp;hain</source>
        <translation>&amp;Kette</translation>
    </message>
    <message>
        <source>&amp;PEM</source>
        <translation>&amp;PEM</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Private key held</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Yes (encrypted)</source>
        <translation>Ja (verschlüsselt)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (X.509 v%2)</source>
        <translation>%1 (X.509 v%2)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URIs</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Key and signature</source>
        <translation>Schlüssel und Signatur</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>Basiseinschränkungen</translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation>CA, Pfadlänge %1</translation>
    </message>
    <message>
        <source>CA, no path length limit</source>
        <translation>CA, Pfadlänge unbegrenzt</translation>
    </message>
    <message>
        <source>Not a CA</source>
        <translation>Keine CA</translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation>Inhaber-Schlüsselkennung</translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation>Aussteller-Schlüsselkennung</translation>
    </message>
    <message>
        <source>CRL distribution points</source>
        <translation>CRL-Verteilungspunkte</translation>
    </message>
    <message>
        <source>OCSP responders</source>
        <translation>OCSP-Responder</translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation>CA-Aussteller (AIA)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gefunden</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gefunden</translation>
    </message>
    <message>
        <source>&amp;Copy location</source>
        <translation>Fundort &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Fundorte</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Sichtungsstatus</translation>
    </message>
    <message>
        <source>Dismissed because</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <source>Claimed as</source>
        <translation>Übernommen als</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Fundorte</translation>
    </message>
    <message>
        <source>Weak cryptography</source>
        <translation>Schwache Kryptografie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>X.509 v%1</source>
        <translation>X.509 v%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>TLS endpoint</source>
        <translation>TLS-Endpunkt</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ChannelDialog</name>
    <message>
        <source>New alert channel</source>
        <translation>Neuer Alarmkanal</translation>
    </message>
    <message>
        <source>Change alert channel %1</source>
        <translation>Alarmkanal %1 ändern</translation>
    </message>
    <message>
        <source>A channel keeps its type; delete it and add a new one to change it.</source>
        <translation>Ein Kanal behält seinen Typ; löschen Sie ihn und fügen Sie einen neuen hinzu, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>A channel keeps its name; delete it and add a new one to rename it.</source>
        <translation>Ein Kanal behält seinen Namen; löschen Sie ihn und fügen Sie einen neuen hinzu, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>e.g. ops-mail</source>
        <translation>z. B. ops-mail</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Receives the &amp;alerts (expiry warnings, failed jobs, discoveries)</source>
        <translation>Empfängt die &amp;Alarme (Ablaufwarnungen, fehlgeschlagene Aufträge, Funde)</translation>
    </message>
    <message>
        <source>Receives the &amp;digest</source>
        <translation>Empfängt die &amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>A disabled channel receives nothing until it is enabled again.</source>
        <translation>Ein deaktivierter Kanal empfängt nichts, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Send test delivers a test alert with the settings as they stand.</source>
        <translation>„Test senden“ stellt einen Testalarm mit den aktuellen Einstellungen zu.</translation>
    </message>
    <message>
        <source>The digest (an HTML summary of the inventory) goes to this address list on its schedule and on Send now.</source>
        <translation>Die Zusammenfassung (eine HTML-Übersicht des Inventars) geht nach ihrem Zeitplan und bei „Jetzt senden“ an diese Adressliste.</translation>
    </message>
    <message>
        <source>Only e-mail channels receive the digest.</source>
        <translation>Nur E-Mail-Kanäle empfangen die Zusammenfassung.</translation>
    </message>
    <message>
        <source>An alert channel named %1 exists already; choose another name.</source>
        <translation>Ein Alarmkanal namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Geben Sie dem Kanal einen Namen.</translation>
    </message>
    <message>
        <source>This version of CertDesk does not know the channel type %1.</source>
        <translation>Diese Version von CertDesk kennt den Kanaltyp %1 nicht.</translation>
    </message>
    <message>
        <source>Choose a type of channel first.</source>
        <translation>Wählen Sie zuerst einen Kanaltyp.</translation>
    </message>
    <message>
        <source>Delivers a test alert through this channel and shows the answer.</source>
        <translation>Stellt über diesen Kanal einen Testalarm zu und zeigt die Antwort an.</translation>
    </message>
    <message>
        <source>Sending a test alert through %1...</source>
        <translation>Testalarm wird über %1 gesendet...</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Delivers a test alert with the settings as they stand and the saved secrets you did not type again (%1), and shows the answer. Nothing is saved.</source>
        <translation>Stellt einen Testalarm mit den aktuellen Einstellungen und den gespeicherten Geheimnissen zu, die Sie nicht erneut eingegeben haben (%1), und zeigt die Antwort. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sending a test alert through %1 with the saved secrets you did not type again (%2)...</source>
        <translation>Testalarm über %1 wird mit den gespeicherten Geheimnissen gesendet, die Sie nicht erneut eingegeben haben (%2)...</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DashboardController</name>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Expiring within %1 days: %2</source>
        <translation>Läuft innerhalb von %1 Tagen ab: %2</translation>
    </message>
    <message>
        <source>Failed jobs in %1 days: %2</source>
        <translation>Fehlgeschlagene Aufträge in %1 Tagen: %2</translation>
    </message>
    <message>
        <source>Notifications wait until the warning windows are saved again on the Alerts page: %1</source>
        <translation>Benachrichtigungen warten, bis die Warnfenster auf der Seite „Alarme“ erneut gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Notifications wait until the warning windows can be read: %1</source>
        <translation>Benachrichtigungen warten, bis die Warnfenster gelesen werden können: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DashboardPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Double-click a certificate to open it in the inventory.</source>
        <translation>Doppelklicken Sie auf ein Zertifikat, um es im Inventar zu öffnen.</translation>
    </message>
    <message>
        <source>Click a job to open it in the Jobs page.</source>
        <translation>Klicken Sie auf einen Auftrag, um ihn auf der Seite „Aufträge“ zu öffnen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Expiring per week, next 26 weeks</source>
        <translation>Ablauf pro Woche, nächste 26 Wochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next to expire</source>
        <translation>Als Nächstes ablaufend</translation>
    </message>
    <message>
        <source>Recent job results</source>
        <translation>Letzte Auftragsergebnisse</translation>
    </message>
    <message>
        <source>Expiring in the week of %1</source>
        <translation>Ablauf in der Woche vom %1</translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Verwaltete Zertifikate</translation>
    </message>
    <message>
        <source>Every certificate in the inventory.</source>
        <translation>Alle Zertifikate im Inventar.</translation>
    </message>
    <message>
        <source>Expire within 30 days</source>
        <translation>Ablauf innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Certificates not revoked that expire within 30 days.</source>
        <translation>Nicht widerrufene Zertifikate, die innerhalb von 30 Tagen ablaufen.</translation>
    </message>
    <message>
        <source>Expire within 14 days</source>
        <translation>Ablauf innerhalb von 14 Tagen</translation>
    </message>
    <message>
        <source>Certificates not revoked that expire within 14 days.</source>
        <translation>Nicht widerrufene Zertifikate, die innerhalb von 14 Tagen ablaufen.</translation>
    </message>
    <message>
        <source>Expire within 7 days</source>
        <translation>Ablauf innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Certificates not revoked that expire within 7 days.</source>
        <translation>Nicht widerrufene Zertifikate, die innerhalb von 7 Tagen ablaufen.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Certificates not revoked that have expired.</source>
        <translation>Nicht widerrufene Zertifikate, die abgelaufen sind.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Certificates marked as revoked.</source>
        <translation>Als widerrufen markierte Zertifikate.</translation>
    </message>
    <message>
        <source>Discovered, awaiting triage</source>
        <translation>Gefunden, wartet auf Sichtung</translation>
    </message>
    <message>
        <source>Certificates found on disk or on the network that nobody has claimed or dismissed yet.</source>
        <translation>Auf Datenträgern oder im Netzwerk gefundene Zertifikate, die noch niemand übernommen oder verworfen hat.</translation>
    </message>
    <message>
        <source>Failed jobs, last 7 days</source>
        <translation>Fehlgeschlagene Aufträge, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Jobs (issuance, renewal, deployment) that failed for good in the last 7 days.</source>
        <translation>Aufträge (Ausstellung, Erneuerung, Bereitstellung), die in den letzten 7 Tagen endgültig fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>The inventory is empty: import certificates or scan for them.</source>
        <translation>Das Inventar ist leer: Importieren Sie Zertifikate oder suchen Sie danach.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Erfordert Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Alle Zertifikate</translation>
    </message>
    <message>
        <source>Nothing needs attention: no certificate has expired or expires within %1 days, and no job failed.</source>
        <translation>Nichts erfordert Aufmerksamkeit: Kein Zertifikat ist abgelaufen oder läuft innerhalb von %1 Tagen ab, und kein Auftrag ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Ablauf innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
Ausgestellt von %2</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeployDialog</name>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <source>Loading the deployment targets...</source>
        <translation>Bereitstellungsziele werden geladen...</translation>
    </message>
    <message>
        <source>Deploy now to</source>
        <translation>Jetzt bereitstellen auf</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Each deployment runs as a job: its progress shows on the Jobs page and its result in the certificate&apos;s Deployments tab.</source>
        <translation>Jede Bereitstellung läuft als Auftrag: Ihr Fortschritt erscheint auf der Seite „Aufträge“ und ihr Ergebnis in der Registerkarte „Bereitstellungen“ des Zertifikats.</translation>
    </message>
    <message>
        <source>There are no deployment targets yet. Add one on the Targets page (Ctrl+9).</source>
        <translation>Es gibt noch keine Bereitstellungsziele. Fügen Sie auf der Seite „Ziele“ eines hinzu (Strg+9).</translation>
    </message>
    <message>
        <source>Check the targets to deploy the certificate&apos;s current version to now, and the ones that get each renewal automatically.</source>
        <translation>Markieren Sie die Ziele, auf denen die aktuelle Version des Zertifikats jetzt bereitgestellt werden soll, sowie die, die jede Erneuerung automatisch erhalten.</translation>
    </message>
    <message>
        <source>This target is disabled; enable it on the Targets page to deploy.</source>
        <translation>Dieses Ziel ist deaktiviert; aktivieren Sie es auf der Seite „Ziele“, um darauf bereitzustellen.</translation>
    </message>
    <message>
        <source>After each renewal of this certificate, deploy it to %1</source>
        <translation>Nach jeder Erneuerung dieses Zertifikats auf %1 bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deploy to %n target(s)</source>
        <translation>
            <numerusform>Auf %n Ziel &amp;bereitstellen</numerusform>
            <numerusform>Auf %n Zielen &amp;bereitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save automatic deployments</source>
        <translation>Automatische Bereitstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>After each renewal</source>
        <translation>Nach jeder Erneuerung</translation>
    </message>
    <message>
        <source>This certificate there</source>
        <translation>Dieses Zertifikat dort</translation>
    </message>
    <message>
        <source>Deploy the certificate automatically after each renewal</source>
        <translation>Das Zertifikat nach jeder Erneuerung automatisch bereitstellen</translation>
    </message>
    <message>
        <source>How the last deployment of this certificate to the target went</source>
        <translation>Wie die letzte Bereitstellung dieses Zertifikats auf dem Ziel verlaufen ist</translation>
    </message>
    <message>
        <source>never deployed</source>
        <translation>nie bereitgestellt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeploymentHistoryView</name>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Cop&amp;y output</source>
        <translation>Ausgabe &amp;kopieren</translation>
    </message>
    <message>
        <source>Select a deployment to see what the connector did and printed.</source>
        <translation>Wählen Sie eine Bereitstellung aus, um zu sehen, was der Connector getan und ausgegeben hat.</translation>
    </message>
    <message>
        <source>Copy the selected deployment&apos;s output to the clipboard</source>
        <translation>Die Ausgabe der ausgewählten Bereitstellung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Re-deploy</source>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deploy the certificate&apos;s current version to %1 again (nothing is re-issued)</source>
        <translation>Die aktuelle Version des Zertifikats erneut auf %1 bereitstellen (nichts wird neu ausgestellt)</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DigestPreview</name>
    <message>
        <source>The digest&apos;s preview appears here.</source>
        <translation>Die Vorschau der Zusammenfassung erscheint hier.</translation>
    </message>
    <message>
        <source>Composing the digest...</source>
        <translation>Zusammenfassung wird erstellt...</translation>
    </message>
    <message>
        <source>Preview as composed at %1; the digest that is sent is composed when it is sent.</source>
        <translation>Vorschau, erstellt um %1; die versendete Zusammenfassung wird beim Versand erstellt.</translation>
    </message>
    <message>
        <source>The digest could not be composed.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DiscoveryController</name>
    <message>
        <source>Loading the discovered certificates failed</source>
        <translation>Laden der gefundenen Zertifikate fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the discovered certificate failed</source>
        <translation>Laden des gefundenen Zertifikats fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 folders, %2 files, %3 certificates</source>
        <translation>%1 Ordner, %2 Dateien, %3 Zertifikate</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>Scan fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scanning for certificates</source>
        <translation>Zertifikate werden gesucht</translation>
    </message>
    <message>
        <source>Claiming failed</source>
        <translation>Übernehmen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Claimed %n certificate(s) into the inventory</source>
        <translation>
            <numerusform>%n Zertifikat ins Inventar übernommen</numerusform>
            <numerusform>%n Zertifikate ins Inventar übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n certificate(s) to a managed certificate</source>
        <translation>
            <numerusform>%n Zertifikat mit einem verwalteten Zertifikat verknüpft</numerusform>
            <numerusform>%n Zertifikate mit einem verwalteten Zertifikat verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismissing failed</source>
        <translation>Verwerfen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat verworfen</numerusform>
            <numerusform>%n Zertifikate verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n certificate(s) to New</source>
        <translation>
            <numerusform>%n Zertifikat wiederhergestellt (Status „Neu“)</numerusform>
            <numerusform>%n Zertifikate wiederhergestellt (Status „Neu“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängigmachen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Loading the scan history failed</source>
        <translation>Laden des Scanverlaufs fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::EditMetadataDialog</name>
    <message>
        <source>Edit certificate details</source>
        <translation>Zertifikatsdetails bearbeiten</translation>
    </message>
    <message>
        <source>Team or person responsible</source>
        <translation>Zuständiges Team oder zuständige Person</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. production, web</source>
        <translation>Durch Kommas getrennt, z. B. produktion, web</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ErrorPanel</name>
    <message>
        <source>Deta&amp;ils</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExpiryTimelineChart</name>
    <message>
        <source>Within 7 days</source>
        <translation>Innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation>Innerhalb von 14 Tagen</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Week of %1&lt;/b&gt;&lt;br&gt;%n certificate(s) expire</source>
        <translation>
            <numerusform>&lt;b&gt;Woche vom %1&lt;/b&gt;&lt;br&gt;%n Zertifikat läuft ab</numerusform>
            <numerusform>&lt;b&gt;Woche vom %1&lt;/b&gt;&lt;br&gt;%n Zertifikate laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the inventory.</source>
        <translation>Klicken Sie, um sie im Inventar anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExportDialog</name>
    <message>
        <source>Include the &amp;chain</source>
        <translation>Zertifikats&amp;kette einschließen</translation>
    </message>
    <message>
        <source>Include the private &amp;key</source>
        <translation>Privaten &amp;Schlüssel einschließen</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (Text)</translation>
    </message>
    <message>
        <source>DER (binary, certificate only)</source>
        <translation>DER (binär, nur das Zertifikat)</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, with the key when held)</source>
        <translation>PKCS#12 (.p12, mit Schlüssel, falls vorhanden)</translation>
    </message>
    <message>
        <source>The key is written encrypted under the PKCS#12 password.</source>
        <translation>Der Schlüssel wird mit dem PKCS#12-Passwort verschlüsselt geschrieben.</translation>
    </message>
    <message>
        <source>CertDesk holds no private key for this certificate.</source>
        <translation>CertDesk verwaltet keinen privaten Schlüssel für dieses Zertifikat.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The file is a folder; add a file name.</source>
        <translation>Die Angabe ist ein Ordner; ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>A PKCS#12 with a private key needs a password.</source>
        <translation>Eine PKCS#12-Datei mit privatem Schlüssel benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::FieldSpecForm</name>
    <message>
        <source>set; leave empty to keep it</source>
        <translation>gesetzt; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Füllen Sie %1 aus.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::InventoryController</name>
    <message>
        <source>Loading the inventory failed</source>
        <translation>Laden des Inventars fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird importiert</numerusform>
            <numerusform>%n Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the certificate failed</source>
        <translation>Laden des Zertifikats fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving the changes failed</source>
        <translation>Speichern der Änderungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the audit log failed</source>
        <translation>Laden des Audit-Protokolls fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::InventoryPage</name>
    <message>
        <source>Search names, SANs, issuer, owner, tags, serial, fingerprint (Ctrl+F)</source>
        <translation>Namen, SANs, Aussteller, Verantwortliche, Tags, Seriennummer, Fingerabdruck durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>PEM ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>E&amp;dit details...</source>
        <translation>Details &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint of the selected certificates</source>
        <translation>SHA-256-Fingerabdruck der ausgewählten Zertifikate kopieren</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate(s)</source>
        <translation>
            <numerusform>%1 von %n Zertifikat</numerusform>
            <numerusform>%1 von %n Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a PEM certificate (-----BEGIN CERTIFICATE-----) and paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie ein PEM-Zertifikat (-----BEGIN CERTIFICATE-----) und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat importiert</numerusform>
            <numerusform>%n Zertifikate importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the inventory</source>
        <translation>
            <numerusform>; %n bereits im Inventar</numerusform>
            <numerusform>; %n bereits im Inventar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed</source>
        <translation>
            <numerusform>; %n Datei fehlgeschlagen</numerusform>
            <numerusform>; %n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing of them was added.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; nichts daraus wurde hinzugefügt.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; nichts daraus wurde hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again:</source>
        <translation>Das Passwort für %1 ist falsch. Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the certificate and its key:</source>
        <translation>%1 ist durch ein Passwort geschützt. Geben Sie es ein, um das Zertifikat und seinen Schlüssel zu importieren:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n SHA-256 fingerprint(s)</source>
        <translation>
            <numerusform>%n SHA-256-Fingerabdruck kopiert</numerusform>
            <numerusform>%n SHA-256-Fingerabdrücke kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the inventory? Its versions and the private key CertDesk holds for it are deleted too. This cannot be undone.</source>
        <translation>„%1“ aus dem Inventar löschen? Seine Versionen und der private Schlüssel, den CertDesk dafür verwaltet, werden ebenfalls gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n certificates from the inventory? Their versions and the private keys CertDesk holds for them are deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>%n Zertifikat aus dem Inventar löschen? Seine Versionen und der private Schlüssel, den CertDesk dafür verwaltet, werden ebenfalls gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Zertifikate aus dem Inventar löschen? Ihre Versionen und die privaten Schlüssel, die CertDesk dafür verwaltet, werden ebenfalls gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete certificates</source>
        <translation>Zertifikate löschen</translation>
    </message>
    <message>
        <source>&amp;New certificate...</source>
        <translation>&amp;Neues Zertifikat...</translation>
    </message>
    <message>
        <source>Re&amp;new...</source>
        <translation>&amp;Erneuern...</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>&amp;Widerrufen...</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Renew &quot;%1&quot; now? A new version is issued by the same CA with a new key; the current version stays in the history.</source>
        <translation>„%1“ jetzt erneuern? Dieselbe CA stellt eine neue Version mit neuem Schlüssel aus; die aktuelle Version bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The inventory is empty&lt;/h3&gt;&lt;p&gt;Import certificate files with &lt;b&gt;Import&lt;/b&gt; (Ctrl+I), drop them on this window, or paste PEM text with Ctrl+Shift+V.&lt;/p&gt;&lt;p&gt;PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.p12/.pfx) files are read.&lt;/p&gt;&lt;p&gt;Or let CertDesk find the certificates already on this computer (in /etc/ssl, /etc/pki, the web server folders and your home folder) and pick the ones to manage.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Inventar ist leer&lt;/h3&gt;&lt;p&gt;Importieren Sie Zertifikatsdateien mit &lt;b&gt;Importieren&lt;/b&gt; (Strg+I), legen Sie sie auf diesem Fenster ab oder fügen Sie PEM-Text mit Strg+Umschalt+V ein.&lt;/p&gt;&lt;p&gt;Gelesen werden PEM-, DER-, PKCS#7- (.p7b) und PKCS#12-Dateien (.p12/.pfx).&lt;/p&gt;&lt;p&gt;Oder lassen Sie CertDesk die Zertifikate finden, die bereits auf diesem Computer liegen (in /etc/ssl, /etc/pki, den Ordnern des Webservers und Ihrem Home-Ordner), und wählen Sie diejenigen aus, die verwaltet werden sollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Scan this computer for certificates</source>
        <translation>Diesen &amp;Computer nach Zertifikaten durchsuchen</translation>
    </message>
    <message>
        <source>Show every certificate again</source>
        <translation>Wieder alle Zertifikate anzeigen</translation>
    </message>
    <message>
        <source>De&amp;ploy...</source>
        <translation>Be&amp;reitstellen...</translation>
    </message>
    <message>
        <source>Deploy the selected certificate to servers, now or after each renewal</source>
        <translation>Das ausgewählte Zertifikat auf Servern bereitstellen, jetzt oder nach jeder Erneuerung</translation>
    </message>
    <message>
        <source>Deplo&amp;yments</source>
        <translation>Bereitstell&amp;ungen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::IssuersPage</name>
    <message>
        <source>Publish &amp;CRL...</source>
        <translation>&amp;CRL veröffentlichen...</translation>
    </message>
    <message>
        <source>Export CA &amp;certificate...</source>
        <translation>CA-&amp;Zertifikat exportieren...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>CRL number</source>
        <translation>CRL-Nummer</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>&amp;New local CA...</source>
        <translation>&amp;Neue lokale CA...</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>CRL veröffentlichen</translation>
    </message>
    <message>
        <source>CRL, DER (*.crl);;CRL, PEM (*.pem)</source>
        <translation>CRL, DER (*.crl);;CRL, PEM (*.pem)</translation>
    </message>
    <message>
        <source>Export CA certificate</source>
        <translation>CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>sub-CA</source>
        <translation>Sub-CA</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Local CA</source>
        <translation>Lokale CA</translation>
    </message>
    <message>
        <source>Answer &amp;OCSP request...</source>
        <translation>&amp;OCSP-Anfrage beantworten...</translation>
    </message>
    <message>
        <source>Read a DER OCSP request (as `openssl ocsp -reqout` writes it) and write the CA&apos;s signed response</source>
        <translation>Eine OCSP-Anfrage im DER-Format lesen (wie `openssl ocsp -reqout` sie schreibt) und die signierte Antwort der CA schreiben</translation>
    </message>
    <message>
        <source>OCSP request</source>
        <translation>OCSP-Anfrage</translation>
    </message>
    <message>
        <source>OCSP requests (*.der *.req);;All files (*)</source>
        <translation>OCSP-Anfragen (*.der *.req);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OCSP response</source>
        <translation>OCSP-Antwort</translation>
    </message>
    <message>
        <source>OCSP responses (*.der)</source>
        <translation>OCSP-Antworten (*.der)</translation>
    </message>
    <message>
        <source>New &amp;ACME CA...</source>
        <translation>Neue AC&amp;ME-CA...</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt, ZeroSSL, Google Trust Services, Buypass, SSL.com or any RFC 8555 CA</source>
        <translation>Let&apos;s Encrypt, ZeroSSL, Google Trust Services, Buypass, SSL.com oder jede CA nach RFC 8555</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::JobsPage</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry job</source>
        <translation>Auftrag &amp;wiederholen</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Wählen Sie einen Auftrag aus, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::LifecycleController</name>
    <message>
        <source>Loading the issuers failed</source>
        <translation>Laden der Aussteller fehlgeschlagen</translation>
    </message>
    <message>
        <source>Local CA %1 set up</source>
        <translation>Lokale CA %1 eingerichtet</translation>
    </message>
    <message>
        <source>Queueing the certificate failed</source>
        <translation>Einreihen des Zertifikatsauftrags fehlgeschlagen</translation>
    </message>
    <message>
        <source>Issuing %1</source>
        <translation>%1 wird ausgestellt</translation>
    </message>
    <message>
        <source>Queueing the renewal failed</source>
        <translation>Einreihen der Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Renewing certificate %1</source>
        <translation>Zertifikat %1 wird erneuert</translation>
    </message>
    <message>
        <source>Revoking failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate %1 revoked</source>
        <translation>Zertifikat %1 widerrufen</translation>
    </message>
    <message>
        <source>Publishing the CRL failed</source>
        <translation>Veröffentlichen der CRL fehlgeschlagen</translation>
    </message>
    <message>
        <source>CRL written to %1</source>
        <translation>CRL nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Exporting the CA certificate failed</source>
        <translation>Export des CA-Zertifikats fehlgeschlagen</translation>
    </message>
    <message>
        <source>CA certificate written to %1</source>
        <translation>CA-Zertifikat nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cancelling the job failed</source>
        <translation>Abbrechen des Auftrags fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying the job failed</source>
        <translation>Wiederholen des Auftrags fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking for due renewals failed</source>
        <translation>Prüfung auf fällige Erneuerungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Answering the OCSP request failed</source>
        <translation>Beantworten der OCSP-Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>OCSP response written to %1</source>
        <translation>OCSP-Antwort nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::LocalCaWizard</name>
    <message>
        <source>New local CA</source>
        <translation>Neue lokale CA</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Opening the inventory...</source>
        <translation>Inventar wird geöffnet...</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL such as postgresql://user@host:5432/certdesk.</source>
        <translation>Geben Sie eine PostgreSQL-URL ein, etwa postgresql://benutzer@host:5432/certdesk.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>Über &amp;CertDesk</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>Über CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the administrators who look after an organisation&apos;s X.509 certificates.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Administratoren, die die X.509-Zertifikate einer Organisation betreuen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL v3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation>Kein Inventar geöffnet</translation>
    </message>
    <message>
        <source>Opening the inventory failed</source>
        <translation>Öffnen des Inventars fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inventory database: %1</source>
        <translation>Inventardatenbank: %1</translation>
    </message>
    <message>
        <source>CertDesk - %1</source>
        <translation>CertDesk - %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Scan targets</source>
        <translation>Scanziele</translation>
    </message>
    <message>
        <source>SCEP servers</source>
        <translation>SCEP-Server</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ModePageWidget</name>
    <message>
        <source>Local certificate authority</source>
        <translation>Lokale Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>CertDesk signs certificates itself, publishes a CRL and answers OCSP requests.</source>
        <translation>CertDesk signiert Zertifikate selbst, veröffentlicht eine CRL und beantwortet OCSP-Anfragen.</translation>
    </message>
    <message>
        <source>e.g. Lab CA</source>
        <translation>z. B. Labor-CA</translation>
    </message>
    <message>
        <source>&amp;Self-signed: CertDesk makes a new CA key and certificate</source>
        <translation>&amp;Selbstsigniert: CertDesk erzeugt einen neuen CA-Schlüssel und ein CA-Zertifikat</translation>
    </message>
    <message>
        <source>Sub-&amp;CA: use a CA certificate and key issued by your root</source>
        <translation>Sub-&amp;CA: ein von Ihrer Root-CA ausgestelltes CA-Zertifikat samt Schlüssel verwenden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::NetworkScanController</name>
    <message>
        <source>Loading the scan targets failed</source>
        <translation>Laden der Scanziele fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving the scan target failed</source>
        <translation>Speichern des Scanziels fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting the scan target failed</source>
        <translation>Löschen des Scanziels fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints, %3 open, %4 TLS</source>
        <translation>%1 von %2 Endpunkten, %3 offen, %4 TLS</translation>
    </message>
    <message>
        <source>The scan of %1 failed</source>
        <translation>Scan von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird gescannt</translation>
    </message>
    <message>
        <source>A scheduled network scan failed</source>
        <translation>Ein geplanter Netzwerkscan ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::NewCertificateDialog</name>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Issuer default</source>
        <translation>Standard des Ausstellers</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>e.g. www.example.org</source>
        <translation>z. B. www.example.org</translation>
    </message>
    <message>
        <source>One per line: www.example.org, 192.0.2.10, admin@example.org, https://...</source>
        <translation>Einer pro Zeile: www.example.org, 192.0.2.10, admin@example.org, https://...</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>&amp;Common name:</source>
        <translation>Allgemeiner &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Alternative names:</source>
        <translation>Alternative Na&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>There is no issuer yet: set up a local CA on the Issuers page first.</source>
        <translation>Es gibt noch keinen Aussteller: Richten Sie zuerst auf der Seite „Aussteller“ eine lokale CA ein.</translation>
    </message>
    <message>
        <source>Enter a common name.</source>
        <translation>Geben Sie einen allgemeinen Namen ein.</translation>
    </message>
    <message>
        <source>The common name may have at most 64 characters; put long names in the alternative names.</source>
        <translation>Der allgemeine Name darf höchstens 64 Zeichen lang sein; tragen Sie lange Namen als alternative Namen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid alternative name: it contains a space.</source>
        <translation>„%1“ ist kein gültiger alternativer Name: Er enthält ein Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::PickCertificateDialog</name>
    <message>
        <source>Link to a managed certificate</source>
        <translation>Mit einem verwalteten Zertifikat verknüpfen</translation>
    </message>
    <message>
        <source>Search by name, issuer, serial or fingerprint</source>
        <translation>Nach Name, Aussteller, Seriennummer oder Fingerabdruck suchen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Pick the managed certificate this discovered certificate belongs to:</source>
        <translation>Wählen Sie das verwaltete Zertifikat, zu dem dieses gefundene Zertifikat gehört:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::PublishingPageWidget</name>
    <message>
        <source>Revocation and validity</source>
        <translation>Widerruf und Gültigkeit</translation>
    </message>
    <message>
        <source>Where clients find the CRL and the OCSP responder; written into every certificate.</source>
        <translation>Wo Clients die CRL und den OCSP-Responder finden; wird in jedes Zertifikat eingetragen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;CRL URL:</source>
        <translation>&amp;CRL-URL:</translation>
    </message>
    <message>
        <source>&amp;OCSP URL:</source>
        <translation>&amp;OCSP-URL:</translation>
    </message>
    <message>
        <source>&amp;Default validity:</source>
        <translation>&amp;Standardgültigkeit:</translation>
    </message>
    <message>
        <source>URLs must be http:// or https:// addresses with a host.</source>
        <translation>URLs müssen http://- oder https://-Adressen mit Hostnamen sein.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScanHistoryDialog</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>Startpunkte</translation>
    </message>
    <message>
        <source>Files or endpoints</source>
        <translation>Dateien oder Endpunkte</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gefunden</translation>
    </message>
    <message>
        <source>Discovery scan history</source>
        <translation>Verlauf der Erkennungsscans</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>%1 ms, cancelled</source>
        <translation>%1 ms, abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Import with password...</source>
        <translation>Mit Passwort &amp;importieren...</translation>
    </message>
    <message>
        <source>Files that hold certificates behind a password (PKCS#12):</source>
        <translation>Dateien, deren Zertifikate durch ein Passwort geschützt sind (PKCS#12):</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScanTargetDialog</name>
    <message>
        <source>Scan on its interval while CertDesk runs</source>
        <translation>Im eingestellten Intervall scannen, solange CertDesk läuft</translation>
    </message>
    <message>
        <source>Change scan target</source>
        <translation>Scanziel ändern</translation>
    </message>
    <message>
        <source>New scan target</source>
        <translation>Neues Scanziel</translation>
    </message>
    <message>
        <source>10.1.0.0/24
192.0.2.10
mail.example.org</source>
        <translation>10.1.0.0/24
192.0.2.10
mail.example.org</translation>
    </message>
    <message>
        <source>25:smtp 143:imap 110:pop3 389:ldap 5432:postgres</source>
        <translation>25:smtp 143:imap 110:pop3 389:ldap 5432:postgres</translation>
    </message>
    <message>
        <source>names to try on IP addresses</source>
        <translation>bei IP-Adressen zu versuchende Namen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Hosts and ranges:</source>
        <translation>&amp;Hosts und Bereiche:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS:</source>
        <translation>&amp;STARTTLS:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Gleichzeitige Abfragen:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>SNI na&amp;mes:</source>
        <translation>SNI-Na&amp;men:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScanTargetsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Hosts and ranges</source>
        <translation>Hosts und Bereiche</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;New target...</source>
        <translation>&amp;Neues Ziel...</translation>
    </message>
    <message>
        <source>Add hosts and ranges to scan for TLS certificates</source>
        <translation>Hosts und Bereiche hinzufügen, die nach TLS-Zertifikaten gescannt werden</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dern...</translation>
    </message>
    <message>
        <source>Change the selected target</source>
        <translation>Das ausgewählte Ziel ändern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected target (its findings stay in Discovery)</source>
        <translation>Das ausgewählte Ziel löschen (seine Funde bleiben in der Erkennung)</translation>
    </message>
    <message>
        <source>Delete scan target</source>
        <translation>Scanziel löschen</translation>
    </message>
    <message>
        <source>Delete the scan target &quot;%1&quot;? What it found stays in Discovery.</source>
        <translation>Das Scanziel „%1“ löschen? Was es gefunden hat, bleibt in der Erkennung.</translation>
    </message>
    <message>
        <source>&amp;Enable/disable</source>
        <translation>&amp;Aktivieren/Deaktivieren</translation>
    </message>
    <message>
        <source>Turn the scheduled scans of the selected target on or off</source>
        <translation>Die geplanten Scans des ausgewählten Ziels ein- oder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Scan now</source>
        <translation>Jetzt &amp;scannen</translation>
    </message>
    <message>
        <source>Scan the selected target now</source>
        <translation>Das ausgewählte Ziel jetzt scannen</translation>
    </message>
    <message>
        <source>Certificates the scans find are listed on the Discovery page for triage.</source>
        <translation>Zertifikate, die die Scans finden, werden zur Sichtung auf der Seite „Erkennung“ aufgeführt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScepPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sent as the message parameter, for servers that serve several CAs</source>
        <translation>Wird als Parameter „message“ gesendet, für Server, die mehrere CAs bedienen</translation>
    </message>
    <message>
        <source>Ask the server for its capabilities and CA certificates (never enrols)</source>
        <translation>Den Server nach seinen Fähigkeiten und CA-Zertifikaten fragen (beantragt nie ein Zertifikat)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Abgefragt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Double-click a probe to put its URL into the form</source>
        <translation>Doppelklicken Sie auf eine Abfrage, um ihre URL in das Formular zu übernehmen</translation>
    </message>
    <message>
        <source>A probe only asks the server for its capabilities (GetCACaps) and CA certificates (GetCACert); it never enrols.</source>
        <translation>Eine Abfrage fragt den Server nur nach seinen Fähigkeiten (GetCACaps) und CA-Zertifikaten (GetCACert); sie beantragt nie ein Zertifikat.</translation>
    </message>
    <message>
        <source>SCEP &amp;URL:</source>
        <translation>SCEP-&amp;URL:</translation>
    </message>
    <message>
        <source>CA &amp;identifier:</source>
        <translation>CA-&amp;Kennung:</translation>
    </message>
    <message>
        <source>Probe history:</source>
        <translation>Bisherige Abfragen:</translation>
    </message>
    <message>
        <source>Asking %1 for its capabilities and CA certificates...</source>
        <translation>%1 wird nach Fähigkeiten und CA-Zertifikaten gefragt...</translation>
    </message>
    <message numerus="yes">
        <source>Probed %1: %n CA certificate(s)</source>
        <translation>
            <numerusform>%1 abgefragt: %n CA-Zertifikat</numerusform>
            <numerusform>%1 abgefragt: %n CA-Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>The probe of %1 was cancelled.</source>
        <translation>Die Abfrage von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
    <message>
        <source>The probe of %1 failed: %2</source>
        <translation>Die Abfrage von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No result: the probe failed.</source>
        <translation>Kein Ergebnis: Die Abfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The probe of %1 on %2 failed: %3</source>
        <translation>Die Abfrage von %1 am %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Verify the server&apos;s &amp;TLS certificate (https)</source>
        <translation>&amp;TLS-Zertifikat des Servers prüfen (https)</translation>
    </message>
    <message>
        <source>P&amp;robe</source>
        <translation>Ab&amp;fragen</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Nicht länger auf den Server warten (Esc)</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScepProbeController</name>
    <message>
        <source>Loading the SCEP probe history failed</source>
        <translation>Die bisherigen SCEP-Abfragen konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScepResultView</name>
    <message>
        <source>The CA accepts requests encrypted with AES.</source>
        <translation>Die CA nimmt mit AES verschlüsselte Anträge an.</translation>
    </message>
    <message>
        <source>The CA accepts requests encrypted with triple DES (weak).</source>
        <translation>Die CA nimmt mit Triple-DES verschlüsselte Anträge an (schwach).</translation>
    </message>
    <message>
        <source>The CA hands out its next certificate ahead of a rollover.</source>
        <translation>Die CA gibt ihr nächstes Zertifikat schon vor einem Wechsel heraus.</translation>
    </message>
    <message>
        <source>Requests can be sent with HTTP POST.</source>
        <translation>Anträge können per HTTP POST gesendet werden.</translation>
    </message>
    <message>
        <source>Clients can renew a certificate with a renewal request.</source>
        <translation>Clients können ein Zertifikat mit einem Erneuerungsantrag erneuern.</translation>
    </message>
    <message>
        <source>The CA accepts SHA-1 signatures (weak).</source>
        <translation>Die CA nimmt SHA-1-Signaturen an (schwach).</translation>
    </message>
    <message>
        <source>The CA accepts SHA-256 signatures.</source>
        <translation>Die CA nimmt SHA-256-Signaturen an.</translation>
    </message>
    <message>
        <source>The CA accepts SHA-512 signatures.</source>
        <translation>Die CA nimmt SHA-512-Signaturen an.</translation>
    </message>
    <message>
        <source>The server implements everything RFC 8894 requires (AES, SHA-256, POST).</source>
        <translation>Der Server setzt alles um, was RFC 8894 verlangt (AES, SHA-256, POST).</translation>
    </message>
    <message>
        <source>Clients can update a certificate (an older form of renewal).</source>
        <translation>Clients können ein Zertifikat aktualisieren (eine ältere Form der Erneuerung).</translation>
    </message>
    <message>
        <source>A capability RFC 8894 does not define.</source>
        <translation>Eine Fähigkeit, die RFC 8894 nicht definiert.</translation>
    </message>
    <message>
        <source>Certificates the server sent:</source>
        <translation>Vom Server gesendete Zertifikate:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Chain length</source>
        <translation>Kettenlänge</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint of the selected certificate</source>
        <translation>Den SHA-256-Fingerabdruck des ausgewählten Zertifikats kopieren</translation>
    </message>
    <message>
        <source>Copy the selected certificate in PEM form</source>
        <translation>Das ausgewählte Zertifikat im PEM-Format kopieren</translation>
    </message>
    <message>
        <source>Probe a SCEP server to see what it offers.</source>
        <translation>Fragen Sie einen SCEP-Server ab, um zu sehen, was er anbietet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n CA and RA certificate(s) on %2.</source>
        <translation>
            <numerusform>%1 hat am %2 gesendet: %n CA- und RA-Zertifikat.</numerusform>
            <numerusform>%1 hat am %2 gesendet: %n CA- und RA-Zertifikate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n CA certificate(s) on %2.</source>
        <translation>
            <numerusform>%1 hat am %2 gesendet: %n CA-Zertifikat.</numerusform>
            <numerusform>%1 hat am %2 gesendet: %n CA-Zertifikate.</numerusform>
        </translation>
    </message>
    <message>
        <source>its answer to GetCACaps was empty</source>
        <translation>seine Antwort auf GetCACaps war leer</translation>
    </message>
    <message>
        <source>(unreadable certificate)</source>
        <translation>(unlesbares Zertifikat)</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>This certificate and the issuers of it the server sent</source>
        <translation>Dieses Zertifikat und seine Aussteller, die der Server gesendet hat</translation>
    </message>
    <message>
        <source>Unknown: this probe was stored without the certificates</source>
        <translation>Unbekannt: Diese Abfrage wurde ohne die Zertifikate gespeichert</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>This probe was stored without the certificates themselves; the table shows what is known of them.</source>
        <translation>Diese Abfrage wurde ohne die Zertifikate selbst gespeichert; die Tabelle zeigt, was über sie bekannt ist.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>RA (registration authority)</source>
        <translation>RA (Registrierungsstelle)</translation>
    </message>
    <message>
        <source>Not a CA</source>
        <translation>Keine CA</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>SCEP server</source>
        <translation>SCEP-Server</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source>none advertised: %1</source>
        <translation>keine angegeben: %1</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256 fingerprint</source>
        <translation>&amp;SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy PE&amp;M</source>
        <translation>PE&amp;M kopieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SelfSignedPageWidget</name>
    <message>
        <source>The new CA</source>
        <translation>Die neue CA</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>CA &amp;common name:</source>
        <translation>&amp;Allgemeiner Name der CA:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source> Root CA</source>
        <translation> Root CA</translation>
    </message>
    <message>
        <source>Enter the CA&apos;s common name.</source>
        <translation>Geben Sie den allgemeinen Namen der CA ein.</translation>
    </message>
    <message>
        <source>The common name may have at most 64 characters.</source>
        <translation>Der allgemeine Name darf höchstens 64 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SettingsPage</name>
    <message>
        <source>Embedded &amp;SQLite file (this computer)</source>
        <translation>&amp;Eingebettete SQLite-Datei (dieser Computer)</translation>
    </message>
    <message>
        <source>Shared &amp;PostgreSQL server (team mode)</source>
        <translation>Gemeinsamer &amp;PostgreSQL-Server (Teambetrieb)</translation>
    </message>
    <message>
        <source>&amp;Open this database</source>
        <translation>Diese Datenbank ö&amp;ffnen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>The language changes the next time CertDesk starts.</source>
        <translation>Die Sprache wird beim nächsten Start von CertDesk gewechselt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation>Inventardatenbank</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>The password is not stored: put it in ~/.pgpass or the PGPASSWORD variable. Every console that opens the same server shares one inventory.</source>
        <translation>Das Passwort wird nicht gespeichert: Hinterlegen Sie es in ~/.pgpass oder in der Variablen PGPASSWORD. Alle Konsolen, die denselben Server öffnen, teilen sich ein Inventar.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Private keys and credentials are stored encrypted (AES-256-GCM) under one data key. On servers without a keychain, set CERTDESK_MASTER_KEY_FILE to a file holding a master passphrase.</source>
        <translation>Private Schlüssel und Zugangsdaten werden mit einem Datenschlüssel verschlüsselt gespeichert (AES-256-GCM). Auf Servern ohne Schlüsselbund setzen Sie CERTDESK_MASTER_KEY_FILE auf eine Datei mit einer Master-Passphrase.</translation>
    </message>
    <message>
        <source>Data key:</source>
        <translation>Datenschlüssel:</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Inventardatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Minimise to tray: closing the window keeps CertDesk running</source>
        <translation>In den Infobereich &amp;minimieren: Beim Schließen des Fensters läuft CertDesk weiter</translation>
    </message>
    <message>
        <source>Jobs, renewals and notifications go on while the window is hidden; the tray icon shows it again.</source>
        <translation>Aufträge, Erneuerungen und Benachrichtigungen laufen weiter, während das Fenster ausgeblendet ist; das Symbol im Infobereich zeigt es wieder an.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so CertDesk cannot keep running in one.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher kann CertDesk nicht dort weiterlaufen.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alert &amp;channels, rules and digest...</source>
        <translation>Alarm&amp;kanäle, Regeln und Zusammenfassung...</translation>
    </message>
    <message>
        <source>Certificates expiring within this many days are shown as Expiring in the inventory, on the dashboard and in the tray&apos;s count. The warning windows for alerts and tray notifications belong to the inventory and are set on the Alerts page.</source>
        <translation>Zertifikate, die innerhalb dieser Anzahl von Tagen ablaufen, werden im Inventar, im Dashboard und in der Zählung im Infobereich als „Läuft ab“ angezeigt. Die Warnfenster für Alarme und Benachrichtigungen im Infobereich gehören zum Inventar und werden auf der Seite „Alarme“ festgelegt.</translation>
    </message>
    <message>
        <source>Show as &amp;expiring within:</source>
        <translation>Als &amp;ablaufend anzeigen innerhalb von:</translation>
    </message>
    <message>
        <source>E-mail, webhook, Slack, Teams, PagerDuty and OpsGenie channels with Send test, the warning windows (of alerts and tray notifications), and the digest are on the Alerts page (Ctrl+Shift+A).</source>
        <translation>E-Mail-, Webhook-, Slack-, Teams-, PagerDuty- und OpsGenie-Kanäle mit „Test senden“, die Warnfenster (für Alarme und Benachrichtigungen im Infobereich) und die Zusammenfassung befinden sich auf der Seite „Alarme“ (Strg+Umschalt+A).</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SubCaPageWidget</name>
    <message>
        <source>Your CA certificate and key</source>
        <translation>Ihr CA-Zertifikat und -Schlüssel</translation>
    </message>
    <message>
        <source>The certificate must be a CA allowed to sign certificates, and the key must be its key.</source>
        <translation>Das Zertifikat muss zu einer CA gehören, die Zertifikate signieren darf, und der Schlüssel muss ihr Schlüssel sein.</translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation>Nur bei verschlüsseltem Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Import the key into the inventory (encrypted) instead of reading the file</source>
        <translation>Schlüssel verschlüsselt ins Inventar &amp;importieren, statt die Datei zu lesen</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>CA &amp;key:</source>
        <translation>CA-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>CA key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>Wählen Sie die CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Choose the CA key file.</source>
        <translation>Wählen Sie die CA-Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetController</name>
    <message>
        <source>Loading the deployment targets failed</source>
        <translation>Laden der Bereitstellungsziele fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enabling %1 failed</source>
        <translation>Aktivieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disabling %1 failed</source>
        <translation>Deaktivieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Target %1 enabled</source>
        <translation>Ziel %1 aktiviert</translation>
    </message>
    <message>
        <source>Target %1 disabled</source>
        <translation>Ziel %1 deaktiviert</translation>
    </message>
    <message>
        <source>Deleting the target %1 failed</source>
        <translation>Löschen des Ziels %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Target %1 deleted</source>
        <translation>Ziel %1 gelöscht</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Changing the automatic deployments failed</source>
        <translation>Ändern der automatischen Bereitstellungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queueing the deployment failed</source>
        <translation>Einreihen der Bereitstellung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Deploying to %1 (%n job(s) queued)</source>
        <translation>
            <numerusform>Bereitstellung auf %1 (%n Auftrag eingereiht)</numerusform>
            <numerusform>Bereitstellung auf %1 (%n Aufträge eingereiht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetSetupController</name>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetValidationView</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The selected check&apos;s output</source>
        <translation>Die Ausgabe der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>The connector ran no checks.</source>
        <translation>Der Connector hat keine Prüfungen ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>Die %n Prüfung wurde bestanden.</numerusform>
            <numerusform>Alle %n Prüfungen wurden bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed. Select a check to see its output.</source>
        <translation>
            <numerusform>%1 von %n Prüfung fehlgeschlagen. Wählen Sie eine Prüfung aus, um ihre Ausgabe zu sehen.</numerusform>
            <numerusform>%1 von %n Prüfungen fehlgeschlagen. Wählen Sie eine Prüfung aus, um ihre Ausgabe zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was changed.</source>
        <translation>Der Test wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>Der Test konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetWizard</name>
    <message>
        <source>New deployment target</source>
        <translation>Neues Bereitstellungsziel</translation>
    </message>
    <message>
        <source>Change target %1</source>
        <translation>Ziel %1 ändern</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetWizardHostKeyPage</name>
    <message>
        <source>&amp;Trust this host key</source>
        <translation>Diesem Hostschlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>SSH host key</source>
        <translation>SSH-Hostschlüssel</translation>
    </message>
    <message>
        <source>Compare the server&apos;s key with the one its administrator sees (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.</source>
        <translation>Vergleichen Sie den Schlüssel des Servers mit dem, den sein Administrator sieht (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf dem Server), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>The host key is recorded in %1.</source>
        <translation>Der Hostschlüssel ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The host key could not be read.</source>
        <translation>Der Hostschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The host key could not be recorded.</source>
        <translation>Der Hostschlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Reading the host key of %1 port %2...</source>
        <translation>Hostschlüssel von %1 Port %2 wird gelesen...</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>This server&apos;s key is already trusted.</source>
        <translation>Dem Schlüssel dieses Servers wird bereits vertraut.</translation>
    </message>
    <message>
        <source>%1 holds this very key.</source>
        <translation>%1 enthält genau diesen Schlüssel.</translation>
    </message>
    <message>
        <source>CertDesk has not seen this server before.</source>
        <translation>CertDesk kennt diesen Server noch nicht.</translation>
    </message>
    <message>
        <source>Only when the fingerprint is the one the server&apos;s administrator sees, tick the box: the key is then added to %1 and every connection checks it.</source>
        <translation>Setzen Sie das Häkchen nur, wenn der Fingerabdruck mit dem übereinstimmt, den der Administrator des Servers sieht: Der Schlüssel wird dann zu %1 hinzugefügt und bei jeder Verbindung geprüft.</translation>
    </message>
    <message>
        <source>The server presents another key than the one recorded for it.</source>
        <translation>Der Server präsentiert einen anderen Schlüssel als den für ihn gespeicherten.</translation>
    </message>
    <message>
        <source>%1 holds a different key for %2: the server was reinstalled, or someone is in between. Ask its administrator; if the new key is right, remove the old entry with ssh-keygen -R and read the key again.</source>
        <translation>%1 enthält einen anderen Schlüssel für %2: Der Server wurde neu installiert, oder jemand hat sich dazwischengeschaltet. Fragen Sie seinen Administrator; wenn der neue Schlüssel korrekt ist, entfernen Sie den alten Eintrag mit ssh-keygen -R und lesen Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>Recording the host key...</source>
        <translation>Hostschlüssel wird gespeichert...</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetWizardSettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>e.g. web-1 nginx</source>
        <translation>z. B. web-1 nginx</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <source>New %1 target</source>
        <translation>Neues %1-Ziel</translation>
    </message>
    <message>
        <source>A target keeps its name; delete it and add a new one to rename it.</source>
        <translation>Ein Ziel behält seinen Namen; löschen Sie es und fügen Sie ein neues hinzu, um es umzubenennen.</translation>
    </message>
    <message>
        <source>A target named %1 exists already; choose another name.</source>
        <translation>Ein Ziel namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Keep the name under 100 characters.</source>
        <translation>Der Name muss kürzer als 100 Zeichen sein.</translation>
    </message>
    <message>
        <source>This version of CertDesk does not know the target type %1.</source>
        <translation>Diese Version von CertDesk kennt den Zieltyp %1 nicht.</translation>
    </message>
    <message>
        <source>Choose a type of target first.</source>
        <translation>Wählen Sie zuerst einen Zieltyp.</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetWizardTestPage</name>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A dry run: CertDesk checks what a deployment needs (folders and permissions, the configuration check, the login) and changes nothing. Finish saves the target.</source>
        <translation>Ein Probelauf: CertDesk prüft, was eine Bereitstellung benötigt (Ordner und Zugriffsrechte, die Konfigurationsprüfung, die Anmeldung), und ändert nichts. „Fertigstellen“ speichert das Ziel.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or Finish to save the target as it is.</source>
        <translation>Gehen Sie zurück, um die Einstellungen zu ändern, oder klicken Sie auf „Fertigstellen“, um das Ziel unverändert zu speichern.</translation>
    </message>
    <message>
        <source>Testing the %1 target...</source>
        <translation>%1-Ziel wird getestet...</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saving the target...</source>
        <translation>Ziel wird gespeichert...</translation>
    </message>
    <message>
        <source>This test uses the saved secrets you did not type again (%1); saving keeps them.</source>
        <translation>Dieser Test verwendet die gespeicherten Geheimnisse, die Sie nicht erneut eingegeben haben (%1); beim Speichern bleiben sie erhalten.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetWizardTypePage</name>
    <message>
        <source>Type of target</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Where the certificate goes. Each type writes and reloads what its server needs, and may do nothing else.</source>
        <translation>Wohin das Zertifikat geht. Jeder Typ schreibt und lädt neu, was sein Server benötigt, und darf nichts anderes tun.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TargetsPage</name>
    <message>
        <source>Filter by name, type or result</source>
        <translation>Nach Name, Typ oder Ergebnis filtern</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Deplo&amp;yments</source>
        <translation>Bereitstell&amp;ungen</translation>
    </message>
    <message>
        <source>Last te&amp;st</source>
        <translation>Letzter Te&amp;st</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test of %1 passed</source>
        <translation>Test von %1 bestanden</translation>
    </message>
    <message>
        <source>Test of %1 failed</source>
        <translation>Test von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;New target...</source>
        <translation>&amp;Neues Ziel...</translation>
    </message>
    <message>
        <source>Set up a new deployment target</source>
        <translation>Ein neues Bereitstellungsziel einrichten</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dern...</translation>
    </message>
    <message>
        <source>Change the selected target&apos;s settings</source>
        <translation>Die Einstellungen des ausgewählten Ziels ändern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Dry run of the selected target: nothing is written or reloaded</source>
        <translation>Probelauf des ausgewählten Ziels: Nichts wird geschrieben oder neu geladen</translation>
    </message>
    <message>
        <source>Testing %1...</source>
        <translation>%1 wird getestet...</translation>
    </message>
    <message>
        <source>&amp;Enable/disable</source>
        <translation>&amp;Aktivieren/Deaktivieren</translation>
    </message>
    <message>
        <source>Turn deployments to the selected target on or off</source>
        <translation>Bereitstellungen auf das ausgewählte Ziel ein- oder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected target</source>
        <translation>Das ausgewählte Ziel löschen</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the target &quot;%1&quot;? Its deployment history and automatic deployments are deleted too; the files on the server stay as they are.</source>
        <translation>Das Ziel „%1“ löschen? Sein Bereitstellungsverlauf und seine automatischen Bereitstellungen werden ebenfalls gelöscht; die Dateien auf dem Server bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the targets</source>
        <translation>Die Ziele neu laden</translation>
    </message>
    <message>
        <source>Target %1 saved</source>
        <translation>Ziel %1 gespeichert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: no deployments, not even after a renewal</source>
        <translation>Nein: keine Bereitstellungen, auch nicht nach einer Erneuerung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Kept encrypted in the secret store; never shown</source>
        <translation>Verschlüsselt im Geheimnisspeicher aufbewahrt; wird nie angezeigt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <translation>
            <numerusform>%1 von %n Ziel</numerusform>
            <numerusform>%1 von %n Zielen</numerusform>
        </translation>
    </message>
    <message>
        <source>Test (Ctrl+T) runs a dry run of the selected target: nothing is written or reloaded.</source>
        <translation>„Testen“ (Strg+T) führt einen Probelauf des ausgewählten Ziels aus: Nichts wird geschrieben oder neu geladen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TestPageWidget</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>CertDesk signs a test certificate with the CA and verifies it before saving the CA.</source>
        <translation>CertDesk signiert mit der CA ein Testzertifikat und prüft es, bevor die CA gespeichert wird.</translation>
    </message>
    <message>
        <source>The test certificate verified. The CA is saved and ready to issue.</source>
        <translation>Das Testzertifikat wurde erfolgreich geprüft. Die CA ist gespeichert und bereit zum Ausstellen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Making the CA and signing a test certificate...</source>
        <translation>CA wird erstellt und ein Testzertifikat signiert...</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TrayController</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 expires on %2.</source>
        <translation>%1 läuft am %2 ab.</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>&amp;Show CertDesk</source>
        <translation>CertDesk &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Quit CertDesk</source>
        <translation>CertDesk &amp;beenden</translation>
    </message>
    <message>
        <source>CertDesk is still running</source>
        <translation>CertDesk läuft weiter</translation>
    </message>
    <message>
        <source>Jobs and renewals go on. Use the tray icon to show the window, or its menu to quit.</source>
        <translation>Aufträge und Erneuerungen laufen weiter. Verwenden Sie das Symbol im Infobereich, um das Fenster anzuzeigen, oder sein Menü, um das Programm zu beenden.</translation>
    </message>
    <message>
        <source>Within 1 day</source>
        <translation>Innerhalb von 1 Tag</translation>
    </message>
    <message>
        <source>Within %1 days</source>
        <translation>Innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Certificate expires within 1 day</source>
        <translation>Zertifikat läuft innerhalb von 1 Tag ab</translation>
    </message>
    <message>
        <source>Certificate expires within %1 days</source>
        <translation>Zertifikat läuft innerhalb von %1 Tagen ab</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>Certificates entering a warning window: %1</source>
        <translation>Zertifikate, die ein Warnfenster erreichen: %1</translation>
    </message>
    <message>
        <source>Jobs failed: %1</source>
        <translation>Fehlgeschlagene Aufträge: %1</translation>
    </message>
    <message>
        <source>CertDesk - nothing needs attention</source>
        <translation>CertDesk - nichts erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>CertDesk - needs attention: %1</source>
        <translation>CertDesk - erfordert Aufmerksamkeit: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TriagePage</name>
    <message>
        <source>&amp;Weak or expired only</source>
        <translation>Nur sc&amp;hwache oder abgelaufene</translation>
    </message>
    <message>
        <source>Select a discovered certificate to see every field and every place it was found.</source>
        <translation>Wählen Sie ein gefundenes Zertifikat aus, um alle Felder und alle Fundorte zu sehen.</translation>
    </message>
    <message>
        <source>Search name, subject, issuer, serial, fingerprint (/)</source>
        <translation>Name, Inhaber, Aussteller, Seriennummer, Fingerabdruck durchsuchen (/)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Alle Aussteller</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Beliebiges Ablaufdatum</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires within 7 days</source>
        <translation>Läuft innerhalb von 7 Tagen ab</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source>Expires within 90 days</source>
        <translation>Läuft innerhalb von 90 Tagen ab</translation>
    </message>
    <message>
        <source>Valid for more than 90 days</source>
        <translation>Noch mehr als 90 Tage gültig</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Add the selected certificates to the inventory (C)</source>
        <translation>Die ausgewählten Zertifikate zum Inventar hinzufügen (C)</translation>
    </message>
    <message>
        <source>&amp;Link to managed...</source>
        <translation>Mit verwaltetem ver&amp;knüpfen...</translation>
    </message>
    <message>
        <source>Claim the selected certificates for a managed certificate you pick (L)</source>
        <translation>Die ausgewählten Zertifikate für ein verwaltetes Zertifikat übernehmen, das Sie auswählen (L)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected certificates (D; Ctrl+D to give a reason)</source>
        <translation>Die ausgewählten Zertifikate verwerfen (D; Strg+D, um einen Grund anzugeben)</translation>
    </message>
    <message>
        <source>Dismiss with &amp;reason...</source>
        <translation>Mit &amp;Grund verwerfen...</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected certificates back to New (R)</source>
        <translation>Die ausgewählten Zertifikate wieder auf „Neu“ setzen (R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last triage action (Ctrl+Z)</source>
        <translation>Die letzte Sichtungsaktion rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Scan this &amp;computer</source>
        <translation>Diesen &amp;Computer scannen</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>%1 scannen</translation>
    </message>
    <message>
        <source>Scan &amp;folder...</source>
        <translation>&amp;Ordner scannen...</translation>
    </message>
    <message>
        <source>Read &amp;all files</source>
        <translation>Alle &amp;Dateien lesen</translation>
    </message>
    <message>
        <source>Look inside every file, whatever its name (slower)</source>
        <translation>In jede Datei hineinsehen, unabhängig von ihrem Namen (langsamer)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <source>Last scan: %1 files, %2 certificates (%3 new), %4 problems%5</source>
        <translation>Letzter Scan: %1 Dateien, %2 Zertifikate (%3 neu), %4 Probleme%5</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>PKCS#12, import it with its password to read it</source>
        <translation>PKCS#12, mit Passwort importieren, um es zu lesen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Link to a managed certificate</source>
        <translation>Mit einem verwalteten Zertifikat verknüpfen</translation>
    </message>
    <message>
        <source>The inventory holds no certificate to link to. Use Claim to add this one.</source>
        <translation>Das Inventar enthält kein Zertifikat zum Verknüpfen. Verwenden Sie „Übernehmen“, um dieses hinzuzufügen.</translation>
    </message>
    <message>
        <source>Scan a folder for certificates</source>
        <translation>Einen Ordner nach Zertifikaten durchsuchen</translation>
    </message>
    <message>
        <source>Scan &amp;history...</source>
        <translation>Sca&amp;nverlauf...</translation>
    </message>
    <message>
        <source>Every scan with its problems, and the files that need a password</source>
        <translation>Alle Scans mit ihren Problemen und die Dateien, die ein Passwort benötigen</translation>
    </message>
</context>
</TS>
