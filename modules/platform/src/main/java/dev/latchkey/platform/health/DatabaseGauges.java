package dev.latchkey.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges read from PostgreSQL when scraped: what waits in the outboxes ({@code latchkey.outbox.backlog},
 * tag {@code outbox}: mails not yet sent, webhook deliveries still pending; a backlog that keeps growing
 * means a mail server or a consumer is down) and the service's connections as PostgreSQL counts them
 * against {@code max_connections}. All nodes together; -1 while the database cannot be read.
 */
@ApplicationScoped
public class DatabaseGauges {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    MetricRegistry registry;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String sql) {
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Registers the gauges; called once as the application starts. */
    public void registerGauges() {
        Metadata metadata = Metadata.builder().withName("latchkey.outbox.backlog")
                .withDescription("Mails not yet sent and webhook deliveries still pending, across all nodes (-1: database unreadable)").build();
        registry.gauge(metadata, this, b -> b.count("select count(*) from mail_outbox where sent_at is null"), new Tag("outbox", "mail"));
        registry.gauge(metadata, this, b -> b.count("select count(*) from webhook_delivery where state = 'pending'"), new Tag("outbox", "webhooks"));
        // the pools as PostgreSQL sees them: the service's connections of all nodes, and those running a statement
        Metadata connections = Metadata.builder().withName("latchkey.db.connections")
                .withDescription("The service's database connections (all nodes' pools, as PostgreSQL counts them): open, and active "
                        + "(running a statement; the scrape's own included); -1 while the database cannot be read").build();
        registry.gauge(connections, this, b -> b.count("select count(*) from pg_stat_activity where application_name = 'latchkey'"),
                new Tag("state", "open"));
        registry.gauge(connections, this, b -> b.count("select count(*) from pg_stat_activity where application_name = 'latchkey' "
                + "and state = 'active'"), new Tag("state", "active"));
        registry.gauge(Metadata.builder().withName("latchkey.db.connections.max")
                .withDescription("PostgreSQL's max_connections: what all nodes' pools together must stay under").build(),
                this, b -> b.count("select setting::bigint from pg_settings where name = 'max_connections'"));
    }
}
