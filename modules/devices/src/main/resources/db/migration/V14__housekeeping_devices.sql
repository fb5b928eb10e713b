-- Housekeeping deletes challenges a day after they expire.
create index ix_device_challenge_expires on device_challenge (expires_at);
