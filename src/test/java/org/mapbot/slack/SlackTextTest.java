package org.mapbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void a_cut_through_emoji_keeps_every_emoji_whole() {
        String cut = SlackText.escape("Kick-off 🎉🎉🎉🎉🎉🎉", 13);

        assertThat(cut).isEqualTo("Kick-off 🎉…").hasSizeLessThanOrEqualTo(13);
    }

    @Test
    void a_cut_never_splits_a_family_joined_by_zero_width_joiners_or_a_flag() {
        String family = "👨‍👩‍👧‍👦";

        assertThat(SlackText.escape("Team " + family + " day", 17)).isEqualTo("Team " + family + "…");
        assertThat(SlackText.escape("Team " + family + " day", 16)).isEqualTo("Team …");
        assertThat(SlackText.escape("Go-live 🇩🇪🇫🇷", 13)).isEqualTo("Go-live 🇩🇪…");
    }

    @Test
    void a_cut_never_leaves_half_an_entity() {
        assertThat(SlackText.escape("R&D budget", 6)).isEqualTo("R…");
        assertThat(SlackText.escape("R&D budget", 8)).isEqualTo("R&amp;D…");
    }

    @Test
    void text_that_fits_is_only_escaped() {
        assertThat(SlackText.escape("<b>Acme</b> 🎉", 40)).isEqualTo("&lt;b&gt;Acme&lt;/b&gt; 🎉");
    }
}
