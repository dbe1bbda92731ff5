package dev.fourfold.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A minimal OpenID Connect provider on the loopback interface, for sign-in tests: discovery, keys, a token
 * endpoint that issues an ID token for the user and nonce the test sets, and user info.
 */
final class StubIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "fourfold-test";

    private final HttpServer server;
    private final RSAKey key;
    private volatile String username = "oidc-user";
    private volatile String nonce = "";

    StubIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", ex -> json(ex, discovery()));
        server.createContext("/jwks", ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", ex -> json(ex, "{\"access_token\": \"stub-access\", \"token_type\": \"Bearer\", "
                + "\"expires_in\": 300, \"scope\": \"openid profile\", \"id_token\": \"" + idToken() + "\"}"));
        server.createContext("/userinfo", ex -> json(ex, "{\"sub\": \"sub-" + username + "\", \"preferred_username\": \""
                + username + "\"}"));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The person the next token is for, and the nonce the sign-in request carried. */
    void next(String user, String requestNonce) {
        this.username = user;
        this.nonce = requestNonce;
    }

    private String discovery() {
        String base = issuer();
        return "{\"issuer\": \"" + base + "\", \"authorization_endpoint\": \"" + base + "/authorize\", "
                + "\"token_endpoint\": \"" + base + "/token\", \"jwks_uri\": \"" + base + "/jwks\", "
                + "\"userinfo_endpoint\": \"" + base + "/userinfo\", \"response_types_supported\": [\"code\"], "
                + "\"subject_types_supported\": [\"public\"], \"id_token_signing_alg_values_supported\": [\"RS256\"], "
                + "\"scopes_supported\": [\"openid\", \"profile\"]}";
    }

    private String idToken() {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + username)
                .audience(List.of(CLIENT_ID)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce).claim("preferred_username", username).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
