package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the platform's JVMs with Java Flight Recorder ({@code jcmd JFR.start}, the "profile" settings) while a
 * load runs, then ranks the sampled stacks: the methods on top of the stack (where the CPU is), and the platform's
 * own methods by how many samples they are anywhere on (which of our code leads there).
 */
final class JfrProfile {

    private static final String OUR_CODE = "com.clinicnetwork.";
    private static final int TOP = 8;
    private static final Pattern GENERATED_KIND = Pattern.compile("[A-Za-z]+");

    /** @param share of the process's execution samples, 0–1 */
    record Frame(String method, double share) {
    }

    record Profile(String process, long samples, List<Frame> hottest, List<Frame> ourCode) {
    }

    /** The profiles of one load, and how the load itself went while it was recorded. */
    record Recording(OpenModelLoad.Result load, List<Profile> profiles) {
    }

    private JfrProfile() {
    }

    static Recording during(LocalPlatform platform, List<String> processes, Path directory, String label,
            Supplier<OpenModelLoad.Result> load) throws IOException, InterruptedException {
        Map<String, Path> recordings = new LinkedHashMap<>();
        for (String process : processes) {
            Path file = directory.resolve(label + "-" + process + ".jfr");
            jcmd(platform.processIds().get(process), "JFR.start", "name=benchmark", "settings=profile", "filename=" + file);
            recordings.put(process, file);
        }
        OpenModelLoad.Result result;
        try {
            result = load.get();
        } finally {
            for (String process : recordings.keySet()) {
                jcmd(platform.processIds().get(process), "JFR.stop", "name=benchmark");
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (Map.Entry<String, Path> recording : recordings.entrySet()) {
            profiles.add(rank(recording.getKey(), recording.getValue()));
        }
        return new Recording(result, profiles);
    }

    static Profile rank(String process, Path recording) throws IOException {
        Map<String, Long> onTop = new HashMap<>();
        Map<String, Long> ours = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            onTop.merge(name(frames.get(0)), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith(OUR_CODE) && seen.add(name)) {
                    ours.merge(name, 1L, Long::sum);
                }
            }
        }
        return new Profile(process, samples, top(onTop, samples), top(ours, samples));
    }

    private static List<Frame> top(Map<String, Long> counts, long samples) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(TOP)
                .map(entry -> new Frame(entry.getKey(), entry.getValue() / (double) samples)).toList();
    }

    /** Lambdas and generated proxies are named after the class they belong to, so their samples add up in one row. */
    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int generated = type.indexOf("$$");
        if (generated >= 0) {
            Matcher kind = GENERATED_KIND.matcher(type.substring(generated + 2));
            type = type.substring(0, generated) + "$$" + (kind.lookingAt() ? kind.group() : "");
        }
        return type + "." + frame.getMethod().getName();
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        arguments.addAll(List.of(command));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}
