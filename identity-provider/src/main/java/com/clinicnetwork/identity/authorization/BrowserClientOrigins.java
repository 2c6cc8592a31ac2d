package com.clinicnetwork.identity.authorization;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The web origins of the public clients that run in a browser: where their http(s) redirect URIs point. */
final class BrowserClientOrigins {

    private BrowserClientOrigins() {
    }

    static List<String> of(List<ClientProperties> clients) {
        return clients.stream()
                .filter(ClientProperties::publicClient)
                .flatMap(client -> client.redirectUris().stream())
                .map(BrowserClientOrigins::webOrigin)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** {@code scheme://host[:port]} of an http(s) URI; null for an app's own scheme (clinic.mobile://callback). */
    private static String webOrigin(String redirectUri) {
        URI uri = URI.create(redirectUri.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return null;
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
