package com.clinicnetwork.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.SignedIn;
import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.WebAppTestBase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SignOutTest extends WebAppTestBase {

    @Test
    void signingOutRevokesTheRefreshTokenEndsTheWebSessionAndThenTheProvidersSession() throws Exception {
        gateway.json("POST", "/oauth2/revoke", 200, "");
        MockHttpSession session = new MockHttpSession();

        String location = mvc.perform(post("/logout").session(session).with(SignedIn.sam()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        StandInServer.Recorded revocation = gateway.last("POST", "/oauth2/revoke");
        assertThat(URLDecoder.decode(revocation.body(), StandardCharsets.UTF_8))
                .contains("token=" + SignedIn.REFRESH_TOKEN, "token_type_hint=refresh_token");
        assertThat(revocation.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("clinic-web:test-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(session.isInvalid()).isTrue();
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).startsWith("http://idp.test/connect/logout?")
                .contains("id_token_hint=" + SignedIn.ID_TOKEN, "post_logout_redirect_uri=http://localhost/");
    }

    @Test
    void signOutIsAFormWithItsCsrfTokenNotALink() throws Exception {
        mvc.perform(post("/logout").with(SignedIn.sam())).andExpect(status().isForbidden());
    }

    @Test
    void aProviderThatCannotRevokeDoesNotKeepAnyoneSignedIn() throws Exception {
        gateway.json("POST", "/oauth2/revoke", 503, "");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/logout").session(session).with(SignedIn.sam()).with(csrf())).andExpect(status().isFound());

        assertThat(session.isInvalid()).isTrue();
    }
}
