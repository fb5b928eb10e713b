package dev.latchkey.platform.persistence;

import org.hibernate.engine.transaction.jta.platform.internal.StandardJtaPlatformResolver;
import org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatformResolver;
import org.hibernate.service.spi.ServiceRegistryImplementor;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Map;

/**
 * Finds the server's transaction manager, so one persistence unit serves on Payara and WildFly: where
 * {@code java:appserver/TransactionManager} is bound (Payara, GlassFish) the SunOne platform, otherwise
 * what Hibernate finds by itself (WildFly names its own platform to Hibernate and never asks).
 */
public class ServerJtaPlatform implements JtaPlatformResolver {

    @Override
    @SuppressWarnings("rawtypes")
    public JtaPlatform resolveJtaPlatform(Map configurationValues, ServiceRegistryImplementor registry) {
        try {
            new InitialContext().lookup("java:appserver/TransactionManager");
            return new SunOneJtaPlatform();
        } catch (NamingException | RuntimeException notPayara) {
            return new StandardJtaPlatformResolver().resolveJtaPlatform(configurationValues, registry);
        }
    }
}
