package dev.latchkey.devices.proof.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A single-use nonce for a device to sign, valid five minutes; spent by one UPDATE in {@code DeviceProofs}. */
@Entity
@Table(name = "device_challenge")
public class DeviceChallenge {

    @Id
    private String nonce;
    @Column(name = "device_id", nullable = false)
    private UUID deviceId;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected DeviceChallenge() {
    }

    public DeviceChallenge(String nonce, UUID deviceId, Instant expiresAt) {
        this.nonce = nonce;
        this.deviceId = deviceId;
        this.expiresAt = expiresAt;
    }
}
