package dev.kabinet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.problem.DomainProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

@DisplayName("A domain outcome gets the status its feature's web adapter maps it to")
class ProblemStatusesTest {

    static class Refused extends DomainProblem {
        Refused() {
            super("refused", "Отказано.");
        }
    }

    static class RefusedForAReason extends Refused {}

    static class Unmapped extends DomainProblem {
        Unmapped() {
            super("unmapped", "Нет статуса.");
        }
    }

    static class FeatureProblems extends ProblemStatuses {
        FeatureProblems() {
            map(Refused.class, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private final ProblemStatuses statuses = new FeatureProblems();

    @Test
    void mapsAnOutcomeToItsStatus() {
        assertThat(statuses.statusOf(Refused.class)).contains(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aSubclassTakesTheStatusOfItsNearestMappedSuperclass() {
        assertThat(statuses.statusOf(RefusedForAReason.class)).contains(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void anUnmappedOutcomeHasNoStatus() {
        assertThat(statuses.statusOf(Unmapped.class)).isEmpty();
    }
}
