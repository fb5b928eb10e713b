package dev.latchkey.devices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * The devices module's view of an account: its device counter under a {@code @Version}. Each
 * registration bumps it, so two registrations that counted the same devices cannot both commit.
 */
@Entity
@Table(name = "account_devices")
public class AccountDevices {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    private long registered;
    @Version
    private long version;

    protected AccountDevices() {
    }

    public void registered() {
        registered++;
    }
}
