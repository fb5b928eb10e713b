-- A sign-in with a device proof and two-factor on: the second step opens a session bound to it.
alter table mfa_challenge add column device_id uuid;
