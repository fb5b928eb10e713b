package dev.latchkey.sessions.apikeys.boundary;

import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.kernel.error.TokenInvalid;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.apikeys.control.ApiKeyStore;
import dev.latchkey.sessions.apikeys.control.KnownKeys;
import dev.latchkey.sessions.apikeys.entity.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * API keys: made by a signed-in person for their account, listed without secrets, revoked, and
 * recognised on requests. The scopes are CONTRACT.md section 4's; the web layer checks them.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    /** Every scope there is. */
    public static final Set<String> SCOPES = Set.of("accounts:read", "accounts:write", "devices:read", "devices:write",
            "sessions:read", "sessions:write", "2fa:write", "admin");
    static final String PREFIX = "lk_";

    @Inject
    ApiKeyStore store;
    @Inject
    KnownKeys known;
    @Inject
    Accounts accounts;
    @Inject
    Clock clock;

    /** A new key; {@code scopes} are checked by the caller against {@link #SCOPES}. */
    public NewApiKey create(UUID accountId, @NotBlank @Size(max = 100) String name, List<String> scopes) {
        String secret = PREFIX + Secrets.randomToken();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(scopes));
        ApiKey key = store.add(new ApiKey(accountId, name.strip(), distinct, Secrets.sha256Hex(secret), clock.instant()));
        return new NewApiKey(key.id(), key.name(), distinct, secret, key.createdAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyView> list(UUID accountId) {
        return store.ofAccount(accountId).stream().map(ApiKeyView::of).toList();
    }

    /** Revokes one of the account's keys; it stops working at once. Another account's key does not exist. */
    public void revoke(UUID accountId, UUID keyId) {
        ApiKey key = store.find(keyId).filter(k -> k.accountId().equals(accountId) && !k.isRevoked())
                .orElseThrow(() -> new ResourceNotFound("api_key", keyId));
        key.revoke(clock.instant());
        known.revoked(key.id());
    }

    /** The caller of a key: TOKEN_INVALID when it is unknown, revoked, or its account is not ACTIVE. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyCaller authenticate(String presented) {
        String hash = Secrets.lookupKey(presented).orElseThrow(() -> new TokenInvalid("unknown_api_key"));
        KnownKeys.Entry key = known.cached(hash).orElseGet(() -> {
            ApiKey stored = known.load(hash, () -> store.findByHash(hash)).orElseThrow(() -> new TokenInvalid("unknown_api_key"));
            if (stored.isRevoked()) {
                throw new TokenInvalid("api_key_revoked");
            }
            return KnownKeys.Entry.of(stored);
        });
        if (!"ACTIVE".equals(accounts.find(key.accountId()).status())) {
            throw new TokenInvalid("account_not_active");
        }
        return new KeyCaller(key.accountId(), key.keyId(), Set.copyOf(key.scopes()));
    }
}
