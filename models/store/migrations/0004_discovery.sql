-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 4: what triage needs beyond schema 1's discovery tables.

-- The discovered certificate's serial, issuer CN and key details for the triage list and filters,
-- and when it was last triaged.
ALTER TABLE discovered_certificates ADD COLUMN serial_hex TEXT NOT NULL DEFAULT '';
ALTER TABLE discovered_certificates ADD COLUMN issuer_common_name TEXT NOT NULL DEFAULT '';
ALTER TABLE discovered_certificates ADD COLUMN curve TEXT NOT NULL DEFAULT '';
ALTER TABLE discovered_certificates ADD COLUMN triaged_at BIGINT;

-- Files that hold certificates only behind a password (PKCS#12), found by filesystem discovery.
CREATE TABLE discovery_locked_files (
    id {{ID}},
    path TEXT NOT NULL UNIQUE,
    size BIGINT,
    modified_at BIGINT,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL
);

-- A discovery run that was cancelled keeps its partial figures.
ALTER TABLE discovery_scans ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
