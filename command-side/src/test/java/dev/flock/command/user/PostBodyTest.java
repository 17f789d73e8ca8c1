package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000inside", "bell\u0007", "escape\u001b[31mred", "delete\u007f", "c1\u0085",
            "lone \ud800 high", "lone \udc00 low", "", "   \n\t  "})
    void refusesInvisibleOrUnstorableText(String body) {
        assertThatThrownBy(() -> PostBody.normalize(body)).isInstanceOf(InvalidPostException.class);
    }

    @Test
    void keepsLineBreaksTabsEmojiAndScripts() {
        String body = "line one\nline\ttwo \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD \u4F60\u597D \u202Eright-to-left";
        assertThat(PostBody.normalize("  " + body + "  ")).isEqualTo(body);
    }

    @Test
    void composesToNfc() {
        assertThat(PostBody.normalize("cafe\u0301")).isEqualTo("caf\u00E9");
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertThat(PostBody.normalize(emoji.repeat(PostBody.MAX_LENGTH))).hasSize(2 * PostBody.MAX_LENGTH);
        assertThatThrownBy(() -> PostBody.normalize(emoji.repeat(PostBody.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidPostException.class);
    }
}
