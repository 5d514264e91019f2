package org.childplan.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonStrictnessTest {

    record Sample(String text, Integer number, Boolean flag, BigDecimal amount) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    {
        new JsonStrictness().customize(mapper);
    }

    @Test
    void readsWellTypedJson() throws Exception {
        Sample s = mapper.readValue("{\"text\":\"常宁\",\"number\":3,\"flag\":true,\"amount\":2}", Sample.class);
        assertThat(s).isEqualTo(new Sample("常宁", 3, true, new BigDecimal("2")));
    }

    @Test
    void refusesScalarCoercions() {
        assertThatThrownBy(() -> mapper.readValue("{\"number\":\"3\"}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"number\":3.5}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\":3}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"flag\":1}", Sample.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"flag\":\"true\"}", Sample.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesUnknownPropertiesAndTrailingContent() {
        assertThatThrownBy(() -> mapper.readValue("{\"txet\":\"a\"}", Sample.class)).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\"} []", Sample.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesTextPostgresCanNotStore() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\\u0000\"}", Sample.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"\\udc00x\"}", Sample.class)).isInstanceOf(InvalidFormatException.class);
        assertThat(JsonStrictness.StorableTextDeserializer.unstorable("儿童😀")).isNull();
    }

    @Test
    void leavesOutPropertiesWithoutAValueRatherThanWritingNull() throws Exception {
        assertThat(mapper.writeValueAsString(new Sample("常宁", null, true, null))).isEqualTo("{\"text\":\"常宁\",\"flag\":true}");
    }
}
