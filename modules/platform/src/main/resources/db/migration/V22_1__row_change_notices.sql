-- One trigger function for every table whose rows nodes keep in memory (see
-- dev.latchkey.platform.invalidation): announces '<prefix>:<id>' of the changed or deleted row on the
-- invalidation channel when the change commits; the trigger names the prefix ('account', 'device').
create function latchkey_row_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('latchkey_invalidation', '- ' || tg_argv[0] || ':' || old.id);
    return null;
end
$$;
