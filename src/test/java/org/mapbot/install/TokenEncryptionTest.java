package org.mapbot.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;

/** Tokens at rest: AES-256-GCM per value, bound to their row, and a key that can be replaced. */
class TokenEncryptionTest {
    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    private static final byte[] OLD_KEY = key(1);
    private static final byte[] NEW_KEY = key(2);

    private static byte[] key(int fill) {
        byte[] key = new byte[EncryptionKeys.KEY_BYTES];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private InstallationRepository repository(byte[] key, byte[] previous) {
        return new InstallationRepository(app.dsl(), new TokenCipher(new EncryptionKeys(key, Optional.ofNullable(previous)),
                new SecureRandom()));
    }

    private static StoredInstallation workspace(String teamId, String token) {
        return new StoredInstallation(null, teamId, false, "A0MAPBOT", "Team " + teamId, null, "B0BOT", "U0BOT", "commands",
                token, "xoxe-refresh-" + teamId, Instant.parse("2026-12-01T00:00:00Z"), "U0ADMIN", RunningApp.START);
    }

    @Test
    void after_an_install_no_file_of_the_database_server_holds_a_token_in_plain_text_not_even_the_write_ahead_log() throws Exception {
        // Tokens unique to this test: a hit can only come from this install.
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        String botToken = "xoxb-scan-" + suffix;
        String refreshToken = "xoxe-1-scan-" + suffix;
        assertThat(new AddToSlack().installs(app, "T0SCAN", "Scan Ltd",
                AddToSlack.rotatingAccess("T0SCAN", "Scan Ltd", botToken, refreshToken, 43_200), botToken).body())
                .contains("MAP Bot is installed in Scan Ltd");
        assertThat(app.dsl().fetchCount(org.mapbot.db.generated.Tables.INSTALLATION)).isEqualTo(1);

        app.dsl().execute("checkpoint");
        Path dataDirectory = Path.of(app.dsl().fetchOne("select current_setting('data_directory')").get(0, String.class));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDirectory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }

        assertThat(files).as("the data directory and its WAL were read").anyMatch(f -> f.toString().contains("pg_wal"))
                .hasSizeGreaterThan(100);
        List<String> holding = new ArrayList<>();
        boolean teamSeen = false;
        for (Path file : files) {
            byte[] content = readable(file);
            teamSeen |= contains(content, "T0SCAN".getBytes(StandardCharsets.US_ASCII));
            for (String token : List.of(botToken, refreshToken, suffix)) {
                if (contains(content, token.getBytes(StandardCharsets.US_ASCII))) {
                    holding.add(dataDirectory.relativize(file) + " holds " + token);
                }
            }
        }
        assertThat(teamSeen).as("the scan finds what is stored in plain text: the installation's team id").isTrue();
        assertThat(holding).isEmpty();
    }

