package com.clinicnetwork.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block such as {@code 127.0.0.1/32} or {@code fd00::/8}. */
record Cidr(byte[] network, int prefixLength) {

    /**
     * @throws IllegalArgumentException if {@code text} is not an IP address literal with a prefix length that fits it
     */
    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not a CIDR block (address/prefix): " + text);
        }
        String address = text.substring(0, slash).strip();
        if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            // Only literals: a host name here would be looked up at start-up and pin whatever DNS said then.
            throw new IllegalArgumentException("Not an IP address literal: " + address);
        }
        byte[] bytes;
        int prefix;
        try {
            bytes = TargetAddresses.canonical(InetAddress.getByName(address)).getAddress();
            prefix = Integer.parseInt(text.substring(slash + 1).strip());
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a CIDR block (address/prefix): " + text, e);
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("Prefix length out of range: " + text);
        }
        return new Cidr(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = TargetAddresses.canonical(address).getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
