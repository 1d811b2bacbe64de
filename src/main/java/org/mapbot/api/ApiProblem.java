package org.mapbot.api;

import java.util.Map;

/**
 * An API request that cannot be served, answered as {@code application/problem+json} (RFC 9457): a status, a short
 * title, a detail a developer can act on, and any headers the answer needs (Retry-After, WWW-Authenticate).
 */
final class ApiProblem extends RuntimeException {
    final int status;
    final String title;
    final Map<String, String> headers;

    ApiProblem(int status, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.headers = headers;
    }

    ApiProblem(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    /** Missing, malformed, unknown and revoked tokens all get this one answer, so none tells which it was. */
    static ApiProblem unauthorized() {
        return new ApiProblem(401, "Unauthorized", "Send a live API token as `Authorization: Bearer <token>`.",
                Map.of("WWW-Authenticate", "Bearer realm=\"mapbot\""));
    }

    /** Another installation's plan or step, or none at all: the same answer. */
    static ApiProblem notFound() {
        return new ApiProblem(404, "Not Found", "No such plan or step.");
    }

    static ApiProblem invalid(String detail) {
        return new ApiProblem(422, "Unprocessable Content", detail);
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }
}
