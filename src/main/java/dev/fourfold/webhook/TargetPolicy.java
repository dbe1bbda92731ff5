package dev.fourfold.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs may receive webhooks: absolute {@code http} or {@code https} URLs without credentials, on a host of
 * {@code fourfold.webhooks.allowed-hosts} when that is set, whose every address is public unless
 * {@code fourfold.webhooks.allow-private-addresses} is true. Checked when a subscription is saved and again before
 * every attempt, so a name that later resolves to an internal address (DNS rebinding) is refused then.
 */
final class TargetPolicy {

    /** Looks up a host's addresses; the server uses the system's resolver. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final WebhookProperties properties;
    private final Resolver resolver;

    TargetPolicy(WebhookProperties properties, Resolver resolver) {
        this.properties = properties;
        this.resolver = resolver;
    }

    TargetPolicy(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.of("must be an absolute http or https URL, such as https://hooks.example.com/fourfold");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not hold a user name or password");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!properties.allowedHosts().isEmpty() && properties.allowedHosts().stream().noneMatch(h -> matches(h, host))) {
            return Optional.of("host " + host + " is not one of fourfold.webhooks.allowed-hosts ("
                    + String.join(", ", properties.allowedHosts()) + ")");
        }
        return properties.allowPrivateAddresses() ? Optional.empty() : addressRefusal(host);
    }

    private Optional<String> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            String kind = internalKind(a);
            if (kind != null) {
                return Optional.of("host " + host + " resolves to " + a.getHostAddress() + ", a " + kind
                        + " address: internal addresses are refused unless fourfold.webhooks.allow-private-addresses is true");
            }
        }
        return Optional.empty();
    }

    /** What kind of internal address this is, or null for a public one. */
    static @Nullable String internalKind(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress() || b.length == 4 && b[0] == 0) {
            return "wildcard";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress() || b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "private";
        }
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "unique local";
        }
        if (a.isMulticastAddress() || b.length == 4 && (b[0] & 0xff) >= 240) {
            return "multicast or reserved";
        }
        return null;
    }

    private static boolean matches(String allowed, String host) {
        String a = allowed.toLowerCase(Locale.ROOT);
        return a.startsWith("*.") ? host.endsWith(a.substring(1)) : a.equals(host);
    }
}
