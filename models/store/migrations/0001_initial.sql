-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 1: the whole product's tables.
--
-- Portable SQL for SQLite (3.40+) and PostgreSQL (15+). Migrations are forward-only: never edit a
-- released file, add the next NNNN_name.sql instead. The loader substitutes these placeholders:
--   {{ID}}    INTEGER PRIMARY KEY AUTOINCREMENT (SQLite) / BIGSERIAL PRIMARY KEY (PostgreSQL)
--   {{BLOB}}  BLOB (SQLite) / BYTEA (PostgreSQL)
-- Conventions: times are BIGINT seconds since the epoch (UTC), NULL when unknown; booleans are
-- INTEGER 0/1; ids and references to them are BIGINT; lists are TEXT joined by newlines (tags by
-- commas); free-form configuration is JSON in TEXT columns named *_json. Statements end with ';' at
-- the end of a line, and no string literal contains ';' or '?'.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at BIGINT NOT NULL
);

-- Settings shared by everyone using this inventory (per-user preferences live in QSettings).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Connector credentials (ACME account keys, CA API tokens, target passwords), sealed by the app.
CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    sealed {{BLOB}} NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Where certificates come from: type 'local_ca', 'acme' or 'commercial' (vendor in config_json).
-- A local CA names its own managed certificate in config_json (no FK: it would be circular).
CREATE TABLE issuers (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    config_json TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Named templates for requests and renewals (key type, lifetime, extensions).
CREATE TABLE certificate_profiles (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    config_json TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT,
    updated_at BIGINT
);

-- Private keys, only ever sealed (AES-256-GCM under the data key).
CREATE TABLE private_keys (
    id {{ID}},
    algorithm TEXT NOT NULL,
    public_key_sha256 TEXT NOT NULL,
    sealed_pkcs8 {{BLOB}} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX idx_private_keys_public_key ON private_keys (public_key_sha256);

-- Managed certificates: what the administrator wrote about them. The certificate itself is in
-- certificate_versions; the current version is the one with the highest version_no.
-- common_name is the current version's CN (or its first SAN, or its subject when it has no CN).
CREATE TABLE certificates (
    id {{ID}},
    common_name TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    revoked INTEGER NOT NULL DEFAULT 0,
    issuer_id BIGINT REFERENCES issuers (id) ON DELETE SET NULL,
    profile TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX idx_certificates_issuer ON certificates (issuer_id);

-- Every issued version of a managed certificate, with all parsed fields so that nothing needs the
-- DER to be re-parsed to be shown. sha256 is unique across the inventory.
CREATE TABLE certificate_versions (
    id {{ID}},
    certificate_id BIGINT NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
    version_no INTEGER NOT NULL,
    der {{BLOB}} NOT NULL,
    chain_pem TEXT NOT NULL DEFAULT '',
    x509_version INTEGER NOT NULL DEFAULT 3,
    serial_hex TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    sha1 TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    common_name TEXT NOT NULL DEFAULT '',
    issuer_dn TEXT NOT NULL DEFAULT '',
    issuer_cn TEXT NOT NULL DEFAULT '',
    sans TEXT NOT NULL DEFAULT '',
    not_before BIGINT,
    not_after BIGINT,
    key_type TEXT NOT NULL DEFAULT '',
    key_bits INTEGER NOT NULL DEFAULT 0,
    curve TEXT NOT NULL DEFAULT '',
    signature_algorithm TEXT NOT NULL DEFAULT '',
    key_usage TEXT NOT NULL DEFAULT '',
    extended_key_usage TEXT NOT NULL DEFAULT '',
    has_basic_constraints INTEGER NOT NULL DEFAULT 0,
    is_ca INTEGER NOT NULL DEFAULT 0,
    path_length INTEGER NOT NULL DEFAULT -1,
    subject_key_id TEXT NOT NULL DEFAULT '',
    authority_key_id TEXT NOT NULL DEFAULT '',
    crl_distribution_points TEXT NOT NULL DEFAULT '',
    ocsp_urls TEXT NOT NULL DEFAULT '',
    ca_issuer_urls TEXT NOT NULL DEFAULT '',
    self_issued INTEGER NOT NULL DEFAULT 0,
    private_key_id BIGINT REFERENCES private_keys (id),
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX idx_certificate_versions_number ON certificate_versions (certificate_id, version_no);
CREATE INDEX idx_certificate_versions_not_after ON certificate_versions (not_after);
CREATE INDEX idx_certificate_versions_private_key ON certificate_versions (private_key_id);
CREATE INDEX idx_certificate_versions_serial ON certificate_versions (serial_hex);

-- Where certificates get installed: type 'file', 'ssh', 'windows_store', 'kubernetes', ...
CREATE TABLE deployment_targets (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    config_json TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE certificate_targets (
    certificate_id BIGINT NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES deployment_targets (id) ON DELETE CASCADE,
    PRIMARY KEY (certificate_id, target_id)
);
CREATE INDEX idx_certificate_targets_target ON certificate_targets (target_id);

-- One attempt to install one version on one target. status: 'pending', 'running', 'succeeded', 'failed'.
CREATE TABLE deployments (
    id {{ID}},
    certificate_id BIGINT NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES deployment_targets (id) ON DELETE CASCADE,
    version_id BIGINT REFERENCES certificate_versions (id) ON DELETE SET NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending',
    output TEXT NOT NULL DEFAULT '',
    started_at BIGINT,
    finished_at BIGINT
);
CREATE INDEX idx_deployments_certificate ON deployments (certificate_id, started_at);
CREATE INDEX idx_deployments_target ON deployments (target_id, started_at);

-- Certificates found by filesystem or network discovery, awaiting triage.
CREATE TABLE discovered_certificates (
    id {{ID}},
    sha256 TEXT NOT NULL UNIQUE,
    der {{BLOB}} NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    issuer_dn TEXT NOT NULL DEFAULT '',
    common_name TEXT NOT NULL DEFAULT '',
    not_before BIGINT,
    not_after BIGINT,
    key_type TEXT NOT NULL DEFAULT '',
    key_bits INTEGER NOT NULL DEFAULT 0,
    signature_algorithm TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'claimed', 'dismissed')),
    dismiss_reason TEXT NOT NULL DEFAULT '',
    claimed_certificate_id BIGINT REFERENCES certificates (id) ON DELETE SET NULL,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL
);
CREATE INDEX idx_discovered_certificates_status ON discovered_certificates (status, not_after);
CREATE INDEX idx_discovered_certificates_claimed ON discovered_certificates (claimed_certificate_id);

-- Where a discovered certificate was seen: a file path or "host:port". kind: 'file', 'tls'.
CREATE TABLE discovery_locations (
    id {{ID}},
    discovered_id BIGINT NOT NULL REFERENCES discovered_certificates (id) ON DELETE CASCADE,
    location TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'file',
    size BIGINT,
    modified_at BIGINT,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    UNIQUE (discovered_id, location)
);
CREATE INDEX idx_discovery_locations_location ON discovery_locations (location);

-- One discovery run and what it found. roots: newline-joined paths or targets.
CREATE TABLE discovery_scans (
    id {{ID}},
    kind TEXT NOT NULL,
    roots TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    files_read BIGINT NOT NULL DEFAULT 0,
    certificates_found BIGINT NOT NULL DEFAULT 0,
    new_found BIGINT NOT NULL DEFAULT 0,
    errors_json TEXT NOT NULL DEFAULT '[]',
    duration_ms BIGINT
);
CREATE INDEX idx_discovery_scans_started ON discovery_scans (started_at);

-- Hosts and ranges that network discovery scans on a schedule.
CREATE TABLE scan_targets (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    config_json TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    interval_hours INTEGER NOT NULL DEFAULT 24,
    last_scan_at BIGINT,
    last_result_json TEXT,
    created_at BIGINT,
    updated_at BIGINT
);

-- The persistent job queue. status: 'queued', 'running', 'succeeded', 'failed', 'cancelled'.
-- A worker leases a queued job whose run_after has passed (lease_owner, lease_until) and renews
-- the lease while it works; an expired lease makes the job available again. dedupe_key, when set,
-- keeps one job per purpose (e.g. 'renew:42'): NULLs do not collide.
CREATE TABLE jobs (
    id {{ID}},
    kind TEXT NOT NULL,
    payload_json TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 3,
    run_after BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    progress_done BIGINT NOT NULL DEFAULT 0,
    progress_total BIGINT NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    dedupe_key TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX idx_jobs_status_run_after ON jobs (status, run_after);
CREATE INDEX idx_jobs_lease ON jobs (lease_until);

-- Where alerts are sent: type 'email', 'webhook', 'desktop'.
CREATE TABLE alert_channels (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    config_json TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Raised conditions (expiring certificate, failed renewal, failed deployment). dedupe_key keeps
-- one open alert per condition; severity: 'info', 'warning', 'critical'.
CREATE TABLE alerts (
    id {{ID}},
    kind TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT 'warning',
    object_type TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    dedupe_key TEXT NOT NULL DEFAULT '',
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    notified_at BIGINT,
    acknowledged_at BIGINT,
    acknowledged_by TEXT,
    resolved_at BIGINT
);
CREATE INDEX idx_alerts_open ON alerts (resolved_at, severity);
CREATE INDEX idx_alerts_dedupe ON alerts (dedupe_key, resolved_at);
CREATE INDEX idx_alerts_object ON alerts (object_type, object_id);

-- Append-only audit log: the application never updates or deletes a row.
CREATE TABLE audit_events (
    id {{ID}},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_audit_events_object ON audit_events (object_type, object_id);
CREATE INDEX idx_audit_events_at ON audit_events (at);
