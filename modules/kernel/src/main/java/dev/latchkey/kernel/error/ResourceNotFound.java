package dev.latchkey.kernel.error;

/** Any missing resource without a code of its own, and unknown routes. */
public class ResourceNotFound extends LatchkeyException {

    public ResourceNotFound(String resourceType, Object resourceId) {
        super(ErrorCode.RESOURCE_NOT_FOUND, details("resource_type", resourceType, "resource_id", String.valueOf(resourceId)));
    }
}
