package dev.kabinet.identity.captcha.web;

import dev.kabinet.identity.captcha.CaptchaInvalid;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of a refused captcha (ADR 0006). */
@ControllerAdvice
class CaptchaProblems extends ProblemStatuses {

    CaptchaProblems() {
        map(CaptchaInvalid.class, HttpStatus.BAD_REQUEST);
    }
}
