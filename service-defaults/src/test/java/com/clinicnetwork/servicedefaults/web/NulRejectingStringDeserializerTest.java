package com.clinicnetwork.servicedefaults.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class NulRejectingStringDeserializerTest {

    record Location(String name, String timeZone) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(String.class, new NulRejectingStringDeserializer()))
            .build();

    @Test
    void readsOrdinaryTextIncludingOtherControlCharactersAndScalars() {
        Location location = json.readValue("{\"name\":\"Riverside\\tClinic \u00e9\",\"timeZone\":42}", Location.class);

        assertThat(location.name()).isEqualTo("Riverside\tClinic \u00e9");
        assertThat(location.timeZone()).isEqualTo("42");
    }

    @Test
    void rejectsTextWithANulCharacter() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"Clinic\\u0000\",\"timeZone\":\"UTC\"}", Location.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void rejectsAnObjectWhereTextIsExpected() {
        assertThatThrownBy(() -> json.readValue("{\"name\":{\"a\":1},\"timeZone\":\"UTC\"}", Location.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void keepsNullsAsNull() {
        assertThat(json.readValue("{\"name\":null,\"timeZone\":\"UTC\"}", Location.class).name()).isNull();
    }
}
