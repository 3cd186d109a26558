package dev.kabinet.metering.readings;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a resident asks of the reading history (MT-5): a period of days (both included, in the utility's zone), a meter,
 * a status, each optional, and the column to sort by.
 */
public record HistoryQuery(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long meterId,
        @Nullable ReadingStatus status,
        SortBy sort,
        boolean ascending) {

    public HistoryQuery {
        Objects.requireNonNull(sort);
    }

    /** The columns the history sorts by. */
    public enum SortBy {
        SUBMITTED_AT("submittedAt"),
        METER("meterId"),
        STATUS("status"),
        CHANNEL("channel"),
        PERIOD("period");

        private final String property;

        SortBy(String property) {
            this.property = property;
        }

        String property() {
            return property;
        }
    }
}
