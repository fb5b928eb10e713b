package dev.latchkey.platform.housekeeping;

import java.util.List;

/** Implemented once per module that owns tables whose rows expire; {@link Housekeeping} deletes them. */
public interface ExpiringRows {

    List<Expiry> expiries();
}
