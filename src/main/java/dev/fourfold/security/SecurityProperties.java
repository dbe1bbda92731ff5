package dev.fourfold.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-in.
 *
 * @param adminPassword    password of the first administrator on first start outside demo mode; when empty a
 *                         random one is generated and written to the log once
 * @param freeFailedLogins failed password sign-ins in a row before the account is slowed down
 * @param firstDelay       the wait after the first failure past the free ones; it doubles with each further failure
 * @param maxDelay         the longest wait
 */
@ConfigurationProperties("fourfold.security")
public record SecurityProperties(String adminPassword, Integer freeFailedLogins, Duration firstDelay, Duration maxDelay) {

    public SecurityProperties {
        freeFailedLogins = freeFailedLogins == null ? 5 : freeFailedLogins;
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    }

    SignInPolicy signInPolicy() {
        return new SignInPolicy(freeFailedLogins, firstDelay, maxDelay, Duration.ofDays(1));
    }
}
