-- The access-token key lives in configuration or a key file now, never in the database.
drop table signing_key;

-- TOTP secrets are sealed (AES-GCM) by the application: longer values. Plain ones left from
-- before are sealed at start-up (TotpSecretsAtRest).
alter table totp_factor alter column secret type varchar(200);
alter table totp_factor alter column pending_secret type varchar(200);

-- Wrong codes count per account across sign-in challenges, setup and disable; the factor pauses
-- after too many (TwoFactorPolicy). last_failed_at dates the count.
alter table totp_factor add column last_failed_at timestamptz;
