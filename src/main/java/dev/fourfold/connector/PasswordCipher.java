package dev.fourfold.connector;

import dev.fourfold.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts connector passwords with AES-256-GCM under a key from the environment ({@code FOURFOLD_CONNECTOR_KEY}),
 * so that the database never holds a password in clear and a copy of it is useless without the key. The key text
 * is hashed with SHA-256 into the AES key; each password gets a random 12-byte nonce, stored before the cipher text.
 */
final class PasswordCipher {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "fourfold-connector-password".getBytes(StandardCharsets.UTF_8);

    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PasswordCipher(@Nullable String keyText) {
        this.key = keyText == null || keyText.isBlank() ? null : new SecretKeySpec(sha256(keyText), "AES");
    }

    boolean configured() {
        return key != null;
    }

    String encrypt(String password) {
        if (key == null) {
            throw new InvalidInputException("password", "cannot be stored: no key is configured. Set the environment "
                    + "variable FOURFOLD_CONNECTOR_KEY (at least 32 random characters, e.g. openssl rand -base64 32), "
                    + "or name an environment variable that holds the password in passwordEnv");
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The password in clear; refuses when no key is configured or the key is not the one it was stored with. */
    String decrypt(String stored) {
        if (key == null) {
            throw new IllegalStateException("the stored password cannot be read: FOURFOLD_CONNECTOR_KEY is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored password cannot be read with the configured "
                    + "FOURFOLD_CONNECTOR_KEY: was the key changed? Store the password again", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
