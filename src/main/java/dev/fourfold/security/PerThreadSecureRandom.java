package dev.fourfold.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from one DRBG generator per thread. Every page masks its CSRF token with fresh random bytes; one shared
 * generator (or the platform's default, which reads one shared source under a lock) makes all request threads queue
 * for it under load.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        GENERATOR.get().nextBytes(bytes);
    }
}
