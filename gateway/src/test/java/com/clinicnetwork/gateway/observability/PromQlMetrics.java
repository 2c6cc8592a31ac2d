package com.clinicnetwork.gateway.observability;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads: what is left once strings, label matchers, grouping
 * clauses, range selectors, numbers and the language's own words are taken out. Good enough for the
 * expressions in our dashboards and rules, and strict: any other identifier counts as a metric, so a
 * misspelt metric is caught rather than ignored.
 */
final class PromQlMetrics {

    private static final Set<String> LANGUAGE = Set.of(
            // aggregations and their modifiers
            "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values",
            "group", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or", "unless",
            // functions
            "rate", "irate", "increase", "delta", "idelta", "deriv", "histogram_quantile", "abs", "absent", "absent_over_time",
            "ceil", "floor", "round", "clamp_min", "clamp_max", "changes", "resets", "time", "vector", "scalar",
            "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "last_over_time",
            "label_replace", "label_join", "sort", "sort_desc", "predict_linear", "inf", "nan");

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![0-9.])\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b");

    private PromQlMetrics() {
    }

    static Set<String> in(String expression) {
        String rest = STRINGS.matcher(expression).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        Set<String> metrics = new LinkedHashSet<>();
        Matcher identifiers = IDENTIFIER.matcher(rest);
        while (identifiers.find()) {
            String name = identifiers.group();
            if (!LANGUAGE.contains(name.toLowerCase())) {
                metrics.add(name);
            }
        }
        return metrics;
    }
}
