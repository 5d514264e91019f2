package org.childplan.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screen before bean validation passes a row exactly when bean validation would find nothing wrong with it. */
class WithinLimitsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void agreesWithBeanValidationOnEveryRowAtAndAroundEachLimit() {
        WithinLimits<ObservationRow> limits = WithinLimits.of(ObservationRow.class);
        assertThat(limits.screenable()).as("ObservationRow carries only limits the screen knows").isTrue();
        List<String> texts = new ArrayList<>();
        for (int length : new int[] {0, 1, 16, 17, 63, 64, 65, 400, 401, 2000, 2001}) {
            texts.add("码".repeat(length));
        }
        texts.add("😀".repeat(32)); // 64 UTF-16 units: bean validation counts them as length() does
        texts.add("😀".repeat(33));
        texts.add(null);
        List<BigDecimal> numbers = new ArrayList<>();
        for (String n : new String[] {"0", "5.8", "1e12", "-1e12", "1000000000000.0000000001", "-1000000000000.0000000001",
                "1e13", "-1e13", "999999999999.99"}) {
            numbers.add(new BigDecimal(n));
        }
        numbers.add(null);
        Random random = new Random(20261204);
        int passed = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            ObservationRow row = new ObservationRow(pick(random, texts), 2023, pick(random, texts), pick(random, texts),
                    pick(random, texts), pick(random, texts), pick(random, numbers), pick(random, numbers),
                    pick(random, numbers), pick(random, texts), pick(random, texts));
            boolean valid = validator.validate(row).isEmpty();
            assertThat(limits.holdFor(row)).as("row %s", row).isEqualTo(valid);
            if (valid) {
                passed++;
            } else {
                refused++;
            }
        }
        assertThat(passed).as("rows within every limit were tried").isPositive();
        assertThat(refused).as("rows over a limit were tried").isPositive();
    }

    record WithOtherConstraint(@NotBlank String code, @Size(max = 4) String name) {
    }

    @Test
    void neverPassesARecordWithAConstraintItDoesNotKnow() {
        WithinLimits<WithOtherConstraint> limits = WithinLimits.of(WithOtherConstraint.class);

        assertThat(limits.screenable()).isFalse();
        assertThat(limits.holdFor(new WithOtherConstraint("A", "ok"))).isFalse();
    }

    private static <T> T pick(Random random, List<T> values) {
        // mostly ordinary values, so that rows within every limit are common enough to be tried
        return random.nextInt(3) == 0 ? values.get(random.nextInt(values.size())) : values.get(random.nextInt(3) == 0 ? values.size() - 1 : 1);
    }
}
