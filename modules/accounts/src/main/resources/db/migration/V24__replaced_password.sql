-- The hash a password change (or reset) replaced, and when: a change sent with the password that
-- was current a moment before, and handled after the change that replaced it (queued behind it),
-- is a conflict between two changes, not a wrong password (dev.latchkey.accounts.password.control.PasswordCheck).
alter table account add column replaced_password_hash varchar(200);
alter table account add column password_changed_at timestamptz;
