package dev.latchkey.web.webhooks;

import dev.latchkey.platform.webhooks.InboundWebhooks;
import dev.latchkey.sessions.twofactor.boundary.SmsDeliveryReports;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Where the SMS gateway reports what became of a text. */
@Path("webhooks/sms-status")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class SmsStatusResource {

    /** What became of the report: taken, or a replay of one taken before (nothing changed). */
    public record Received(boolean duplicate) {
    }

    /** The report's shape (the body is read as text, so that its signature can be checked over the exact bytes). */
    @Schema(name = "SmsStatusReport")
    public record Report(@Schema(required = true, description = "the gateway's id of the text, as it answered when it took it") String messageId,
                         @Schema(required = true, description = "e.g. delivered or failed") String status) {
    }

    @Inject
    SmsDeliveryReports reports;

    @POST
    @Operation(operationId = "reportSmsStatus", summary = "The SMS gateway's delivery report",
            description = "Body {messageId, status}, signed with SMS_WEBHOOK_SECRET (sms.webhook-secret): X-Webhook-Timestamp in "
                    + "epoch seconds, X-Webhook-Signature sha256=<hex> of HMAC-SHA256(<timestamp>.<body>), X-Webhook-Id. A missing, "
                    + "malformed or wrong signature, or a timestamp more than 5 minutes away, is WEBHOOK_SIGNATURE_INVALID (details.header "
                    + "names the header) and changes nothing; so is any report while no secret is configured. A second report with the "
                    + "same X-Webhook-Id is answered duplicate: true and changes nothing. A report with status failed about the last "
                    + "text of a number makes the next send-code answer say so (previousDelivery).")
    @Success(description = "Taken", data = Received.class)
    @ApiErrors({INVALID_REQUEST, WEBHOOK_SIGNATURE_INVALID})
    public Response report(@HeaderParam(InboundWebhooks.ID) String id, @HeaderParam(InboundWebhooks.TIMESTAMP) String timestamp,
                           @HeaderParam(InboundWebhooks.SIGNATURE) String signature,
                           @RequestBody(description = "{messageId, status}, exactly as signed",
                                   content = @Content(schema = @Schema(implementation = Report.class))) String body) {
        boolean taken = reports.report(new InboundWebhooks.Signed(id, timestamp, signature, body == null ? "" : body));
        return Response.ok(Envelope.success(new Received(!taken))).build();
    }
}
