package com.clinicnetwork.systemtests;

import com.clinicnetwork.launcher.LauncherSettings;
import com.clinicnetwork.launcher.LocalPlatform;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The platform these tests drive: the real processes, started once per test JVM exactly as the local
 * run starts them, and stopped when the JVM exits. Tests reach it only through the gateway, the SMTP
 * inbox and, for fault injection, process control.
 */
public final class SystemUnderTest {

    private static LocalPlatform platform;
    private static Gateway admin;
    private static TestChain chain;

    private SystemUnderTest() {
    }

    public static synchronized LocalPlatform platform() {
        if (platform == null) {
            platform = LocalPlatform.start(LauncherSettings.forTests(
                    Path.of("target").toAbsolutePath().resolve("system-" + UUID.randomUUID()),
                    Path.of(System.getProperty("clinic.launcher.services-dir")),
                    Path.of(System.getProperty("clinic.launcher.lib-dir"))));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "system-under-test-stop"));
        }
        return platform;
    }

    public static synchronized Gateway admin() {
        if (admin == null) {
            admin = gatewayAs(TokenClaims.clinicAdmin("system-test-admin"));
        }
        return admin;
    }

    public static Gateway gatewayAs(TokenClaims claims) {
        return new Gateway(platform().gatewayUrl(), platform().tokenIssuer().mint(claims));
    }

    /** A location with therapists of its own, shared by the tests of this JVM; each test takes fresh slots. */
    public static synchronized TestChain chain() {
        if (chain == null) {
            chain = TestChain.create(admin());
        }
        return chain;
    }
}
