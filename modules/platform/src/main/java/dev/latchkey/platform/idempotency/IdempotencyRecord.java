package dev.latchkey.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * One Idempotency-Key of one caller (kept as its SHA-256): the request it came with and, once
 * done, the response, its body sealed (see {@link IdempotencyKeys}).
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public record Key(String scope, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String scope;
    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "response_status")
    private Integer responseStatus;
    @Column(name = "response_sealed")
    private String responseSealed;
    @Column(name = "response_type")
    private String responseType;
    @Column(name = "response_location")
    private String responseLocation;
    @Version
    private long version;

    protected IdempotencyRecord() {
    }

    void complete(StoredResponse response, String sealedBody) {
        responseStatus = response.status();
        responseSealed = sealedBody;
        responseType = response.contentType();
        responseLocation = response.location();
    }

    boolean isComplete() {
        return responseStatus != null;
    }

    boolean matches(String hash) {
        return requestHash.equals(hash);
    }

    boolean isOlderThan(Instant limit) {
        return createdAt.isBefore(limit);
    }

    String sealedBody() {
        return responseSealed;
    }

    StoredResponse response(byte[] body) {
        return new StoredResponse(responseStatus, body, responseType, responseLocation);
    }
}
