package com.clinicnetwork.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the sign-in flow needs one: keeps cookies, follows no redirects (the tests look at
 * each one), and sends forms with the CSRF token of the page they came from.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String language = "en-GB";

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Browser acceptLanguage(String language) {
        this.language = language;
        return this;
    }

    String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).header("Accept", "text/html").GET());
    }

    /** A GET as curl sends it, accepting anything. */
    HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "*/*").GET());
    }

    /** Posts a form as the page at {@code pagePath} would, with that page's CSRF token. */
    HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(pagePath);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("No CSRF token on " + pagePath + ": " + page.statusCode());
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf.group(1));
        return post(action, withToken);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Signs in through the sign-in page; answers where the browser is sent next. */
    String signIn(String username, String password) {
        HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
