-- The account table's notices (V22) through the shared function (V22.1); same payload.
drop trigger account_changed on account;
create trigger account_changed after update or delete on account
    for each row execute function latchkey_row_changed('account');
drop function latchkey_account_changed();
