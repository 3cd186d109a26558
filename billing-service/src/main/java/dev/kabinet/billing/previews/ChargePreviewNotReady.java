package dev.kabinet.billing.previews;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The reading's charge is not calculated (yet): the event may still be on its way; the client asks again. */
public class ChargePreviewNotReady extends ProblemException {

    public ChargePreviewNotReady() {
        super(
                HttpStatus.NOT_FOUND,
                "charge-preview-not-ready",
                "Начисление ещё рассчитывается. Обновите страницу через несколько секунд.");
    }
}
