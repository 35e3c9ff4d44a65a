-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 2: the job queue's log lines, and a dedupe key that only binds while a job
-- is still to run. Placeholders and conventions as in 0001_initial.sql. (jobs.result_json, which
-- JobRepository::setResult writes, comes with 0003_local_ca.sql.)
--
-- jobs.status is one of 'queued', 'running', 'cancel_requested' (running, its handler is asked to
-- stop), 'succeeded', 'failed', 'cancelled'.
--
-- jobs.dedupe replaces jobs.dedupe_key, which stays NULL from now on: that column is UNIQUE over
-- every row, so a finished 'renew:42' would block the next renewal for ever, and SQLite cannot drop
-- a column's UNIQUE constraint without rebuilding the table. jobs.dedupe keeps the key of finished
-- jobs too (for display); the partial unique index lets only one job per key be queued or running.

ALTER TABLE jobs ADD COLUMN dedupe TEXT;
UPDATE jobs SET dedupe = dedupe_key, dedupe_key = NULL WHERE dedupe_key IS NOT NULL;
CREATE UNIQUE INDEX idx_jobs_dedupe_active ON jobs (dedupe)
    WHERE status IN ('queued', 'running', 'cancel_requested');

-- What a job's handler wrote while it ran (one row per line), deleted with its job.
CREATE TABLE job_logs (
    id {{ID}},
    job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    line TEXT NOT NULL
);
CREATE INDEX idx_job_logs_job ON job_logs (job_id, id);
