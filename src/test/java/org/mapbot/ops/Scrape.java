package org.mapbot.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One read of {@code /metrics}, parsed: each series ({@code name{labels}}) with its value. */
record Scrape(Map<String, Double> series, String text) {

    static Scrape of(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(series, text);
    }

    /** The sum over every series of {@code name} that carries all of {@code labels} ("method=\"POST\""); 0 when none. */
    double value(String name, String... labels) {
        return series.entrySet().stream()
                .filter(e -> nameOf(e.getKey()).equals(name) && List.of(labels).stream().allMatch(l -> e.getKey().contains(l)))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    boolean has(String name) {
        return series.keySet().stream().anyMatch(key -> nameOf(key).equals(name));
    }

    private static String nameOf(String key) {
        int brace = key.indexOf('{');
        return brace < 0 ? key : key.substring(0, brace);
    }
}
