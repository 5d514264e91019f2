package org.childplan.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.Submission;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a submission's rows with PostgreSQL's COPY protocol, on the connection of the current transaction: a bulk
 * submission can carry a hundred thousand rows, which entity-by-entity persistence would turn into as many round
 * trips and even batched inserts make the server parse and plan. The rows are written as the caller hands them over,
 * so the server stores rows while the caller still checks the next ones; the rows are part of the transaction and go
 * with it when it rolls back.
 */
@ApplicationScoped
public class ObservationRepository {

    /** What a COPY sends per message: big enough that messages are few, small enough to hold nothing of note. */
    private static final int BUFFER = 1 << 16;
    private static final String COPY = "copy observation (submission_id, cycle_id, row_number, indicator_code, year,"
            + " area_code, sex, residence, age_group, value, numerator, denominator, source, note) from stdin";

    private final EntityManager em;

    public ObservationRepository(EntityManager em) {
        this.em = em;
    }

    /** Where rows go, numbered in the order given. */
    public interface RowSink {
        void write(ObservationInput row);
    }

    /** Inserts the rows, numbering them from {@code firstRowNumber}. */
    public void insertAll(Submission submission, List<ObservationInput> rows, int firstRowNumber) {
        copy(submission, firstRowNumber, sink -> rows.forEach(sink::write));
    }

    /**
     * Runs {@code writer} with a sink of rows for the submission, numbered from {@code firstRowNumber}, and stores
     * what it wrote when it returns. When it throws, nothing it wrote is stored (the COPY is abandoned, and the
     * exception passes on to roll the transaction back).
     */
    public void copy(Submission submission, int firstRowNumber, Consumer<RowSink> writer) {
        // the submission row must exist before its observations refer to it
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            PGCopyOutputStream out = new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY), BUFFER);
            try {
                CopyText line = new CopyText();
                String submissionId = String.valueOf(submission.id);
                String cycleId = String.valueOf(submission.cycle.id);
                int[] next = {firstRowNumber};
                writer.accept(row -> {
                    String text = line.start().raw(submissionId).raw(cycleId).number(next[0]++)
                            .text(row.indicatorCode()).number(row.year().longValue()).text(row.areaCode())
                            .text(row.sex()).text(row.residence()).text(row.ageGroup())
                            .number(row.value()).number(row.numerator()).number(row.denominator())
                            .text(row.source()).text(row.note()).end();
                    try {
                        out.write(text.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.endCopy();
            } catch (UncheckedIOException e) {
                // the server refused the data (a constraint, say) or the connection broke: a database error
                abandon(out, e);
                throw new SQLException("COPY into observation failed", e.getCause());
            } catch (RuntimeException | Error e) {
                abandon(out, e);
                throw e;
            }
        });
    }

    /** Ends a COPY that must not store anything; the connection then takes the transaction's rollback. */
    private static void abandon(PGCopyOutputStream out, Throwable cause) {
        if (out.isActive()) {
            try {
                out.cancelCopy();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    public void deleteAll(Submission submission) {
        em.createQuery("delete from Observation o where o.submission = :s").setParameter("s", submission).executeUpdate();
    }
}
