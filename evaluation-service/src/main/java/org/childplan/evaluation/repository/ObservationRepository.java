package org.childplan.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.Submission;
import org.hibernate.Session;

/**
 * Writes a submission's rows with one batched JDBC statement: a bulk submission can carry a hundred thousand
 * rows, which entity-by-entity persistence would turn into as many round trips.
 */
@ApplicationScoped
public class ObservationRepository {

    private static final int BATCH = 1000;
    private static final String INSERT = """
            insert into observation (submission_id, cycle_id, row_number, indicator_code, year, area_code, sex, residence,
                                     age_group, value, numerator, denominator, source, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final EntityManager em;

    public ObservationRepository(EntityManager em) {
        this.em = em;
    }

    /** Inserts the rows, numbering them from {@code firstRowNumber}. */
    public void insertAll(Submission submission, List<ObservationInput> rows, int firstRowNumber) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (int i = 0; i < rows.size(); i++) {
                    ObservationInput o = rows.get(i);
                    insert.setLong(1, submission.id);
                    insert.setLong(2, submission.cycle.id);
                    insert.setInt(3, firstRowNumber + i);
                    insert.setString(4, o.indicatorCode());
                    insert.setInt(5, o.year());
                    insert.setString(6, o.areaCode());
                    insert.setString(7, o.sex());
                    insert.setString(8, o.residence());
                    insert.setString(9, o.ageGroup());
                    insert.setBigDecimal(10, o.value());
                    setNumber(insert, 11, o.numerator());
                    setNumber(insert, 12, o.denominator());
                    setText(insert, 13, o.source());
                    setText(insert, 14, o.note());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    public void deleteAll(Submission submission) {
        em.createQuery("delete from Observation o where o.submission = :s").setParameter("s", submission).executeUpdate();
    }

    private static void setNumber(PreparedStatement s, int index, BigDecimal value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.NUMERIC);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    private static void setText(PreparedStatement s, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
