package dev.fourfold.connector;

import dev.fourfold.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a connector's password comes from: an environment variable it names, or its stored cipher text decrypted
 * with the key from {@code FOURFOLD_CONNECTOR_KEY}; and whether H2 URLs are allowed (never in the postgres profile).
 */
@Component
class ConnectorSecrets {

    static final String KEY_VARIABLE = "FOURFOLD_CONNECTOR_KEY";

    private final Environment environment;
    private final PasswordCipher cipher;
    private final boolean allowH2;

    ConnectorSecrets(Environment environment, ConnectorProperties properties) {
        this.environment = environment;
        String key = properties.key() == null || properties.key().isBlank()
                ? environment.getProperty(KEY_VARIABLE) : properties.key();
        this.cipher = new PasswordCipher(key);
        this.allowH2 = properties.allowH2() && !environment.matchesProfiles("postgres");
    }

    boolean allowH2() {
        return allowH2;
    }

    String encrypt(String password) {
        return cipher.encrypt(password);
    }

    /** The password to connect with, or null for none. */
    @Nullable String password(Connector c, @Nullable String secret) {
        if (c.passwordEnv() != null) {
            String value = environment.getProperty(c.passwordEnv());
            if (value == null) {
                throw new InvalidInputException("passwordEnv", "names the environment variable " + c.passwordEnv()
                        + ", which is not set on this server");
            }
            return value;
        }
        if (secret == null) {
            return null;
        }
        try {
            return cipher.decrypt(secret);
        } catch (IllegalStateException e) {
            throw new InvalidInputException("password", e.getMessage());
        }
    }
}
