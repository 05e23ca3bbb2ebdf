package pk.gov.mashwara.text.extraction;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * A stand-in extractor process that takes its time: it answers each job after {@link #SECONDS} seconds (reporting
 * progress every second), with the text {@code slow}. For tests of what happens while a long extraction runs.
 */
public final class SlowWorker {

    static final int SECONDS = 8;

    private SlowWorker() {
    }

    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            var output = Path.of(line.split("\t")[2]);
            for (int i = 1; i <= SECONDS; i++) {
                Thread.sleep(1000);
                System.out.println(WorkerProtocol.progressLine("second " + i));
                System.out.flush();
            }
            Files.writeString(output, "slow");
            System.out.println(new WorkerProtocol.Result("DONE", null, 4, false, false, "text/plain").toLine());
            System.out.flush();
        }
    }
}
