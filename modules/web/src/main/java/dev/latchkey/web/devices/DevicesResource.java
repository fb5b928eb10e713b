package dev.latchkey.web.devices;

import dev.latchkey.devices.proof.boundary.DeviceProofs;
import dev.latchkey.devices.registration.boundary.DevicePage;
import dev.latchkey.devices.registration.boundary.DeviceView;
import dev.latchkey.devices.registration.boundary.Devices;
import dev.latchkey.devices.registration.boundary.NewDevice;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.Authentication;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.Conditional;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.http.Paging;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.devices.proof.boundary.Challenge;
import dev.latchkey.devices.proof.boundary.Verified;
import dev.latchkey.web.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.latchkey.kernel.error.ErrorCode.*;

@Path("devices")
@Area("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class DevicesResource {

    @Inject
    Devices devices;
    @Inject
    DeviceProofs proofs;
    @Inject
    Sessions sessions;
    @Inject
    CurrentPrincipal caller;

    @POST
    @Authenticated
    @RateLimited(value = RateLimitPolicy.DEVICE_REGISTRATION, per = RateLimited.Per.ACCOUNT)
    @Operation(operationId = "registerDevice", summary = "Register a device", description = "publicKey: base64 SubjectPublicKeyInfo of an EC P-256 key; anything else "
            + "is a 422 on publicKey. At devices.max-per-account (5, plan basic) active devices: DEVICE_QUOTA_EXCEEDED; revoked "
            + "devices do not count. Every attempt counts against rate-limit.device-registration (3 per 24 h per account; "
            + "RATE_LIMIT_DEVICE beyond it, X-RateLimit-* headers on every answer).")
    @Success(status = 201, description = "The device", data = DeviceResponse.class, headers = {Success.Header.LOCATION, Success.Header.ETAG})
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, DEVICE_ALREADY_REGISTERED, DEVICE_QUOTA_EXCEEDED, CONCURRENCY_CONFLICT,
            IDEMPOTENCY_KEY_REUSED, RATE_LIMIT_DEVICE})
    public Response register(DeviceRequests.Register body, @Context UriInfo uri) {
        Bodies.required(body);
        DeviceView device = devices.register(caller.get().accountId(), new NewDevice(body.name(), body.publicKey(), body.platform()));
        return Response.created(uri.getAbsolutePathBuilder().path(device.id().toString()).build())
                .tag(Conditional.etag(device.id(), device.version()))
                .entity(Envelope.created(DeviceResponse.of(device))).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listDevices", summary = "Your devices, oldest first, revoked ones included", description = "Paged with ?page= and ?size=.")
    @Success(description = "A page of your devices", data = DeviceResponse.class, page = true)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR})
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        DevicePage result = devices.list(caller.get().accountId(), paging.page(), paging.size());
        return Response.ok(Envelope.page(result.items().stream().map(DeviceResponse::of).toList(),
                result.page(), result.size(), result.total())).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getDevice", summary = "One of your devices", description = "With an ETag; If-None-Match with it gives 304.")
    @Success(description = "The device", data = DeviceResponse.class, conditional = true)
    @ApiErrors({INVALID_REQUEST, DEVICE_NOT_FOUND, PRECONDITION_FAILED})
    public Response get(@PathParam("id") String id, @Context Request request) {
        DeviceView device = devices.find(caller.get().accountId(), Ids.uuid("id", id));
        return Conditional.get(request, Conditional.etag(device.id(), device.version()), () -> Envelope.success(DeviceResponse.of(device)));
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "renameDevice", summary = "Rename a device", description = "Honours If-Match; a revoked device cannot be renamed.")
    @Success(description = "The device, with its new ETag", data = DeviceResponse.class, headers = Success.Header.ETAG)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, DEVICE_NOT_FOUND, DEVICE_INVALID_STATE, PRECONDITION_FAILED})
    public Response rename(@PathParam("id") String id, DeviceRequests.Rename body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Bodies.required(body);
        DeviceView device = devices.rename(caller.get().accountId(), Ids.uuid("id", id), body.name(), Conditional.ifMatch(ifMatch));
        return Response.ok(Envelope.success(DeviceResponse.of(device))).tag(Conditional.etag(device.id(), device.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "revokeDevice", summary = "Revoke a device", description = "It stays listed as REVOKED with its date and reason and no longer counts "
            + "toward the quota. Honours If-Match.")
    @Success(status = 204, description = "Revoked")
    @ApiErrors({INVALID_REQUEST, DEVICE_NOT_FOUND, DEVICE_INVALID_STATE, PRECONDITION_FAILED})
    public Response revoke(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        devices.revoke(caller.get().accountId(), Ids.uuid("id", id), Conditional.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/challenge")
    @Operation(operationId = "createDeviceChallenge", summary = "A single-use nonce for the device to sign",
            description = "Bearer or none: with a bearer token only for your own device. Valid five minutes. The nonce "
                    + "(64 characters of base64url) carries its own HMAC, so issuing it writes nothing; the first proof "
                    + "that presents it spends it, on any node.")
    @Success(description = "A nonce to sign, and until when it may be used", data = Challenge.class)
    @ApiErrors({INVALID_REQUEST, DEVICE_NOT_FOUND, AUTH_DEVICE_NOT_REGISTERED, DEVICE_REVOKED, TOKEN_INVALID, TOKEN_EXPIRED,
            SESSION_INVALID, SESSION_EXPIRED})
    public Response challenge(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<UUID> account = Optional.ofNullable(authorization)
                .map(header -> sessions.authenticate(Authentication.bearerToken(header)).accountId());
        return Response.ok(Envelope.success(proofs.challenge(Ids.uuid("id", id), account))).build();
    }

    @POST
    @Path("{id}/verify")
    @Operation(operationId = "verifyDeviceProof", summary = "Check a device's signature over deviceId.nonce.timestamp",
            description = "ECDSA P-256/SHA-256, DER or 64-byte r‖s, base64. The nonce is spent whatever the outcome; timestamps "
                    + "older than devices.signature-max-age (300 000 ms) are AUTH_SIGNATURE_EXPIRED.")
    @Success(description = "The signature verified", data = Verified.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, AUTH_DEVICE_NOT_REGISTERED, AUTH_SIGNATURE_INVALID, AUTH_SIGNATURE_EXPIRED,
            DEVICE_REVOKED})
    public Response verify(@PathParam("id") String id, DeviceProof body) {
        List<Violation> missing = Bodies.required(body).toSignedProof().missing("");
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        return Response.ok(Envelope.success(proofs.verify(Ids.uuid("id", id), body.nonce(), body.timestamp(), body.signature()))).build();
    }
}
