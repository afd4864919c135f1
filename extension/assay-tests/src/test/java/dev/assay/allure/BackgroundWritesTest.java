package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundWritesTest {

    @Test
    void writesRunInTheOrderTheyCameAndFlushWaitsForAllOfThem() {
        BackgroundWrites writes = new BackgroundWrites("test");
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            writes.submit(() -> done.add(n));
        }
        assertThat(writes.flush(30)).isTrue();
        assertThat(done).hasSize(10_000);
        for (int i = 0; i < done.size(); i++) {
            assertThat(done.get(i)).isEqualTo(i);
        }
    }

    @Test
    void flushWaitsForAWriteStillRunning() throws InterruptedException {
        BackgroundWrites writes = new BackgroundWrites("test");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        writes.submit(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add("slow");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(writes.flush(0)).as("the slow write holds the flush").isFalse();
        release.countDown();
        assertThat(writes.flush(30)).isTrue();
        assertThat(done).containsExactly("slow");
    }

    @Test
    void aFailingWriteDoesNotStopTheOnesAfterIt() {
        ReportingFailures.reset();
        BackgroundWrites writes = new BackgroundWrites("test");
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        writes.submit(() -> {
            throw new IllegalStateException("disk gone");
        });
        writes.submit(() -> done.add("after"));
        assertThat(writes.flush(30)).isTrue();
        assertThat(done).containsExactly("after");
        ReportingFailures.reset();
    }

    @Test
    void flushWithNothingHandedOverReturnsAtOnce() {
        assertThat(new BackgroundWrites("test").flush(0)).isTrue();
    }

    @Test
    void resultsAreOnDiskAfterTheWriterIsFlushed(@TempDir Path dir) throws Exception {
        AssayResultsWriter writer = new AssayResultsWriter(dir);
        for (int i = 0; i < 200; i++) {
            writer.writeFile("file-" + i + ".txt", ("content " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        writer.flush();
        for (int i = 0; i < 200; i++) {
            assertThat(Files.readString(dir.resolve("file-" + i + ".txt"))).isEqualTo("content " + i);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
                    .as("no temporary file left behind").isEmpty();
        }
    }
}
