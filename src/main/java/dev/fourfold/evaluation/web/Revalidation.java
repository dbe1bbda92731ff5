package dev.fourfold.evaluation.web;

import dev.fourfold.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GETs of answers computed from a versioned model: the ETag is a digest of the model's version, the
 * caller, the caller's locale and the request's resolved parameters, so that it changes with any of them and one
 * user's ETag never matches another's answer. Such answers are {@code private, no-cache}: a client may keep them
 * and must revalidate, and shared caches must not keep them.
 */
final class Revalidation {

    static final String CACHE_CONTROL = "private, no-cache";

    private Revalidation() {
    }

    /**
     * Sets the ETag and Cache-Control of the answer and tells whether the client's copy is current, in which case
     * the answer is a 304 without a body. Without a version (a model that could not be named) nothing is set.
     */
    static boolean notModified(ServletWebRequest request, String version, Actor actor, Object... parameters) {
        if (version.isEmpty() || request.getResponse() == null) {
            return false;
        }
        StringBuilder text = new StringBuilder(version).append('\n').append(actor.kind()).append(':')
                .append(actor.name()).append('\n').append(request.getLocale().toLanguageTag());
        for (Object p : parameters) {
            text.append('\n').append(p);
        }
        request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        return request.checkNotModified("\"" + digest(text.toString()) + "\"");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
