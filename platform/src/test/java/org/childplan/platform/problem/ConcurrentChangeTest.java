package org.childplan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** A write refused by the version column is a conflict the client can resolve by reading again, never a 500. */
class ConcurrentChangeTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void answersAVersionClashAtFlushWith409() {
        Response response = mapper.concurrentChange(new OptimisticLockException("row count 0"), null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(ProblemMapper.PROBLEM_JSON);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:childplan:problem:concurrent-change");
    }

    @Test
    void answersAVersionClashWrappedAtCommitWith409NotAsAnUnexpectedFailure() {
        RuntimeException atCommit = new RuntimeException("commit failed",
                new IllegalStateException(new StaleObjectStateException("Submission", 2L)));

        assertThat(mapper.unexpected(atCommit, null).getStatus()).isEqualTo(409);
        assertThat(mapper.unexpected(new IllegalStateException("something else"), null).getStatus()).isEqualTo(500);
    }
}
