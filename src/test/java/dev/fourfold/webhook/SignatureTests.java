package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The delivery signature: HMAC-SHA256 of "timestamp.body", as the README's verification code recomputes it. */
class SignatureTests {

    @Test
    void signsTheTimestampAndTheBodyAsTheKnownVector() {
        // Python: hmac.new(b"whsec_test", b'1700000000.{"event":"ping"}', hashlib.sha256).hexdigest()
        assertThat(Signature.header("whsec_test", 1700000000L, "{\"event\":\"ping\"}")).isEqualTo(
                "t=1700000000,v1=aa8efe37b751e71157c508c5ac4acb1e9fe5225db98355dfc00f4b680afbc447");
    }

    @Test
    void changesWithTheBodyTheTimeAndTheSecret() {
        String header = Signature.header("whsec_test", 1700000000L, "{}");
        assertThat(Signature.header("whsec_test", 1700000000L, "{ }")).isNotEqualTo(header);
        assertThat(Signature.header("whsec_test", 1700000001L, "{}")).isNotEqualTo(header);
        assertThat(Signature.header("whsec_other", 1700000000L, "{}")).isNotEqualTo(header);
    }

    @Test
    void makesLongRandomSecrets() {
        String secret = Signature.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 64).isNotEqualTo(Signature.newSecret());
    }
}
