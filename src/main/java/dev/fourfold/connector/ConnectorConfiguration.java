package dev.fourfold.connector;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The connectors' settings, the scheduler, and ShedLock's lock on the application database (the {@code shedlock}
 * table, created by Flyway), timed by the database's clock so that nodes with skewed clocks agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ConnectorProperties.class)
class ConnectorConfiguration {

    @Bean
    LockProvider connectorLocks(DataSource dataSource) {
        return locks(dataSource);
    }

    @Bean
    LockingTaskExecutor connectorLockingTaskExecutor(LockProvider connectorLocks) {
        return new DefaultLockingTaskExecutor(connectorLocks);
    }

    static LockProvider locks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
