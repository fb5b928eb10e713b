-- Housekeeping deletes sign-in challenges a day after they expire, and the refresh tokens of
-- sessions a day past their end.
create index ix_mfa_challenge_expires on mfa_challenge (expires_at);
create index ix_session_expires on session (expires_at);
