package dev.latchkey.accounts.tokens.control;

import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Issues and redeems the single-use tokens that confirmation and reset mails carry: 256 random
 * bits, base64url, stored as SHA-256. Redeeming locks the row, so a token works exactly once
 * even when presented twice at the same moment.
 */
@ApplicationScoped
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;

    /** Returns the token to put in the mail; only its hash is kept. */
    public String issue(UUID accountId, AccountToken.Purpose purpose, Duration ttl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(hash(token), accountId, purpose, clock.instant(), clock.instant().plus(ttl)));
        return token;
    }

    /** The account the token was issued for; it is spent from now on. */
    public UUID redeem(String token, AccountToken.Purpose purpose, ErrorCode invalid, ErrorCode expired) {
        AccountToken found = token == null || token.isBlank() || token.length() > 200 ? null
                : em.find(AccountToken.class, hash(token), LockModeType.PESSIMISTIC_WRITE);
        if (found == null || found.purpose() != purpose || found.isUsed()) {
            throw new LatchkeyException(invalid);
        }
        if (found.isExpired(clock.instant())) {
            throw new LatchkeyException(expired);
        }
        found.use(clock.instant());
        return found.accountId();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
