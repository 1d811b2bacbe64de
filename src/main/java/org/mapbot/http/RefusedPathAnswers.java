package org.mapbot.http;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before any route runs, a NUL or broken UTF-8 in the path ({@code /p/%00}), with a 400
 * page of its own. A feature that owns the path answers these 400s here as it answers its own misses, so a malformed
 * link looks exactly like any other link that opens nothing; other paths and other refusals keep Jetty's answer.
 */
final class RefusedPathAnswers extends ErrorHandler {
    /** The method of the stand-in request Jetty builds when it could not parse the request line at all. */
    private static final String UNPARSED_METHOD = "BAD";

    private final List<RouteContributor> features;

    RefusedPathAnswers(List<RouteContributor> features) {
        this.features = List.copyOf(features);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (status(request, response) != HttpStatus.BAD_REQUEST_400) {
            return super.handle(request, response, callback); // too long, unsupported version, …: Jetty's answer is right
        }
        String rawPath = UNPARSED_METHOD.equals(request.getMethod()) ? null : request.getHttpURI().getPath();
        Optional<FixedResponse> answer = features.stream()
                .map(feature -> feature.answerToRefusedPath(rawPath))
                .flatMap(Optional::stream)
                .findFirst();
        if (answer.isEmpty()) {
            return super.handle(request, response, callback);
        }
        FixedResponse fixed = answer.get();
        // In the order Javalin writes them, so the answer matches the route's byte for byte.
        response.getHeaders().clear();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, fixed.contentType());
        fixed.headers().forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, fixed.body().length);
        response.setStatus(fixed.status());
        response.write(true, ByteBuffer.wrap(fixed.body()), callback);
        return true;
    }

    /** The status Jetty is about to send, worked out as its own error handler does. */
    private static int status(Request request, Response response) {
        return request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refusal ? refusal.getCode() : response.getStatus();
    }
}
