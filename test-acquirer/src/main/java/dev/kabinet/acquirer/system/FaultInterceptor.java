package dev.kabinet.acquirer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The fault modes of the protocol calls ({@code /payment/rest/**}): the answer comes after {@code delayMs} (the call
 * itself is done at once, so a client that gives up early still changed the order), and a share {@code errorRate} of
 * calls is answered 503 without doing anything.
 */
@Configuration(proxyBeanMethods = false)
public class FaultInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final Faults faults;

    FaultInterceptor(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/payment/rest/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (faults.failThisCall()) {
            pause();
            response.setStatus(503);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Service Unavailable (fault mode)".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    public void pause() throws InterruptedException {
        long delay = faults.settings().delayMs();
        if (delay > 0) {
            Thread.sleep(delay);
        }
    }
}
