package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.testkit.RunningSandbox;

/**
 * Files go through Slack's external upload flow as the bot does it: ask for an upload URL, send the bytes there,
 * complete. Whatever was uploaded, a download never runs as a page on the sandbox's origin.
 */
class UploadedFilesTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private static final String HTML = "<html><script>fetch('/sandbox/reset',{method:'POST'})</script></html>";

    @Test
    void file_ids_are_random_like_slacks_not_a_counter() {
        String first = uploadUrl("a.csv").get("file_id").getAsString();
        String second = uploadUrl("b.csv").get("file_id").getAsString();

        assertThat(first).matches("F[0-9A-Z]{16}");
        assertThat(second).matches("F[0-9A-Z]{16}").isNotEqualTo(first);
        assertThat(first.substring(0, 12)).isNotEqualTo(second.substring(0, 12));
    }

    @Test
    void an_upload_to_a_file_id_the_stand_in_never_handed_out_is_refused() {
        HttpResponse<String> response = upload("/sandbox/upload/F0000000000000001", "text/html", HTML);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(sandbox.get("/sandbox/files/F0000000000000001").statusCode()).isEqualTo(404);
    }

    @Test
    void once_completed_a_file_takes_no_more_uploads() {
        JsonObject target = uploadUrl("plan.csv");
        String id = target.get("file_id").getAsString();
        assertThat(upload(path(target), "application/octet-stream", "step,due\n").statusCode()).isEqualTo(200);
        complete(id);

        HttpResponse<String> again = upload(path(target), "text/html", HTML);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(sandbox.get("/sandbox/files/" + id).body()).isEqualTo("step,due\n");
    }

    @Test
    void a_file_is_not_served_before_its_upload_is_completed() {
        JsonObject target = uploadUrl("plan.csv");
        upload(path(target), "application/octet-stream", "step,due\n");

        assertThat(sandbox.get("/sandbox/files/" + target.get("file_id").getAsString()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} uploaded as {1} is served as {2}")
    @CsvSource(delimiter = '|', value = {
            "plan.pdf  | application/octet-stream | application/pdf",
            "plan.csv  | application/octet-stream | text/csv; charset=utf-8",
            "plan.ics  | text/calendar            | text/calendar; charset=utf-8",
            "notes.txt | text/plain               | text/plain; charset=utf-8",
            "page.html | text/html                | application/octet-stream",
            "page.htm  | application/octet-stream | application/octet-stream",
            "logo.svg  | image/svg+xml            | application/octet-stream",
            "plan.csv  | text/html                | text/csv; charset=utf-8",
            "noname    | text/html                | application/octet-stream",
    })
    void a_download_is_an_attachment_of_a_type_that_never_runs(String filename, String uploadedAs, String servedAs) {
        JsonObject target = uploadUrl(filename);
        upload(path(target), uploadedAs, HTML);
        complete(target.get("file_id").getAsString());

        HttpResponse<String> download = sandbox.get("/sandbox/files/" + target.get("file_id").getAsString());

        assertThat(download.statusCode()).isEqualTo(200);
        // Jetty may drop the space before charset.
        assertThat(download.headers().firstValue("Content-Type").map(type -> type.replace(" ", ""))).hasValue(servedAs.replace(" ", ""));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
    }

    @Test
    void an_upload_from_a_foreign_origin_is_refused_even_to_a_handed_out_id() {
        JsonObject target = uploadUrl("plan.csv");

        HttpResponse<String> response = sandbox.send(sandbox.request(path(target)).header("Content-Type", "text/plain")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(HTML)).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(upload(path(target), "application/octet-stream", "step,due\n").statusCode()).isEqualTo(200);
    }

    private static JsonObject uploadUrl(String filename) {
        JsonObject answer = JsonParser.parseString(sandbox.api("files.getUploadURLExternal",
                "{\"filename\":\"" + filename + "\",\"length\":10}").body()).getAsJsonObject();
        assertThat(answer.get("ok").getAsBoolean()).as(answer.toString()).isTrue();
        return answer;
    }

    private static String path(JsonObject uploadUrl) {
        return URI.create(uploadUrl.get("upload_url").getAsString()).getPath();
    }

    private static HttpResponse<String> upload(String path, String contentType, String content) {
        return sandbox.send(sandbox.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(content)).build());
    }

    private static void complete(String fileId) {
        String answer = sandbox.api("files.completeUploadExternal", "{\"files\":[{\"id\":\"" + fileId + "\",\"title\":\"Plan\"}]}").body();
        assertThat(answer).contains("\"ok\":true");
    }
}
