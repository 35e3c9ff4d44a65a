-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 7: what deployment needs beyond the deployment_targets,
-- certificate_targets and deployments tables of 0001_initial.sql. Placeholders and conventions as
-- there.

-- The names of a target's secret fields (newline-joined). Their values are sealed in `secrets` as
-- 'target/<name>/<field>' and never appear in config_json.
ALTER TABLE deployment_targets ADD COLUMN secret_keys TEXT NOT NULL DEFAULT '';

-- deployments.status is one of 'pending', 'running', 'succeeded', 'unchanged' (the target already
-- had this certificate), 'failed'. job_id is the job that ran the deployment: one row per job, which
-- a retried job updates. target_type is the target's type when it ran.
ALTER TABLE deployments ADD COLUMN job_id BIGINT REFERENCES jobs (id) ON DELETE SET NULL;
ALTER TABLE deployments ADD COLUMN target_type TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX idx_deployments_job ON deployments (job_id) WHERE job_id IS NOT NULL;
-- The last deployment of a target (the target list) and the history newest first.
CREATE INDEX idx_deployments_target_id ON deployments (target_id, id);
