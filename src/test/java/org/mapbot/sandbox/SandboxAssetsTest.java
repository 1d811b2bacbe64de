package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mapbot.testkit.RunningSandbox;

/** The page's files are served from an allow-list: a script module left off it would break the page in the browser only. */
class SandboxAssetsTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private static final Path PAGE_FOLDER = Path.of("src", "main", "resources", "sandbox");

    static List<String> filesOfThePage() throws IOException {
        try (Stream<Path> files = Files.list(PAGE_FOLDER)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("index.html")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesOfThePage")
    void every_file_of_the_page_is_served_with_its_type_and_may_not_be_framed(String name) throws IOException {
        HttpResponse<String> asset = sandbox.get("/sandbox/assets/" + name);

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type"))
                .hasValue(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        assertThat(asset.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(asset.body()).isEqualTo(Files.readString(PAGE_FOLDER.resolve(name)));
    }

    @Test
    void the_page_loads_its_script_as_a_module_and_nothing_outside_the_allow_list_is_served() {
        assertThat(sandbox.get("/sandbox").body()).contains("<script type=\"module\" src=\"/sandbox/assets/sandbox.js\"></script>");
        assertThat(sandbox.get("/sandbox/assets/index.html").statusCode()).isEqualTo(404);
        assertThat(sandbox.get("/sandbox/assets/Sandbox.class").statusCode()).isEqualTo(404);
    }
}
