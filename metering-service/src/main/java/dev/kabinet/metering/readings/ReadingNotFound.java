package dev.kabinet.metering.readings;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No such reading on the account in the path. */
public class ReadingNotFound extends ProblemException {

    public ReadingNotFound() {
        super(HttpStatus.NOT_FOUND, "reading-not-found", "Показание не найдено на этом лицевом счёте.");
    }
}
