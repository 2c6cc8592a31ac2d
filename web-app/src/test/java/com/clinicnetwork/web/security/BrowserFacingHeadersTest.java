package com.clinicnetwork.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.TestIdentityProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a browser gets from the real server: the session cookie's flags and the security headers. */
class BrowserFacingHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void standInGateway(DynamicPropertyRegistry properties) {
        properties.add("clinic.web.gateway-url", () -> StandInServer.get().url());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("CLINIC_WEB_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Import(TestIdentityProvider.class)
    class OnHttpLoopback {

        @LocalServerPort
        int port;

        @Test
        void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOnPlainHttp() throws Exception {
            String cookie = sessionCookie(get(port, "/client/appointments"));

            assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        }

        @Test
        void pagesForbidInlineScriptsAndFraming() throws Exception {
            HttpResponse<String> welcome = get(port, "/");

            assertThat(welcome.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "form-action 'self' http://idp.test")
                    .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(welcome.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(welcome.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(welcome.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(welcome.body()).doesNotContain("<script>", " style=\"", "onclick");
        }

        @Test
        void htmxIsServedByTheAppItself() throws Exception {
            HttpResponse<String> htmx = get(port, "/webjars/htmx.org/2.0.4/dist/htmx.min.js");

            assertThat(htmx.statusCode()).isEqualTo(200);
            assertThat(get(port, "/").body()).contains("src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"",
                    "src=\"/js/app.js\"");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "WEB_SECURE_COOKIES=true")
    @Import(TestIdentityProvider.class)
    class BehindHttps {

        @LocalServerPort
        int port;

        @Test
        void theSessionCookieIsSecureWhenConfigured() throws Exception {
            assertThat(sessionCookie(get(port, "/client/appointments"))).contains("Secure", "HttpOnly", "SameSite=Lax");
        }
    }
}
