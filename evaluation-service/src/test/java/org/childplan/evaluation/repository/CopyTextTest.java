package org.childplan.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void escapesExactlyTheCharactersTheTextFormatGivesAMeaning() {
        String line = new CopyText().start().text("a\tb\nc\rd\\e").text("\\N").text("\\.").end();
        assertThat(line).isEqualTo("a\\tb\\nc\\rd\\\\e\t\\\\N\t\\\\.\n");
    }

    @Test
    void writesNullAsBackslashNAndAnEmptyStringAsNothing() {
        assertThat(new CopyText().start().text(null).text("").number((BigDecimal) null).text("").end())
                .isEqualTo("\\N\t\t\\N\t\n");
    }

    @Test
    void leavesEverythingElseAsGiven() {
        String text = "妇幼卫生年报 👶🏻 \"quoted\", ; \u0001\u001f\u007f\b\f\u2028 end";
        assertThat(new CopyText().start().text(text).end()).isEqualTo(text + "\n");
    }

    @Test
    void writesNumbersAsPgJdbcSendsThem() {
        assertThat(new CopyText().start().number(new BigDecimal("1.50")).number(new BigDecimal("1E+3"))
                .number(7L).raw("42").end()).isEqualTo("1.50\t1E+3\t7\t42\n");
    }
}
