-- Uniqueness and sign-in lookups go by keys: the UTS #39 confusable skeleton of the NFKC
-- case-folded email and username, computed by the application (Identifiers). Rows from before
-- get their keys at start-up (AccountKeys); until then their lower-case forms stand in, which
-- is what uniqueness meant before.
alter table account add column email_key varchar(400);
alter table account add column username_key varchar(200);
alter table account add column keys_version integer not null default 0;
update account set email_key = lower(email), username_key = lower(username);
alter table account alter column email_key set not null;
alter table account alter column username_key set not null;
drop index uk_account_email;
drop index uk_account_username;
create unique index uk_account_email on account (email_key);
create unique index uk_account_username on account (username_key);
