package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loops must allow exactly what StrictHttpFirewall's own regular expressions allow. */
class HeaderCharactersTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheFirewallsPatternsOnRandomStrings() {
        Random random = new Random(20261203);
        int[] interesting = {'a', ' ', '\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 0xe9, 0x378, 0x2028, 0xd800, 0xdc00, 0xfffe,
                0x1f600, 0x10ffff, 0xe0001, 0x3fffe};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(0x110000));
            }
            String candidate = value.toString();
            assertThat(HeaderCharacters.assignedAndNotControl(candidate)).as("name %s", candidate.codePoints().toArray())
                    .isEqualTo(NAMES.matcher(candidate).matches());
            assertThat(HeaderCharacters.assignedAndNotControlButTab(candidate)).as("value %s", candidate.codePoints().toArray())
                    .isEqualTo(VALUES.matcher(candidate).matches());
        }
    }

    @Test
    void aTabIsAllowedInAValueButNotInAName() {
        assertThat(HeaderCharacters.assignedAndNotControlButTab("a\tb")).isTrue();
        assertThat(HeaderCharacters.assignedAndNotControl("a\tb")).isFalse();
        assertThat(HeaderCharacters.assignedAndNotControlButTab("a\nb")).isFalse();
    }
}
