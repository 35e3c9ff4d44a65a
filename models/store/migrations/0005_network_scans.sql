-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 5: network discovery. Schema 1's scan_targets table holds the targets
-- (their scan settings in config_json, the last run's figures in last_result_json); this adds the
-- link to the last run, an index for the due-targets query, and the SCEP probe history.

-- The discovery_scans row of the target's last run (NULL before the first).
ALTER TABLE scan_targets ADD COLUMN last_scan_id BIGINT;
CREATE INDEX idx_scan_targets_due ON scan_targets (enabled, last_scan_at);

-- Which target a network scan ran for (NULL for an ad-hoc scan or a filesystem scan).
ALTER TABLE discovery_scans ADD COLUMN scan_target_id BIGINT;

-- One read-only probe of a SCEP server. ok = 1: result_json holds the capabilities and the CA
-- certificates' summaries; ok = 0: error says why the probe failed.
CREATE TABLE scep_probes (
    id {{ID}},
    url TEXT NOT NULL,
    probed_at BIGINT NOT NULL,
    ok INTEGER NOT NULL DEFAULT 0,
    result_json TEXT,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_scep_probes_probed ON scep_probes (probed_at);
