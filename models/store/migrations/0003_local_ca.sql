-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 3: revocations recorded by the inventory (the local CA's CRL and OCSP
-- answers come from here; for other CAs it is the local record kept even when the CA could not be
-- told), the CRL number each issuer has reached, and job results.

CREATE TABLE revocations (
    id {{ID}},
    issuer_id BIGINT REFERENCES issuers (id) ON DELETE CASCADE,
    serial_hex TEXT NOT NULL,
    certificate_id BIGINT REFERENCES certificates (id) ON DELETE SET NULL,
    reason INTEGER NOT NULL,
    revoked_at BIGINT NOT NULL,
    ca_notified INTEGER NOT NULL DEFAULT 0,
    UNIQUE (issuer_id, serial_hex)
);
CREATE INDEX idx_revocations_certificate ON revocations (certificate_id);

ALTER TABLE issuers ADD COLUMN crl_number BIGINT NOT NULL DEFAULT 0;

-- What a finished job produced (e.g. the id of the certificate it issued), as JSON.
ALTER TABLE jobs ADD COLUMN result_json TEXT NOT NULL DEFAULT '{}';
