-- Housekeeping deletes sent mail after 7 days.
create index ix_mail_outbox_sent on mail_outbox (sent_at) where sent_at is not null;
