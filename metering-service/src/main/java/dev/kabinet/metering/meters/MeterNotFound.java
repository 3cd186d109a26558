package dev.kabinet.metering.meters;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No such meter on the account in the path (it may exist on another account: that is not revealed). */
public class MeterNotFound extends ProblemException {

    public MeterNotFound() {
        super(
                HttpStatus.NOT_FOUND,
                "meter-not-found",
                "Счётчик не найден на этом лицевом счёте. Обновите страницу и выберите счётчик из списка.");
    }
}
