package dev.kabinet.identity.sms;

import dev.kabinet.platform.problem.DomainProblem;

/** The SMS provider refused the message or did not answer in time: nothing was sent, the resident may try later. */
public class SmsNotSent extends DomainProblem {

    public SmsNotSent(String reason, Throwable cause) {
        super("sms-not-sent", "Не удалось отправить SMS. Повторите попытку через несколько минут.");
        initCause(cause);
        addSuppressed(new IllegalStateException(reason));
    }
}
