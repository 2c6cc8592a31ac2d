package com.clinicnetwork.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The app reads the provider's discovery document from a back-channel address (docker compose) and still sends
 * browsers to the browser-facing sign-in page the document names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackChannelSignInTest {

    private static final String ISSUER = "http://idp.test";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void backChannelProvider(DynamicPropertyRegistry properties) {
        StandInServer backChannel = StandInServer.get();
        String internal = backChannel.url() + "/realms/clinic";
        backChannel.json("GET", "/realms/clinic/.well-known/openid-configuration", 200, """
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "token_endpoint": "%2$s/protocol/openid-connect/token",
                 "jwks_uri": "%2$s/protocol/openid-connect/certs",
                 "userinfo_endpoint": "%2$s/protocol/openid-connect/userinfo"}
                """.formatted(ISSUER, internal));
        properties.add("clinic.web.identity-provider-discovery-url", () -> internal);
    }

    @Test
    void signingInSendsTheBrowserToTheBrowserFacingAuthorizationEndpointWithPkce() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/clinic"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).startsWith(ISSUER + "/protocol/openid-connect/auth?")
                .contains("client_id=clinic-web", "code_challenge_method=S256");
    }
}
