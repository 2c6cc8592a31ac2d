package com.clinicnetwork.servicedefaults.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PageOfTest {

    @Test
    void totalPagesFollowFromTheTotalAndTheSize() {
        assertThat(PageOf.of(List.of("a", "b"), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(PageOf.of(List.of("a", "b"), 1, 2, 4).totalPages()).isEqualTo(2);
        assertThat(PageOf.of(List.of(), 0, 20, 0).totalPages()).isZero();
    }

    @Test
    void theItemsAreAnUnchangeableCopy() {
        List<String> items = new ArrayList<>(List.of("a"));
        PageOf<String> page = PageOf.of(items, 0, 20, 1);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativePageOrTotalOrAnEmptySizeIsRefused() {
        assertThatThrownBy(() -> PageOf.of(List.of(), -1, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageOf.of(List.of(), 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageOf.of(List.of(), 0, 20, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsAnsweredAsTheListEndpointsJson() {
        String answer = JsonMapper.builder().build().writeValueAsString(PageOf.of(List.of("a", "b"), 1, 2, 5));

        assertThat(answer).isEqualTo("{\"items\":[\"a\",\"b\"],\"page\":1,\"size\":2,\"totalItems\":5,\"totalPages\":3}");
    }
}
