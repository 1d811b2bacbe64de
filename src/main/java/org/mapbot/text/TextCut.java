package org.mapbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text to a limit without splitting a character as the reader sees it: an emoji, a flag, a family joined by
 * zero-width joiners, a letter with its accents. A cut through one of them is what shows as "?" or a broken glyph.
 *
 * <p>Counted limits are in UTF-16 units ({@link String#length()}), the largest of the counts that Slack, PostgreSQL
 * and browsers apply, so a text cut here fits whichever of them counts.
 *
 * <p>The boundaries come from the regex engine's {@code \X} (extended grapheme clusters, UAX #29), not from
 * {@link java.text.BreakIterator}: on Java 17 that still splits emoji joined by U+200D and pairs of regional
 * indicators (a flag) into separate "characters"; it follows UAX #29 only from Java 20 on.
 */
public final class TextCut {
    public static final String ELLIPSIS = "…";
    private static final Pattern CHARACTER = Pattern.compile("\\X");

    private TextCut() {
    }

    /** The text itself when it has at most {@code max} units; otherwise its longest start that, with "…", has. */
    public static String shorten(String text, int max) {
        return shorten(text, candidate -> candidate.length() <= max);
    }

    /**
     * The text itself when it {@code fits}; otherwise its longest start of whole characters that, followed by "…",
     * fits (a width on a page, say), or "" when not even "…" does. {@code fits} must hold for shorter text if it
     * holds for longer.
     */
    public static String shorten(String text, Predicate<String> fits) {
        String plain = text == null ? "" : text;
        if (fits.test(plain)) {
            return plain;
        }
        List<Integer> ends = characterEnds(plain);
        for (int i = ends.size() - 2; i >= 0; i--) {
            String candidate = plain.substring(0, ends.get(i)).stripTrailing() + ELLIPSIS;
            if (fits.test(candidate)) {
                return candidate;
            }
        }
        return fits.test(ELLIPSIS) ? ELLIPSIS : "";
    }

    /** The longest start of the text with at most {@code max} units that ends between two characters. */
    public static String prefix(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = 0;
        Matcher character = CHARACTER.matcher(text);
        while (character.find() && character.end() <= max) {
            end = character.end();
        }
        return text.substring(0, end);
    }

    /** Where each character ends, in order: 0 first, then after the first character, …, the text's length last. */
    private static List<Integer> characterEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        ends.add(0);
        Matcher character = CHARACTER.matcher(text);
        while (character.find()) {
            ends.add(character.end());
        }
        return ends;
    }
}
