package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.JvmProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run of the platform with one JVM profile measured. */
final class ProfileResult {

    final JvmProfile profile;
    Duration platformStartup;
    Map<String, Double> readyTimes = Map.of();
    final List<KneeSearch.Knee> knees = new ArrayList<>();
    OpenModelLoad.Result directAtFixedRate;
    OpenModelLoad.Result gatewayAtFixedRate;
    ClosedLoopLoad.Result directClosedLoop;
    ClosedLoopLoad.Result gatewayClosedLoop;
    final Map<String, JfrProfile.Recording> hotFrames = new LinkedHashMap<>();
    final Map<String, Path> charts = new LinkedHashMap<>();
    Map<String, Long> memory = Map.of();
    Optional<PgbenchCeiling.Result> ceiling = Optional.empty();
    String unavailable;

    ProfileResult(JvmProfile profile) {
        this.profile = profile;
    }

    Optional<KneeSearch.Knee> knee(String path) {
        return knees.stream().filter(knee -> knee.path().equals(path)).findFirst();
    }
}
