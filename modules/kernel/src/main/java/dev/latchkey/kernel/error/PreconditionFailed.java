package dev.latchkey.kernel.error;

/** An If-Match that no longer names the current version. */
public class PreconditionFailed extends LatchkeyException {

    public PreconditionFailed(String currentEtag) {
        super(ErrorCode.PRECONDITION_FAILED, details("current_etag", currentEtag));
    }
}
