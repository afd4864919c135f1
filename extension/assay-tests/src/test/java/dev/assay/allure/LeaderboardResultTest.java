package dev.assay.allure;

import static dev.assay.allure.AllureRun.attachment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaderboard result of a real run: its ranking inline, and a speed-vs-quality chart per benchmark. */
class LeaderboardResultTest {

    @TempDir
    Path dir;

    @Test
    void theLeaderboardShowsItsRankingInlineAndChartsSpeedAgainstQuality() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Random random = new Random(11);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f,\"text\":\"review %d\"}",
                    i, i % 2 == 0 ? "pos" : "neg", random.nextDouble(), i));
        }
        Files.write(data.resolve("cases.jsonl"), cases);
        AllureRun run = AllureRun.of(dir.resolve("allure-results"), dir.resolve("out"),
                Map.of("assay.root", data.toString(), AllureSettings.LEADERBOARD_METRIC_KEY, "accuracy"),
                AllureFixturesTestCase.Sentiment.class);

        JsonNode board = run.result("leaderboard \u203a sentiment");
        String description = board.path("descriptionHtml").asText().replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");
        assertThat(description).contains("<p><b>sentiment</b>: <b>strong</b> leads on accuracy with ")
                .contains("2 models.</p>").contains("<table").contains("<td>weak</td>");
        assertThat(description.indexOf("<td>strong</td>")).isPositive().isLessThan(description.indexOf("<td>weak</td>"));
        assertThat(attachment(board, "leaderboard").path("type").asText()).isEqualTo("text/html");
        assertThat(attachment(board, "speed vs quality").path("type").asText()).isEqualTo("image/svg+xml");
        assertThat(run.attachmentText(board, "speed vs quality")).contains("sentiment: speed vs accuracy", ">strong<",
                ">weak<");
    }
}
