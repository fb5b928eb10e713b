-- Idempotency records kept answers (tokens, TOTP secrets, backup codes) readable. They are kept
-- 24 hours only, so the old ones are dropped rather than converted: from now on the key is stored
-- as its SHA-256 and the answer sealed with a key derived from the raw Idempotency-Key.
delete from idempotency_record;
alter table idempotency_record drop column response_body;
alter table idempotency_record add column response_sealed text;

-- Sent mails no longer keep their bodies (a reset link stayed readable for 7 days); waiting
-- ones are sealed by the application from now on.
update mail_outbox set body = '' where sent_at is not null;
