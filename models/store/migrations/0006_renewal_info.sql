-- SPDX-License-Identifier: GPL-3.0-or-later
-- CertDesk schema version 6: the renewal windows CAs suggest (ACME Renewal Information, RFC 9773),
-- as the renewal scheduler last asked for them, so a restart or a second console does not ask again
-- before the CA said to.

-- One row per managed certificate, for the version with serial serial_hex. has_window = 0: the CA
-- offers no window for it (no ARI, or 404), and the threshold rule applies until next_check_at.
-- renew_at is the moment chosen at random inside the window, as RFC 9773 section 4.2 asks.
CREATE TABLE renewal_info (
    certificate_id BIGINT PRIMARY KEY REFERENCES certificates (id) ON DELETE CASCADE,
    serial_hex TEXT NOT NULL,
    has_window INTEGER NOT NULL DEFAULT 0,
    window_start BIGINT,
    window_end BIGINT,
    renew_at BIGINT,
    explanation_url TEXT NOT NULL DEFAULT '',
    checked_at BIGINT NOT NULL,
    next_check_at BIGINT NOT NULL
);
