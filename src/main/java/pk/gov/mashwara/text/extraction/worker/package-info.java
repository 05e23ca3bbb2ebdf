/**
 * The extractor process: a plain {@code main} (no Spring) that the portal forks, a few at a time, and talks to
 * over standard input and output, one line per job ({@link pk.gov.mashwara.text.extraction.worker.WorkerProtocol}).
 * Tika runs here, so that a file that hangs, exhausts memory or stops the JVM costs a worker, never the portal.
 */
package pk.gov.mashwara.text.extraction.worker;
