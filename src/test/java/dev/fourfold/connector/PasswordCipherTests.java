package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Stored connector passwords: AES-GCM under the key from the environment, useless without it. */
class PasswordCipherTests {

    private final PasswordCipher cipher = new PasswordCipher("a-test-key-of-more-than-32-characters");

    @Test
    void decryptsWhatItEncryptedWithAFreshNonceEachTime() {
        String once = cipher.encrypt("s3cret-ü");
        String twice = cipher.encrypt("s3cret-ü");

        assertThat(once).isNotEqualTo(twice).doesNotContain("s3cret");
        assertThat(cipher.decrypt(once)).isEqualTo("s3cret-ü");
        assertThat(cipher.decrypt(twice)).isEqualTo("s3cret-ü");
    }

    @Test
    void cannotReadAPasswordWithAnotherKeyOrATamperedText() {
        String stored = cipher.encrypt("s3cret");
        char last = stored.charAt(10);
        String tampered = stored.substring(0, 10) + (last == 'A' ? 'B' : 'A') + stored.substring(11);

        assertThatThrownBy(() -> new PasswordCipher("another-key-of-more-than-32-characters").decrypt(stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FOURFOLD_CONNECTOR_KEY");
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStoreAPasswordWithoutAKey() {
        assertThatThrownBy(() -> new PasswordCipher("").encrypt("s3cret"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("FOURFOLD_CONNECTOR_KEY"));
    }
}
