package dev.latchkey.sessions.tokens.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.kernel.error.TokenInvalid;
import dev.latchkey.platform.keys.Key;
import dev.latchkey.platform.keys.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Access tokens: JWTs MACed with HMAC-SHA256 through Nimbus JOSE+JWT. HS256 because checking a
 * token is the hot path of the service: about a microsecond, against a millisecond or more for
 * ECDSA through the JDK. Only HS256 is accepted; {@code alg: none} and every other algorithm are
 * TOKEN_INVALID. The header's {@code kid} names the key (current or previous, see {@link KeyRing});
 * a token must not claim more life than the service gives ({@code exp} at most {@code iat} +
 * {@code tokens.access-ttl}, {@code iat} not in the future) nor a future {@code nbf}, so that even
 * a leaked key cannot mint long-lived tokens unnoticed.
 */
@ApplicationScoped
public class AccessTokens {

    /** What a valid token says: whose it is and which session it belongs to. */
    public record Claims(UUID accountId, UUID sessionId, Instant expiresAt) {
    }

    /** Clock skew tolerated between nodes for {@code iat} and {@code nbf}. */
    private static final java.time.Duration SKEW = java.time.Duration.ofSeconds(5);

    @Inject
    KeyRing keys;
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
            Key key = keys.signingKey();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).build(), claims);
            jwt.sign(new MACSigner(key.bytes()));
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
        Key key = keys.signingKey(jwt.getHeader().getKeyID()).orElseThrow(() -> invalid("unknown_key"));
        try {
            if (!jwt.verify(new MACVerifier(key.bytes()))) {
                throw invalid("signature_mismatch");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            Date issued = claims.getIssueTime();
            if (expiry == null || issued == null || claims.getSubject() == null || claims.getStringClaim("sid") == null) {
                throw invalid("missing_claims");
            }
            Instant now = clock.instant();
            if (issued.toInstant().isAfter(now.plus(SKEW))
                    || (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now.plus(SKEW)))) {
                throw invalid("not_yet_valid");
            }
            if (expiry.toInstant().isAfter(issued.toInstant().plus(policy.accessTtl()))) {
                throw invalid("lifetime_exceeds_policy");
            }
            if (!now.isBefore(expiry.toInstant())) {
                throw new SessionErrors.TokenExpired(expiry.toInstant());
            }
            return new Claims(UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")), expiry.toInstant());
        } catch (JOSEException | ParseException | IllegalArgumentException e) {
            throw invalid("malformed");
        }
    }

    private static TokenInvalid invalid(String reason) {
        return new TokenInvalid(reason);
    }
}
