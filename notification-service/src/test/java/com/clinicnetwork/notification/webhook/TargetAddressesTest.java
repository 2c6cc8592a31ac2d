package com.clinicnetwork.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook targets are refused, without DNS: names resolve through a fixed table. */
class TargetAddressesTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.clinic-chain.example", List.of("203.0.113.10"),
            "localhost", List.of("127.0.0.1", "::1"),
            "intranet.clinic-chain.example", List.of("10.20.30.40"),
            "mixed.clinic-chain.example", List.of("203.0.113.11", "192.168.0.7"),
            "metadata.clinic-chain.example", List.of("169.254.169.254"));

    private final WebhookTargetPolicy defaultPolicy = policy(false, List.of());

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.255.255.254, loopback", "::1, loopback",
            "10.0.0.1, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "fc00::1, private", "fd12:3456::1, private",
            "169.254.169.254, link-local", "169.254.0.1, link-local", "fe80::1, link-local", "febf::1, link-local",
            "0.0.0.0, unspecified", "::, unspecified",
            "100.64.0.1, carrier-grade NAT", "100.127.255.255, carrier-grade NAT",
            "224.0.0.1, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
            "255.255.255.255, reserved",
            "::ffff:127.0.0.1, loopback", "::ffff:169.254.169.254, link-local", "::ffff:10.1.2.3, private",
            "::10.1.2.3, private", "64:ff9b::a9fe:a9fe, link-local", "2002:7f00:1::, loopback"})
    void internalAddressesAreClassified(String address, String category) throws UnknownHostException {
        assertThat(TargetAddresses.internalCategory(InetAddress.getByName(address))).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "169.253.255.255",
            "2001:db8::1", "2a00:1450:4001::200e", "::ffff:8.8.8.8"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(TargetAddresses.internalCategory(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void cidrBlocksContainExactlyTheirAddresses() throws UnknownHostException {
        Cidr single = Cidr.parse("127.0.0.1/32");
        Cidr block = Cidr.parse("10.1.0.0/20");

        assertThat(single.contains(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(single.contains(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(single.contains(InetAddress.getByName("::ffff:127.0.0.1"))).isTrue();
        assertThat(block.contains(InetAddress.getByName("10.1.15.255"))).isTrue();
        assertThat(block.contains(InetAddress.getByName("10.1.16.0"))).isFalse();
        assertThat(Cidr.parse("fd00::/8").contains(InetAddress.getByName("fd12::1"))).isTrue();
        assertThatThrownBy(() -> Cidr.parse("127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("intranet/8")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hooks", "https://127.0.0.1:8083/actuator", "https://localhost/hooks",
            "https://10.0.0.5/hooks", "https://172.16.4.4/hooks", "https://192.168.1.20/hooks",
            "https://169.254.169.254/latest/meta-data/", "https://[::1]/hooks", "https://[fe80::1]/hooks",
            "https://[fd00::5]/hooks", "https://[::ffff:127.0.0.1]/hooks", "https://[::ffff:a9fe:a9fe]/hooks",
            "https://100.64.1.1/hooks", "https://0.0.0.0/hooks", "https://224.0.0.251/hooks",
            "https://intranet.clinic-chain.example/hooks", "https://metadata.clinic-chain.example/hooks",
            "https://mixed.clinic-chain.example/hooks"})
    void theDefaultPolicyRefusesInternalTargetsAtRegistration(String url) {
        assertRefused(defaultPolicy, url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.clinic-chain.example/h", "ftp://hooks.clinic-chain.example/h",
            "https://user:secret@hooks.clinic-chain.example/h", "https://user@hooks.clinic-chain.example/h", "/relative", "https:///h"})
    void onlyHttpsWithoutCredentialsIsAccepted(String url) {
        assertRefused(defaultPolicy, url);
    }

    @Test
    void publicTargetsAndNamesThatDoNotResolveYetAreAccepted() {
        assertThat(defaultPolicy.registrable("https://hooks.clinic-chain.example/h")).isEqualTo(URI.create("https://hooks.clinic-chain.example/h"));
        assertThat(defaultPolicy.registrable("https://203.0.113.20:8443/h")).hasHost("203.0.113.20");
        // Nothing can be reached through it now; every delivery resolves and checks it again.
        assertThat(defaultPolicy.registrable("https://not-yet.clinic-chain.example/h")).hasHost("not-yet.clinic-chain.example");
    }

    @Test
    void plainHttpOnlyWhereAllowed() {
        assertThat(policy(true, List.of()).registrable("http://hooks.clinic-chain.example/h")).hasScheme("http");
    }

    @Test
    void explicitlyAllowedBlocksAreReachableAndNothingElse() throws UnknownHostException {
        WebhookTargetPolicy testPolicy = policy(true, List.of("127.0.0.1/32"));

        assertThat(testPolicy.registrable("http://127.0.0.1:4567/h")).hasPort(4567);
        assertRefused(testPolicy, "http://127.0.0.2:4567/h");
        assertRefused(testPolicy, "http://10.0.0.1/h");
        // localhost also resolves to ::1, which is not allowed: one refused address refuses the name.
        assertRefused(testPolicy, "http://localhost:4567/h");
        assertThat(testPolicy.resolve("127.0.0.1")).extracting(InetAddress::getHostAddress).containsExactly("127.0.0.1");
    }

    @Test
    void atSendTimeEveryResolvedAddressIsChecked() {
        assertThatThrownBy(() -> defaultPolicy.resolve("mixed.clinic-chain.example")).isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> defaultPolicy.resolve("localhost")).isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> defaultPolicy.resolve("[::1]")).isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> defaultPolicy.resolve("gone.clinic-chain.example"))
                .isInstanceOf(UnknownHostException.class).isNotInstanceOf(RefusedTargetException.class);
    }

    @Test
    void aMalformedAllowedBlockFailsStartUp() {
        assertThatThrownBy(() -> policy(false, List.of("127.0.0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(WebhookTargetPolicy policy, String url) {
        assertThatThrownBy(() -> policy.registrable(url))
                .isInstanceOfSatisfying(InvalidValueException.class, refusal -> assertThat(refusal.field()).isEqualTo("url"));
    }

    private static WebhookTargetPolicy policy(boolean allowHttp, List<String> allowedPrivateTargets) {
        return new WebhookTargetPolicy(new WebhookProperties(allowHttp, Duration.ofSeconds(5), allowedPrivateTargets, 20), host -> {
            List<String> addresses = DNS.get(host);
            if (addresses == null) {
                if (host.matches("[0-9.]+|.*:.*")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        });
    }
}
