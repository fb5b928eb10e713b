alter table session add column device_id uuid;
create index ix_session_device on session (device_id) where device_id is not null and ended_at is null;
