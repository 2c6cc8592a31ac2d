package com.clinicnetwork.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook must never reach: anything that is not a public unicast address on the internet. A
 * webhook URL is chosen by a user, and the service sits inside the platform's network, next to databases, the
 * Kafka broker, the actuator ports of other services and a cloud metadata endpoint (169.254.169.254); letting
 * deliveries go there would turn the service into a proxy into that network (server-side request forgery).
 */
final class TargetAddresses {

    private static final List<Block> INTERNAL = List.of(
            new Block(Cidr.parse("0.0.0.0/8"), "unspecified"),
            new Block(Cidr.parse("10.0.0.0/8"), "private"),
            new Block(Cidr.parse("100.64.0.0/10"), "carrier-grade NAT"),
            new Block(Cidr.parse("127.0.0.0/8"), "loopback"),
            new Block(Cidr.parse("169.254.0.0/16"), "link-local"),
            new Block(Cidr.parse("172.16.0.0/12"), "private"),
            new Block(Cidr.parse("192.0.0.0/24"), "reserved"),
            new Block(Cidr.parse("192.168.0.0/16"), "private"),
            new Block(Cidr.parse("198.18.0.0/15"), "reserved"),
            new Block(Cidr.parse("224.0.0.0/4"), "multicast"),
            new Block(Cidr.parse("240.0.0.0/4"), "reserved"),
            new Block(Cidr.parse("::/128"), "unspecified"),
            new Block(Cidr.parse("::1/128"), "loopback"),
            new Block(Cidr.parse("fc00::/7"), "private"),
            new Block(Cidr.parse("fe80::/10"), "link-local"),
            new Block(Cidr.parse("fec0::/10"), "private"),
            new Block(Cidr.parse("ff00::/8"), "multicast"));

    private TargetAddresses() {
    }

    private record Block(Cidr cidr, String category) {
    }

    /**
     * @return why the address is not a public one (e.g. "loopback", "private"), or empty if it is
     */
    static Optional<String> internalCategory(InetAddress address) {
        InetAddress canonical = canonical(address);
        return INTERNAL.stream().filter(block -> block.cidr().contains(canonical)).map(Block::category).findFirst();
    }

    /**
     * The IPv4 address an IPv6 address stands for, where it embeds one that the network stack would reach: IPv4-mapped
     * ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) and 6to4
     * ({@code 2002:aabb:ccdd::}). Without this, {@code ::ffff:127.0.0.1} would pass as a public IPv6 address.
     */
    static InetAddress canonical(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean firstTenZero = allZero(b, 0, 10);
        if (firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return ipv4(b, 12);
        }
        boolean loopbackOrUnspecified = allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1);
        if (firstTenZero && b[10] == 0 && b[11] == 0 && !loopbackOrUnspecified) {
            return ipv4(b, 12);
        }
        if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 8)) {
            return ipv4(b, 12);
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return ipv4(b, 2);
        }
        return address;
    }

    private static boolean allZero(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address ipv4(byte[] bytes, int from) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
