package pk.gov.mashwara.text.extraction;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import pk.gov.mashwara.text.extraction.worker.WorkerProtocol;

/**
 * A stand-in extractor process for pool tests, started exactly like the real one. It behaves by the input's
 * name: {@code hang} never answers, {@code exit} stops the JVM, {@code oom} exhausts the heap; anything else
 * is "extracted" as the text {@code ok <pid>}, so a test can tell workers apart.
 */
public final class HostileWorker {

    private HostileWorker() {
    }

    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            var fields = line.split("\t");
            var input = fields[1];
            var output = Path.of(fields[2]);
            if (input.contains("hang")) {
                Thread.sleep(Long.MAX_VALUE);
            } else if (input.contains("exit")) {
                System.exit(3);
            } else if (input.contains("oom")) {
                var hog = new ArrayList<long[]>();
                while (true) {
                    hog.add(new long[1024 * 1024]);
                }
            }
            var text = "ok " + ProcessHandle.current().pid();
            Files.writeString(output, text);
            System.out.println(WorkerProtocol.progressLine("working"));
            System.out.println(new WorkerProtocol.Result("DONE", null, text.length(), false, false, null).toLine());
            System.out.flush();
        }
    }
}
