-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 8: what the alert rules, their delivery and the digest need beyond the
-- alert_channels and alerts tables of 0001_initial.sql. Placeholders and conventions as there.

-- alert_channels.type is a notifier channel type ('email', 'webhook', 'slack', 'teams', 'pagerduty',
-- 'opsgenie'). The names of a channel's secret fields (newline-joined); their values are sealed in
-- `secrets` as 'notify/<name>/<field>' and never appear in config_json. receives_alerts: the alert
-- rules' alerts go to the channel; receives_digest: the digest does (e-mail channels only).
ALTER TABLE alert_channels ADD COLUMN secret_keys TEXT NOT NULL DEFAULT '';
ALTER TABLE alert_channels ADD COLUMN receives_alerts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE alert_channels ADD COLUMN receives_digest INTEGER NOT NULL DEFAULT 0;

-- alerts.kind is a notifier alert kind ('expiring', 'expired', 'job_failed', 'discoveries_awaiting',
-- 'resolved', 'digest'). occurrence names the condition once: 'expiry:<certificate>:<not_after>:
-- <window days>', 'job_failed:<job>:<failed at>', 'discoveries:<newest discovered id>',
-- 'resolved:<certificate>:<not_after>', 'digest:...'; its unique index lets two evaluators (a
-- console and a daemon) race and record it once. certificate_id, not_after and window_days describe
-- an expiry alert (the version's notAfter, so a renewal is seen); message_json is the message as
-- composed (subject, text, html, dedup key, details; never a secret), sent as it is on every retry.
ALTER TABLE alerts ADD COLUMN occurrence TEXT;
ALTER TABLE alerts ADD COLUMN certificate_id BIGINT REFERENCES certificates (id) ON DELETE SET NULL;
ALTER TABLE alerts ADD COLUMN not_after BIGINT;
ALTER TABLE alerts ADD COLUMN window_days INTEGER;
ALTER TABLE alerts ADD COLUMN message_json TEXT NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX idx_alerts_occurrence ON alerts (occurrence);
CREATE INDEX idx_alerts_certificate ON alerts (certificate_id, resolved_at);
CREATE INDEX idx_alerts_kind_first ON alerts (kind, first_at);

-- One row per alert and channel: the alert is sent to a channel once, by the "notify" job job_id.
-- status: 'queued' (the job has yet to deliver it), 'sent', 'failed' (the job gave up).
CREATE TABLE alert_deliveries (
    id {{ID}},
    alert_id BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel_id BIGINT NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    job_id BIGINT REFERENCES jobs (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    response TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE UNIQUE INDEX idx_alert_deliveries_once ON alert_deliveries (alert_id, channel_id);
CREATE INDEX idx_alert_deliveries_channel ON alert_deliveries (channel_id, id);
CREATE INDEX idx_alert_deliveries_job ON alert_deliveries (job_id);
