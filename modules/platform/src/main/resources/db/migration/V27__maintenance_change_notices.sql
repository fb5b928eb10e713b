-- Maintenance mode is held in memory by every node (dev.latchkey.platform.maintenance.Maintenance):
-- any change of its row, also one made in SQL, is announced on the invalidation channel (V22.1)
-- when it commits, so every node reads it again.
create trigger maintenance_changed after update or delete on maintenance
    for each row execute function latchkey_row_changed('maintenance');
