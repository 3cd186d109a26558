package dev.kabinet.gateway.system;

import dev.kabinet.problems.ProblemCatalog;
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
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last guard of "every refusal is a problem": Reactor Netty answers some requests before any Spring code sees
 * them (a request line or headers too large: 414, 431; a request it cannot decode: 400) and Spring WebFlux answers a
 * URI it cannot parse with a bare 400. Sitting right after the HTTP codec, this handler gives any such bodiless
 * refusal (status 4xx/5xx, no {@code Content-Type}, empty) the problem detail of its status, in the resident's
 * language when the request's Accept-Language could be read (Russian otherwise). Responses
 * to {@code HEAD} keep their empty body.
 */
final class BareRefusalProblems extends ChannelDuplexHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private boolean head;
    private Locale language = ProblemCatalog.RUSSIAN;
    private byte[] pendingBody;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            head = HttpMethod.HEAD.equals(request.method());
            language = ProblemCatalog.language(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE));
        }
        super.channelRead(ctx, msg);
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
            byte[] body = problem(response.status().code(), language);
            if (msg instanceof FullHttpResponse full) {
                FullHttpResponse replaced = full.replace(Unpooled.wrappedBuffer(body));
                full.release();
                describe(replaced.headers(), body.length);
                ctx.write(replaced, promise);
                return;
            }
            describe(response.headers(), body.length);
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

    private static void describe(HttpHeaders headers, int length) {
        headers.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.SERVER);
    }

    static byte[] problem(int code, Locale language) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", Problems.TYPE_BASE + ProblemCatalog.slug(code));
        body.put("title", ProblemCatalog.title(code, language));
        body.put("status", code);
        body.put("detail", ProblemCatalog.detail(code, language));
        return JSON.writeValueAsBytes(body);
    }
}
