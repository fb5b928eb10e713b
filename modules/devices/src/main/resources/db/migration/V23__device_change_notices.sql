-- A device's state, key or owner changed, or the row went (revoked, deleted with its account, or
-- edited in SQL): announced on the invalidation channel when the change commits (V22.1), so that
-- every node drops the active device it holds in memory (dev.latchkey.devices.proof.control.KnownDevices).
-- Marking a device used (last_used_at) announces nothing.
create trigger device_changed after update of state, public_key, account_id or delete on device
    for each row execute function latchkey_row_changed('device');
