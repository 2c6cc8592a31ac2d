package com.clinicnetwork.gateway.forwarding;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IP address or a CIDR block of them ({@code 10.244.0.0/16}, {@code fd00::/8}): an Ingress controller's pods change
 * addresses within their network, so a gateway behind one trusts the block, not an address. Parsed from IP literals
 * only, never host names (no DNS lookups).
 */
final class AddressRange {

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** {@code address} or {@code address/prefix}; empty for anything else, including a prefix longer than the address. */
    static Optional<AddressRange> parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = NetUtil.createByteArrayFromIpAddressString(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return Optional.empty();
        }
        int bits = address.length * 8;
        if (slash < 0) {
            return Optional.of(new AddressRange(address, bits));
        }
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
            return Optional.empty();
        }
        return Optional.of(new AddressRange(address, Integer.parseInt(prefix)));
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int wholeBytes = prefixLength / 8;
        if (!Arrays.equals(candidate, 0, wholeBytes, network, 0, wholeBytes)) {
            return false;
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - remainingBits);
        return (candidate[wholeBytes] & mask) == (network[wholeBytes] & mask);
    }
}
