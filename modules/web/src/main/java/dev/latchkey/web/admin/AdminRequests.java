package dev.latchkey.web.admin;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The bodies of the administration routes as they arrive. */
final class AdminRequests {

    private AdminRequests() {
    }

    @Schema(name = "PermissionsRequest")
    record Permissions(@Schema(required = true, description = "any of read, write, admin") List<String> permissions) {
    }

    @Schema(name = "GroupRequest")
    record Group(@Schema(required = true, maxLength = 100) String name) {
    }

    @Schema(name = "GroupMembershipRequest")
    record Membership(@Schema(required = true, format = "uuid") String groupId) {
    }

    @Schema(name = "MaintenanceRequest")
    record Maintenance(@Schema(required = true) Boolean enabled,
                       @Schema(type = SchemaType.STRING, format = "date-time", description = "when maintenance is expected to end")
                       Instant estimatedEnd) {
    }
}
