package dev.fourfold.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the server's clock with a fixed one, so the demo company's history ends in a known month. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** 15 November 2026: the demo history runs from December 2023 to October 2026. */
    public static final Instant NOW = Instant.parse("2026-11-15T09:00:00Z");

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
