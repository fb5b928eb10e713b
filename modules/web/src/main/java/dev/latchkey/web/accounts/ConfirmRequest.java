package dev.latchkey.web.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an email confirmation: the token from the mail's link. */
@Schema(name = "ConfirmRequest")
public record ConfirmRequest(@Schema(required = true) String token) {
}
