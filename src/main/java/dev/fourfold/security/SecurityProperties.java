package dev.fourfold.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-in.
 *
 * @param adminPassword  password of the first administrator on first start outside demo mode; when empty a
 *                       random one is generated and written to the log once
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked
 * @param lockout        how long a locked account stays locked
 */
@ConfigurationProperties("fourfold.security")
public record SecurityProperties(String adminPassword, Integer maxFailedLogins, Duration lockout) {

    public SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
