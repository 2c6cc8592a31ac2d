package com.clinicnetwork.web.client.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a course's check-in answers (0–10, one per session) are drawn as a small line chart, in SVG user units:
 * the page renders it server-side as inline SVG (no script, nothing but presentation attributes, so the strict
 * content security policy holds). Sessions without an answer leave a gap in the line's points but keep their place
 * on the axis, so the spacing shows the course's rhythm.
 */
public record ScoreChart(int width, int height, List<Tick> xTicks, List<Tick> yTicks, List<Dot> dots, String line) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    // Room for half of the last session's date label, which is centred on the end of the axis.
    static final int RIGHT = 40;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    static final int MAX_SCORE = 10;

    /** An axis label at a position along its axis. */
    public record Tick(double x, double y, String label) {
    }

    /** An answered session: its point and what a screen reader hears for it. */
    public record Dot(double cx, double cy, int score, String label) {
    }

    /** A session in course order; {@code score} null when it has no answer (yet). */
    public record Session(String label, Integer score) {
    }

    public static ScoreChart of(List<Session> sessions) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int count = Math.max(sessions.size(), 1);
        double step = count == 1 ? 0 : (double) plotWidth / (count - 1);
        List<Tick> xTicks = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            double x = count == 1 ? LEFT + plotWidth / 2.0 : LEFT + i * step;
            xTicks.add(new Tick(x, HEIGHT - BOTTOM + 20, session.label()));
            if (session.score() != null) {
                double y = TOP + plotHeight * (1 - (double) session.score() / MAX_SCORE);
                dots.add(new Dot(x, y, session.score(), session.label() + ": " + session.score()));
                points.add(format(x) + "," + format(y));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int score = 0; score <= MAX_SCORE; score += 5) {
            yTicks.add(new Tick(LEFT - 8, TOP + plotHeight * (1 - (double) score / MAX_SCORE), Integer.toString(score)));
        }
        return new ScoreChart(WIDTH, HEIGHT, xTicks, yTicks, dots, String.join(" ", points));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return width - RIGHT;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
