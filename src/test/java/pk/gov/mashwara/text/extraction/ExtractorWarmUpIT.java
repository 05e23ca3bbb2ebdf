package pk.gov.mashwara.text.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.gov.mashwara.support.DemoPortalTest;

/**
 * The extractors are started and warmed as the last step of the portal's start, not on the first upload: with nobody
 * having uploaded anything, a worker is running and has already extracted the warm-up document.
 */
@DemoPortalTest
class ExtractorWarmUpIT {

    @Autowired
    ExtractorWarmUp warmUp;
    @Autowired
    ExtractionRuntime runtime;

    @Test
    void an_extractor_is_running_and_warm_once_the_portal_is_ready() {
        // part of the start: by the time the context is there, every worker has answered its warm-up
        assertThat(warmUp.warmedWorkers()).isEqualTo(runtime.pool().size());
        assertThat(runtime.pool().liveCount()).as("extractors running, waiting for work").isEqualTo(runtime.pool().size());
        // the warm-up leaves nothing behind in the work directory
        assertThat(runtime.pool().launcher().workDir().resolve("warm-up.pdf")).doesNotExist();
    }

    @Test
    void the_warm_up_document_is_a_pdf_with_text() throws Exception {
        try (var pdf = Loader.loadPDF(ExtractorWarmUp.document())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mashwara extractor warm-up.");
        }
    }
}
