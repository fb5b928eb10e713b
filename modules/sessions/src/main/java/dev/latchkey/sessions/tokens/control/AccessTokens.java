package dev.latchkey.sessions.tokens.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens: JWTs MACed with HMAC-SHA256 through Nimbus JOSE+JWT. HS256 because checking a
 * token is the hot path of the service: about a microsecond, against a millisecond or more for
 * ECDSA through the JDK. Only HS256 is accepted; {@code alg: none} and every other algorithm are
 * TOKEN_INVALID.
 */
@ApplicationScoped
public class AccessTokens {

    /** What a valid token says: whose it is and which session it belongs to. */
    public record Claims(UUID accountId, UUID sessionId, Instant expiresAt) {
    }

    @Inject
    SigningKeys keys;
    @Inject
    SessionPolicy policy;
    @Inject
    Clock clock;

    public String issue(UUID accountId, UUID sessionId, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(accountId.toString())
                .claim("sid", sessionId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(policy.accessTtl())))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(keys.current()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
    }

    public Claims verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw invalid("malformed");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw invalid("unsupported_algorithm");
        }
        try {
            if (!jwt.verify(new MACVerifier(keys.current()))) {
                throw invalid("signature_mismatch");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || claims.getSubject() == null || claims.getStringClaim("sid") == null) {
                throw invalid("missing_claims");
            }
            if (!clock.instant().isBefore(expiry.toInstant())) {
                throw new LatchkeyException(ErrorCode.TOKEN_EXPIRED,
                        Map.of("expired_at", expiry.toInstant().truncatedTo(ChronoUnit.SECONDS).toString()));
            }
            return new Claims(UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")), expiry.toInstant());
        } catch (JOSEException | ParseException | IllegalArgumentException e) {
            throw invalid("malformed");
        }
    }

    private static LatchkeyException invalid(String reason) {
        return new LatchkeyException(ErrorCode.TOKEN_INVALID, Map.of("reason", reason));
    }
}
