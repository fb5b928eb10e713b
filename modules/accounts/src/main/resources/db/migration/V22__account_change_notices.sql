-- Every change to an account row is announced to the nodes on the invalidation channel (see
-- dev.latchkey.platform.invalidation), whoever makes it: the service, a migration, an operator's
-- SQL. PostgreSQL delivers it when the change commits; nodes drop what they cached of the account.
create function latchkey_account_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('latchkey_invalidation', '- account:' || old.id);
    return null;
end
$$;

create trigger account_changed after update or delete on account
    for each row execute function latchkey_account_changed();
