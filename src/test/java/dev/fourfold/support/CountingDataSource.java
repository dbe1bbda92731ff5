package dev.fourfold.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the application prepares and the connections it takes from the pool, so that a test can
 * say how many round trips to the database a request costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDataSource {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** What was counted since the last {@link #reset}. */
    public static final class Counts {
        private final AtomicInteger statements = new AtomicInteger();
        private final AtomicInteger connections = new AtomicInteger();

        public int statements() {
            return statements.get();
        }

        public int connections() {
            return connections.get();
        }

        public void reset() {
            statements.set(0);
            connections.set(0);
        }
    }

    @Bean
    Counts counts() {
        return new Counts();
    }

    @Bean
    static BeanPostProcessor countingDataSources(org.springframework.beans.factory.ObjectProvider<Counts> counts) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds ? counting(ds, counts.getObject()) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target, Counts counts) {
        return (DataSource) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection c) {
                        counts.connections.incrementAndGet();
                        return connection(c, counts);
                    }
                    return result;
                });
    }

    private static Connection connection(Connection target, Counts counts) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        counts.statements.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
