package pk.gov.mashwara.text.extraction.worker;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether tests that need OCR can run here. */
public final class Tesseract {

    private Tesseract() {
    }

    public static boolean installed() {
        try {
            var process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
