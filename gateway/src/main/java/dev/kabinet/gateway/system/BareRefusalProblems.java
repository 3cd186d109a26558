package dev.kabinet.gateway.system;

import dev.kabinet.problems.ProblemCatalog;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last guard of "every refusal is a problem": Reactor Netty answers some requests before any Spring code sees
 * them (a request line or headers too large: 414, 431; a request it cannot decode: 400) and Spring WebFlux answers a
 * URI it cannot parse with a bare 400. Sitting right after the HTTP codec, this handler gives any such bodiless
 * refusal (status 4xx/5xx, no {@code Content-Type}, empty) the problem detail of its status, shaped like the
 * gateway's other problems ({@link Problems}): in the resident's language with {@code Content-Language}, the
 * request's path as {@code instance} and a {@code traceId} (a span of its own: these requests never reach the code
 * that observes requests). Responses to {@code HEAD} keep their empty body.
 *
 * <p>What Netty could not decode (a request line over the limit: 414, headers over the limit: 431, an undecodable
 * request: 400) reaches this handler as a placeholder request without the request's path or any of its headers:
 * its problem has no {@code instance} and is in Russian, the default (labelled {@code Content-Language: ru}), even
 * when the request named another language — reading the raw bytes again to find it would mean parsing the very
 * input the codec has just refused.
 */
final class BareRefusalProblems extends ChannelDuplexHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final @Nullable Tracer tracer;

    private boolean head;
    private Locale language = ProblemCatalog.RUSSIAN;
    private @Nullable String path;
    private byte @Nullable [] pendingBody;

    BareRefusalProblems(@Nullable Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            head = HttpMethod.HEAD.equals(request.method());
            language = ProblemCatalog.language(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE));
            path = request.decoderResult().isSuccess() ? path(request.uri()) : null;
        }
        super.channelRead(ctx, msg);
    }

    /**
     * The path of a request target as the resident sent it, without the query (which is what could not be parsed);
     * none when it is not printable ASCII (raw control or UTF-8 bytes, which an address never holds).
     */
    static @Nullable String path(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        int fragment = path.indexOf('#');
        path = fragment < 0 ? path : path.substring(0, fragment);
        return path.startsWith("/") && path.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? path : null;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (pendingBody != null && isEmptyContent(msg)) {
            byte[] body = pendingBody;
            pendingBody = null;
            Object replaced = msg instanceof LastHttpContent
                    ? new DefaultLastHttpContent(Unpooled.wrappedBuffer(body))
                    : msg instanceof HttpContent
                            ? new DefaultHttpContent(Unpooled.wrappedBuffer(body))
                            : Unpooled.wrappedBuffer(body);
            io.netty.util.ReferenceCountUtil.release(msg);
            ctx.write(replaced, promise);
            return;
        }
        if (msg instanceof HttpResponse response && !head && isBare(response)) {
            byte[] body = problem(response.status().code(), language, path, traceId());
            if (msg instanceof FullHttpResponse full) {
                FullHttpResponse replaced = full.replace(Unpooled.wrappedBuffer(body));
                full.release();
                describe(replaced.headers(), body.length, language);
                ctx.write(replaced, promise);
                return;
            }
            describe(response.headers(), body.length, language);
            pendingBody = body;
        }
        super.write(ctx, msg, promise);
    }

    private static boolean isBare(HttpResponse response) {
        HttpHeaders headers = response.headers();
        if (response.status().code() < 400 || headers.contains(HttpHeaderNames.CONTENT_TYPE)) {
            return false;
        }
        if (response instanceof FullHttpResponse full) {
            return full.content().readableBytes() == 0;
        }
        return "0".equals(headers.get(HttpHeaderNames.CONTENT_LENGTH));
    }

    private static boolean isEmptyContent(Object msg) {
        if (msg instanceof HttpContent content) {
            return content.content().readableBytes() == 0;
        }
        return msg instanceof ByteBuf buffer && buffer.readableBytes() == 0;
    }

    /** A span for the refusal, so that its problem has a trace id like every other refusal of the gateway. */
    private @Nullable String traceId() {
        if (tracer == null) {
            return null;
        }
        Span span = tracer.nextSpan().name("http refused").start();
        try {
            return span.context().traceId();
        } finally {
            span.end();
        }
    }

    private static void describe(HttpHeaders headers, int length, Locale language) {
        headers.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        headers.set(HttpHeaderNames.CONTENT_LANGUAGE, language.toLanguageTag());
        headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.SERVER);
    }

    static byte[] problem(int code, Locale language, @Nullable String instance, @Nullable String traceId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", Problems.TYPE_BASE + ProblemCatalog.slug(code));
        body.put("title", ProblemCatalog.title(code, language));
        body.put("status", code);
        body.put("detail", ProblemCatalog.detail(code, language));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        return JSON.writeValueAsBytes(body);
    }
}
