-- Housekeeping deletes mailed tokens a day after they expire.
create index ix_account_token_expires on account_token (expires_at);
