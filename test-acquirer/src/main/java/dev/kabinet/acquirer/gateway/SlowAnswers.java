package dev.kabinet.acquirer.gateway;

import dev.kabinet.acquirer.system.FaultInterceptor;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Slow answers: the protocol call is done, then its answer waits {@code delayMs} before it is written. */
@ControllerAdvice(assignableTypes = GatewayController.class)
class SlowAnswers implements ResponseBodyAdvice<Object> {

    private final FaultInterceptor faults;

    SlowAnswers(FaultInterceptor faults) {
        this.faults = faults;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        try {
            faults.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return body;
    }
}
