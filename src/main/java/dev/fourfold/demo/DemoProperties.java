package dev.fourfold.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo company.
 *
 * @param enabled load the demo company on start when the database holds no organisation unit yet
 * @param seed    seed of the random noise, so every installation shows the same numbers
 */
@ConfigurationProperties("fourfold.demo")
public record DemoProperties(boolean enabled, Long seed) {

    public DemoProperties {
        seed = seed == null ? 20260101L : seed;
    }
}
