package com.clinicnetwork.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Started by {@code ./run-local.sh}: starts the platform, prints where everything is, stops on Ctrl-C. */
public final class LocalPlatformMain {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatformMain.class);

    private LocalPlatformMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant started = Instant.now();
        LauncherSettings settings;
        try {
            settings = LauncherSettings.fromEnvironment(launcherJarDirectory(), System.getenv());
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(settings);
        } catch (RuntimeException e) {
            log.error("The platform did not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the platform");
            platform.close();
            stopped.countDown();
        }, "local-platform-stop"));
        log.info(Summary.of(platform, Duration.between(started, Instant.now())));
        stopped.await();
    }

    private static Path launcherJarDirectory() {
        try {
            return Path.of(LocalPlatformMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