    private static byte[] readable(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return new byte[0]; // a file PostgreSQL removed while the scan ran (a recycled WAL segment, a temp file)
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void the_same_token_encrypts_differently_each_time_and_reads_back() {
        InstallationRepository repository = repository(OLD_KEY, null);
        repository.save(workspace("T0ONE", "xoxb-same"));
        byte[] first = app.dsl().fetchOne("select bot_token from installation").get(0, byte[].class);
        repository.save(workspace("T0ONE", "xoxb-same"));
        byte[] second = app.dsl().fetchOne("select bot_token from installation").get(0, byte[].class);

        assertThat(first).isNotEqualTo(second);
        assertThat(repository.find(null, "T0ONE").orElseThrow().botToken()).isEqualTo("xoxb-same");
        assertThat(repository.find(null, "T0ONE").orElseThrow().refreshToken()).isEqualTo("xoxe-refresh-T0ONE");
    }

    @Test
    void a_token_copied_into_another_workspaces_row_does_not_decrypt() {
        InstallationRepository repository = repository(OLD_KEY, null);
        repository.save(workspace("T0ONE", "xoxb-one"));
        repository.save(workspace("T0TWO", "xoxb-two"));
        app.dsl().execute("update installation set bot_token = (select bot_token from installation where team_id = 'T0ONE') "
                + "where team_id = 'T0TWO'");

        assertThatThrownBy(() -> repository.find(null, "T0TWO")).hasMessageContaining("copied from another row")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xoxb-one"));
    }

    @Test
    void a_new_key_with_the_previous_one_beside_it_re_encrypts_every_token_and_the_old_key_is_then_unneeded() {
        repository(OLD_KEY, null).save(workspace("T0ONE", "xoxb-one"));
        repository(OLD_KEY, null).save(workspace("T0TWO", "xoxb-two"));

        int done = repository(NEW_KEY, OLD_KEY).reEncrypt(EncryptionKeys.id(OLD_KEY));

        assertThat(done).isEqualTo(2);
        assertThat(app.dsl().fetch("select distinct token_key_id from installation").getValues(0, String.class))
                .containsExactly(EncryptionKeys.id(NEW_KEY));
        InstallationRepository newKeyOnly = repository(NEW_KEY, null);
        assertThat(newKeyOnly.find(null, "T0ONE").orElseThrow().botToken()).isEqualTo("xoxb-one");
        assertThat(newKeyOnly.find(null, "T0TWO").orElseThrow().refreshToken()).isEqualTo("xoxe-refresh-T0TWO");
        assertThat(repository(NEW_KEY, OLD_KEY).reEncrypt(EncryptionKeys.id(OLD_KEY))).as("nothing left to do").isZero();
    }

    @Test
    void a_token_under_a_key_the_app_was_not_given_names_the_key_and_what_to_set() {
        repository(OLD_KEY, null).save(workspace("T0ONE", "xoxb-one"));

        assertThatThrownBy(() -> repository(NEW_KEY, null).find(null, "T0ONE"))
                .hasMessageContaining("encrypted with key " + EncryptionKeys.id(OLD_KEY))
                .hasMessageContaining("MAP_ENCRYPTION_KEY_PREVIOUS");
    }

    @Test
    void uninstalling_forgets_the_tokens_and_reinstalling_brings_the_workspace_back() {
        InstallationRepository repository = repository(OLD_KEY, null);
        repository.save(workspace("T0ONE", "xoxb-one"));

        assertThat(repository.uninstall(null, "T0ONE", RunningApp.START)).isPresent();

        assertThat(repository.find(null, "T0ONE")).isEmpty();
        assertThat(app.dsl().fetchOne("select bot_token, bot_refresh_token, uninstalled_at from installation").intoArray())
                .containsExactly(null, null, RunningApp.START.atOffset(java.time.ZoneOffset.UTC));
        repository.save(workspace("T0ONE", "xoxb-again"));
        assertThat(repository.find(null, "T0ONE").orElseThrow().botToken()).isEqualTo("xoxb-again");
    }

    @Test
    void an_org_wide_install_serves_every_workspace_of_its_enterprise_and_a_workspaces_own_install_comes_first() {
        InstallationRepository repository = repository(OLD_KEY, null);
        repository.save(new StoredInstallation("E0GRID", null, true, "A0MAPBOT", null, "Grid Org", "B0ORG", "U0ORGBOT", "commands",
                "xoxb-org", null, null, "U0ADMIN", RunningApp.START));
        repository.save(new StoredInstallation("E0GRID", "T0OWN", false, "A0MAPBOT", "Own", "Grid Org", "B0OWN", "U0OWNBOT",
                "commands", "xoxb-own", null, null, "U0ADMIN", RunningApp.START));

        assertThat(repository.find("E0GRID", "T0ANYWHERE").orElseThrow().botToken()).isEqualTo("xoxb-org");
        assertThat(repository.find("E0GRID", "T0OWN").orElseThrow().botToken()).isEqualTo("xoxb-own");
        assertThat(repository.find(null, "T0ANYWHERE")).as("not in that enterprise").isEmpty();
        assertThat(repository.find("E0ELSE", "T0ANYWHERE")).isEmpty();
    }
}
