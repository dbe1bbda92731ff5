package dev.fourfold.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, in the header {@code Fourfold-Signature: t=<unix seconds>,v1=<hex>}: the hex
 * HMAC-SHA256, keyed with the subscription's secret, of the timestamp, a dot and the exact body. Signing the time
 * lets a receiver refuse old deliveries replayed to it.
 */
final class Signature {

    static final String HEADER = "Fourfold-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** The header's value for a body sent at {@code unixSeconds}. */
    static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new secret: 32 random bytes in hex, prefixed so that it is recognised when pasted somewhere. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
