package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: https URLs without credentials whose host is, and resolves only to, public addresses
 * ({@link TargetAddresses}), plus the blocks in {@code clinic.webhooks.allowed-private-targets}. Checked when a URL
 * is registered, for a quick answer to the admin, and again for every delivery on the addresses actually
 * connected to (see {@code delivery.webhook.WebhookChannel}), because what a name resolves to can change after registration.
 */
@Component
public class WebhookTargetPolicy {

    /** Name resolution, replaceable so the rules can be tested without DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final String REFUSED_HOST = "must not point at a loopback, private, link-local or other internal address";

    private final boolean allowInsecureHttp;
    private final List<Cidr> allowedPrivateTargets;
    private final Resolver resolver;

    @Autowired
    public WebhookTargetPolicy(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    WebhookTargetPolicy(WebhookProperties properties, Resolver resolver) {
        this.allowInsecureHttp = properties.allowInsecureHttp();
        // A malformed block fails start-up rather than silently allowing or refusing something else.
        this.allowedPrivateTargets = properties.allowedPrivateTargets().stream().map(Cidr::parse).toList();
        this.resolver = resolver;
    }

    /**
     * The URL an admin registers, if it is acceptable. A host name that does not resolve (yet) is accepted: nothing
     * can be reached through it, and every delivery checks what it resolves to then.
     *
     * @throws InvalidValueException naming the field {@code url} otherwise
     */
    URI registrable(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalidUrl("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        boolean http = scheme.equals("http");
        if (!uri.isAbsolute() || uri.getHost() == null || !(https || http && allowInsecureHttp) || uri.getRawUserInfo() != null) {
            throw invalidUrl("must be an absolute https URL without credentials");
        }
        try {
            resolve(uri.getHost());
        } catch (RefusedTargetException e) {
            throw invalidUrl(REFUSED_HOST);
        } catch (UnknownHostException notResolvableNow) {
            // Accepted, see above.
        }
        return uri;
    }

    /**
     * Resolves a host and checks every address it resolves to; one internal address refuses the host, so a DNS
     * answer cannot mix a public address (passing the check) with an internal one (used for the connection).
     *
     * @throws RefusedTargetException if any address is refused
     * @throws UnknownHostException   if the host does not resolve
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        // URI.getHost() keeps the brackets of an IPv6 literal.
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses = Arrays.asList(resolver.resolve(name));
        if (addresses.isEmpty()) {
            throw new UnknownHostException("no address");
        }
        if (!addresses.stream().allMatch(this::permitted)) {
            throw new RefusedTargetException();
        }
        return addresses;
    }

    boolean permitted(InetAddress address) {
        return TargetAddresses.internalCategory(address).isEmpty()
                || allowedPrivateTargets.stream().anyMatch(block -> block.contains(address));
    }

    private static InvalidValueException invalidUrl(String message) {
        return new InvalidValueException("url", message);
    }
}
