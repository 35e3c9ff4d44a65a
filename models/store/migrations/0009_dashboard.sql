-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 9: an index for the dashboard. Its pass over the current version of every
-- certificate (the one with the highest version_no) needs only these three columns: with them in one
-- index it reads the index alone instead of every row of certificate_versions with its DER, about
-- 2.5 times faster on an inventory of 100,000 real certificates (bench/RESULTS.md, section 8).
CREATE INDEX idx_certificate_versions_expiry ON certificate_versions (certificate_id, version_no, not_after);
