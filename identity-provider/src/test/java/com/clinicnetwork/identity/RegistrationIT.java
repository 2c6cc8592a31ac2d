package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.oauth.Browser;
import com.clinicnetwork.testsupport.oauth.OAuthFlows;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.Pkce;
import com.clinicnetwork.testsupport.oauth.OAuthFlows.TokenResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new person signs up, then signs in through an app; they are a client without a client record yet. */
@ExtendWith(OutputCaptureExtension.class)
class RegistrationIT extends RunningIdentityProvider {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegisteredPersonSignsInAndTheirTokenSaysClientWithoutClientRecord(CapturedOutput output) throws Exception {
        String email = uniqueEmail();
        Browser browser = browser();

        HttpResponse<String> registered = browser.submit("/register", "/register", form("Alex", "Morgan", email, PASSWORD));

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?registered"));
        Pkce pkce = Pkce.create();
        String code = flows.authorizationCode(browser(), "clinic-web", OAuthFlows.WEB_REDIRECT, "openid profile clinic", pkce,
                email.toUpperCase(), PASSWORD);
        TokenResponse tokens = tokenForWebApp(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", OAuthFlows.WEB_REDIRECT, "code_verifier", pkce.verifier()));
        JWTClaimsSet access = flows.verifyAccessToken(tokens.accessToken());
        assertThat(access.getStringListClaim("roles")).containsExactly("CLIENT");
        assertThat(access.getClaims()).doesNotContainKeys("client_id", "therapist_id", "location_ids", "email");
        assertThat(UUID.fromString(access.getSubject())).isNotNull();
        JWTClaimsSet id = flows.verify(tokens.idToken(), "clinic-web");
        assertThat(id.getSubject()).isEqualTo(access.getSubject());
        assertThat(id.getClaim("email")).isEqualTo(email);
        assertThat(id.getClaim("zoneinfo")).isEqualTo("Europe/Berlin");
        assertThat(id.getClaim("locale")).isEqualTo("de-DE");
        assertThat(output.getAll()).contains(access.getSubject()).doesNotContain(email, "Morgan", PASSWORD);
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE subject = :subject")
                .param("subject", access.getSubject()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void anEmailThatIsTakenIsRefusedWithAClearMessage(CapturedOutput output) {
        String email = uniqueEmail();
        browser().submit("/register", "/register", form("Alex", "Morgan", email, PASSWORD));

        HttpResponse<String> again = browser().submit("/register", "/register", form("Sasha", "Morgan", email.toUpperCase(), PASSWORD));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("An account with this email already exists").contains("id=\"email-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = :email").param("email", email)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(email);
    }

    @Test
    void invalidFieldsAreShownOnTheFormAndNothingIsCreated() {
        String email = "not-an-email";

        HttpResponse<String> response = browser().submit("/register", "/register", form(" ", "Morgan", email, "too short"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Please correct the fields marked below.")
                .contains("id=\"givenName-error\"")
                .contains("The password needs 12 to 72 characters.")
                .contains("Enter an email address like name@example.com.")
                .contains("value=\"Morgan\"")
                .doesNotContain("too short");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = :email").param("email", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        Map<String, String> fields = form("Alex", "Morgan", uniqueEmail(), PASSWORD);
        fields.put("timeZone", "Mars/Olympus_Mons");

        HttpResponse<String> response = browser().submit("/register", "/register", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Choose a time zone from the list.");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRejected() {
        HttpResponse<String> response = browser().post("/register", form("Alex", "Morgan", uniqueEmail(), PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesSpeakGermanToABrowserThatAsksForIt() {
        Browser german = browser().acceptLanguage("de-DE,de;q=0.9,en;q=0.5");

        HttpResponse<String> registration = german.get("/register");
        HttpResponse<String> login = german.get("/login");

        assertThat(registration.body()).contains("lang=\"de-DE\"").contains("Konto erstellen").contains("Vorname")
                .contains("<option value=\"de-DE\" selected=\"selected\">Deutsch</option>");
        assertThat(login.body()).contains("lang=\"de-DE\"").contains("E-Mail oder Benutzername");
        assertThat(browser().acceptLanguage("fr-FR").get("/login").body()).contains("Email or user name");
    }

    @Test
    void everyFieldHasALabelAndThePageFitsAPhone() {
        String page = browser().get("/register").body();

        assertThat(page).contains("lang=\"en-GB\"")
                .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"");
        for (String field : new String[] {"givenName", "familyName", "email", "password", "timeZone", "locale"}) {
            assertThat(page).contains("<label for=\"" + field + "\"").contains("id=\"" + field + "\"");
        }
        assertThat(page).contains("<option value=\"Europe/London\" selected=\"selected\">");
    }

    private static Map<String, String> form(String givenName, String familyName, String email, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("givenName", givenName);
        fields.put("familyName", familyName);
        fields.put("email", email);
        fields.put("password", password);
        fields.put("timeZone", "Europe/Berlin");
        fields.put("locale", "de-DE");
        return fields;
    }

    private static String uniqueEmail() {
        return "alex." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
