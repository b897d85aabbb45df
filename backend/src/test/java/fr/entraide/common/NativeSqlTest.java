package fr.entraide.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeSqlTest {

    @Test
    void namedParametersBecomePositionalInTheOrderTheyAppear() {
        List<Object> values = new ArrayList<>();
        String sql = NativeSql.positional("select 1 from t where a = :a and b in :codes and c = :a and d = 'x:y' and e::text = :e_1",
                Map.of("a", 1, "codes", new LinkedHashSet<>(List.of("38185", "38421")), "e_1", "z", "unused", 9), values);
        assertThat(sql).isEqualTo("select 1 from t where a = ? and b in (?, ?) and c = ? and d = 'x:y' and e::text = ?");
        assertThat(values).containsExactly(1, "38185", "38421", 1, "z");
    }

    @Test
    void anEmptyCollectionMatchesNothingAndAMissingValueIsAnError() {
        List<Object> values = new ArrayList<>();
        assertThat(NativeSql.positional("x in :none", Map.of("none", List.of()), values)).isEqualTo("x in (null)");
        assertThat(values).isEmpty();
        assertThatThrownBy(() -> NativeSql.positional("x = :missing", Map.of(), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":missing");
    }
}
