package com.clinicnetwork.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrProfileTest {

    @Test
    void ranksTheMethodsThatTookTheCpu(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("busy.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            double sink = 0;
            while (System.nanoTime() < deadline) {
                sink += BusyWork.spin();
            }
            recording.stop();
            recording.dump(file);
            assertThat(sink).isPositive();
        }

        JfrProfile.Profile profile = JfrProfile.rank("test", file);

        assertThat(profile.samples()).isPositive();
        assertThat(profile.ourCode()).extracting(JfrProfile.Frame::method).contains(BusyWork.class.getName() + ".spin");
        assertThat(profile.ourCode().get(0).share()).isBetween(0.0, 1.0);
    }

    @Test
    void shortensPackagesToInitialsKeepingClassAndMethod() {
        assertThat(Report.shortName("com.clinicnetwork.booking.availability.AvailabilityEngine.freeSlots"))
                .isEqualTo("c.c.b.a.AvailabilityEngine.freeSlots");
        assertThat(Report.shortName("java.util.HashMap.get")).isEqualTo("j.u.HashMap.get");
    }

    static final class BusyWork {
        static double spin() {
            double total = 0;
            for (int i = 1; i < 50_000; i++) {
                total += Math.sqrt(i) / i;
            }
            return total;
        }
    }
}
