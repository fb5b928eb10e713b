package dev.latchkey.kernel.error;

/** A unique value is taken (email, username, group name, key name). */
public class DuplicateEntry extends LatchkeyException {

    public DuplicateEntry(String field) {
        super(ErrorCode.DUPLICATE_ENTRY, "A resource with this " + field + " already exists", details("field", field));
    }
}
