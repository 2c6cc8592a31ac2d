package com.clinicnetwork.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole web app on MockMvc, with the test registration of the identity provider ({@link TestIdentityProvider})
 * and the gateway played by the {@link StandInServer}, which starts each test with nothing set up.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestIdentityProvider.class)
public abstract class WebAppTestBase {

    protected final StandInServer gateway = StandInServer.get();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void standInGateway(DynamicPropertyRegistry properties) {
        properties.add("clinic.web.gateway-url", () -> StandInServer.get().url());
    }

    @BeforeEach
    void resetStandIn() {
        gateway.reset();
    }
}
