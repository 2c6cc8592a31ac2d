package com.clinicnetwork.testsupport.oauth;

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
 * A browser as far as the identity provider's sign-in flow needs one: keeps cookies, follows no redirects (the tests
 * look at each one), and sends forms with the CSRF token of the page they came from. For the provider's own tests
 * and for apps' flows driven over plain HTTP, such as a mobile app's sign-in in the system tests.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String language = "en-GB";

    /** @param base the identity provider's base URL (its issuer), e.g. {@code http://127.0.0.1:9000} */
    public Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public Browser acceptLanguage(String language) {
        this.language = language;
        return this;
    }

    public String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).header("Accept", "text/html").GET());
    }

    /** A GET as curl sends it, accepting anything. */
    public HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "*/*").GET());
    }

    /** Posts a form as the page at {@code pagePath} would, with that page's CSRF token. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(pagePath);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("No CSRF token on " + pagePath + ": " + page.statusCode());
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf.group(1));
        return post(action, withToken);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Signs in through the sign-in page; answers where the browser is sent next. */
    public String signIn(String username, String password) {
        HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
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
