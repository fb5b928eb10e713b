package dev.latchkey.accounts.tokens.control;

import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.kernel.secrets.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Issues and redeems the single-use tokens that confirmation and reset mails carry: 256 random
 * bits, base64url, stored as SHA-256. Redeeming locks the row, so a token works exactly once
 * even when presented twice at the same moment.
 */
@ApplicationScoped
public class AccountTokens {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;

    /** Returns the token to put in the mail; only its hash is kept. */
    public String issue(UUID accountId, AccountToken.Purpose purpose, Duration ttl) {
        String token = Secrets.randomToken();
        em.persist(new AccountToken(Secrets.sha256Hex(token), accountId, purpose, clock.instant(), clock.instant().plus(ttl)));
        return token;
    }

    /** Spends every open token of the purpose, e.g. all reset links once the password changed. */
    public void spendAll(UUID accountId, AccountToken.Purpose purpose) {
        em.createQuery("update AccountToken t set t.usedAt = :now where t.accountId = :account and t.purpose = :purpose and t.usedAt is null")
                .setParameter("now", clock.instant()).setParameter("account", accountId).setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** The account the token was issued for; it is spent from now on. */
    public UUID redeem(String token, AccountToken.Purpose purpose) {
        AccountToken found = Secrets.lookupKey(token)
                .map(key -> em.find(AccountToken.class, key, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (found == null || found.purpose() != purpose || found.isUsed()) {
            throw new MailedTokenErrors.Unknown(purpose);
        }
        if (found.isExpired(clock.instant())) {
            throw new MailedTokenErrors.Expired(purpose);
        }
        found.use(clock.instant());
        return found.accountId();
    }
}
