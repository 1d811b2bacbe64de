package org.mapbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextCutTest {

    private static final String FAMILY = "👨‍👩‍👧‍👦";
    private static final String FLAG = "🇩🇪";
    private static final String THUMBS_UP_DARK = "👍🏽";
    private static final String E_ACUTE_COMBINING = "e\u0301";

    @ParameterizedTest(name = "[{index}] {0} cut to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Signing                 | 7  | Signing
            Contract review         | 9  | Contract…
            Kick-off 🎉🎉🎉          | 12 | Kick-off 🎉…
            Kick-off 🎉🎉🎉          | 11 | Kick-off…
            東京オフィス訪問          | 5  | 東京オフ…
            안녕하세요 세계           | 6  | 안녕하세요…
            مراجعة العقد            | 8  | مراجعة…
            """)
    void shorten_keeps_whole_characters_and_ends_with_an_ellipsis(String text, int max, String expected) {
        assertThat(TextCut.shorten(text, max)).isEqualTo(expected).hasSizeLessThanOrEqualTo(max);
    }

    @Test
    void emoji_sequences_flags_skin_tones_and_accents_stay_whole() {
        assertThat(TextCut.prefix("a" + FAMILY + "b", 11)).isEqualTo("a");
        assertThat(TextCut.prefix("a" + FAMILY + "b", 12)).isEqualTo("a" + FAMILY);
        assertThat(TextCut.prefix(FLAG + FLAG, 6)).isEqualTo(FLAG);
        assertThat(TextCut.prefix("ok " + THUMBS_UP_DARK, 5)).isEqualTo("ok ");
        assertThat(TextCut.prefix("Caf" + E_ACUTE_COMBINING + "!", 4)).isEqualTo("Caf");
        assertThat(TextCut.prefix("line\r\nnext", 5)).isEqualTo("line");
    }

    @Test
    void a_cut_leaves_no_lone_surrogate_whatever_the_limit() {
        String text = "Go 🚀" + FAMILY + FLAG + THUMBS_UP_DARK + "東京🎉";
        for (int max = 0; max <= text.length() + 1; max++) {
            assertThat(TextCut.prefix(text, max).codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
            assertThat(TextCut.shorten(text, max).codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
            assertThat(TextCut.shorten(text, max).length()).isLessThanOrEqualTo(Math.max(0, max));
        }
    }

    @Test
    void shorten_to_a_width_drops_whole_characters_until_the_text_and_ellipsis_fit() {
        // Every emoji counts as 10 "points" wide, everything else as 1.
        java.util.function.Predicate<String> narrowEnough = s -> s.codePoints().map(c -> c > 0xFFFF ? 10 : 1).sum() <= 17;

        assertThat(TextCut.shorten("Party 🎉🎉", narrowEnough)).isEqualTo("Party 🎉…");
        assertThat(TextCut.shorten("Party", narrowEnough)).isEqualTo("Party");
        assertThat(TextCut.shorten("🎉🎉", s -> false)).isEmpty();
    }

    @Test
    void null_is_no_text() {
        assertThat(TextCut.shorten(null, 5)).isEmpty();
        assertThat(TextCut.prefix(null, 5)).isNull();
    }
}
