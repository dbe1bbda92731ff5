package dev.fourfold.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which receivers webhooks may be sent to, with the default settings unless a test says otherwise. */
class TargetPolicyTests {

    /** A resolver that answers every name with one address, as a rebinding DNS server might. */
    private static TargetPolicy resolvingTo(WebhookProperties properties, String address) {
        return new TargetPolicy(properties, host -> new InetAddress[] {InetAddress.getByName(address)});
    }

    private static WebhookProperties allowing(List<String> hosts, boolean privateAddresses) {
        return new WebhookProperties(hosts, privateAddresses, Duration.ofSeconds(5), 20, 10, Duration.ofMinutes(1),
                Duration.ofHours(6), Duration.ofSeconds(5), Duration.ofSeconds(10), 1000, Duration.ofSeconds(2), 200_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/", "http://172.16.0.9/",
        "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/", "http://[::1]/",
        "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/"})
    void refusesInternalAddressesByDefault(String url) {
        assertThat(new TargetPolicy(WebhookProperties.defaults()).refusal(url)).hasValueSatisfying(
                message -> assertThat(message).contains("fourfold.webhooks.allow-private-addresses"));
    }

    @Test
    void acceptsAPublicAddress() {
        assertThat(resolvingTo(WebhookProperties.defaults(), "93.184.215.14").refusal("https://hooks.example.com/x"))
                .isEmpty();
    }

    @Test
    void refusesANameThatResolvesToAnInternalAddress() {
        assertThat(resolvingTo(WebhookProperties.defaults(), "10.0.0.7").refusal("https://hooks.example.com/x"))
                .hasValueSatisfying(m -> assertThat(m).contains("resolves to 10.0.0.7, a private address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/", "file:///etc/passwd", "hooks.example.com/x", "https://",
        "javascript:alert(1)", "https://user:pw@hooks.example.com/"})
    void refusesWhatIsNotAnHttpUrlWithoutCredentials(String url) {
        assertThat(resolvingTo(WebhookProperties.defaults(), "93.184.215.14").refusal(url)).isPresent();
    }

    @Test
    void acceptsOnlyTheAllowedHostsWhenTheyAreSet() {
        TargetPolicy policy = resolvingTo(allowing(List.of("hooks.example.com", "*.corp.example"), false), "93.184.215.14");
        assertThat(policy.refusal("https://hooks.example.com/a")).isEmpty();
        assertThat(policy.refusal("https://bi.corp.example/a")).isEmpty();
        assertThat(policy.refusal("https://evil.example.net/a")).hasValueSatisfying(
                m -> assertThat(m).contains("not one of fourfold.webhooks.allowed-hosts"));
    }

    @Test
    void acceptsInternalAddressesWhenAllowed() {
        assertThat(new TargetPolicy(allowing(List.of(), true)).refusal("http://127.0.0.1:9/hook")).isEmpty();
    }
}
