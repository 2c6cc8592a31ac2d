package com.clinicnetwork.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.WebAppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.util.UriComponentsBuilder;

class SignInAndRolesTest extends WebAppTestBase {

    @Test
    void aVisitorSeesTheWelcomeWithSignInAndTheProvidersRegistrationPage() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/oauth2/authorization/clinic\"").contains("href=\"http://idp.test/register\"");
    }

    @Test
    void aPageThatNeedsSignInSendsTheVisitorToTheIdentityProvider() throws Exception {
        mvc.perform(get("/client/appointments")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/clinic"));
    }

    @Test
    void signInUsesTheAuthorizationCodeFlowWithPkce() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/clinic")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(location).startsWith("http://idp.test/oauth2/authorize?");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("clinic-web");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("scope")).isEqualTo("openid%20profile%20clinic");
        assertThat(query.getFirst("nonce")).isNotBlank();
    }

    @Test
    void anHtmxRequestWithoutSignInIsToldWhereToSignInRatherThanRedirected() throws Exception {
        mvc.perform(get("/client/appointments").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/oauth2/authorization/clinic"));
    }

    @Test
    void everyoneIsSentToTheHomeOfTheirRole() throws Exception {
        expectHome("CLIENT", "/client");
        expectHome("FRONT_DESK", "/frontdesk");
        expectHome("THERAPIST", "/therapist");
        expectHome("CLINIC_ADMIN", "/admin");
        expectHome("OPERATOR", "/operator");
    }

    @Test
    void eachAreaIsOnlyForItsRole() throws Exception {
        mvc.perform(get("/frontdesk").with(as("FRONT_DESK"))).andExpect(status().isOk());
        mvc.perform(get("/frontdesk").with(as("CLIENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/client").with(as("FRONT_DESK"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(as("THERAPIST"))).andExpect(status().isForbidden());
    }

    @Test
    void someoneWithoutARoleIsToldSo() throws Exception {
        mvc.perform(get("/").with(oidcLogin())).andExpect(status().isOk());
    }

    private void expectHome(String role, String home) throws Exception {
        mvc.perform(get("/").with(as(role))).andExpect(status().isFound()).andExpect(redirectedUrl(home));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
