package pk.gov.mashwara.text.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Starts extractor processes: the same {@code java} as the portal, the portal's own classes, a heap limit,
 * death on running out of memory (instead of limping on), a private temporary directory, and no way out to
 * the network.
 */
class WorkerLauncher {

    /** The launcher of a Spring Boot executable jar that lets us choose which main class runs. */
    static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final String mainClass;
    private final String heap;
    private final String classPath;
    private final Path workDir;

    WorkerLauncher(String mainClass, String heap, String classPath, Path workDir) {
        this.mainClass = mainClass;
        this.heap = heap;
        this.classPath = classPath;
        this.workDir = workDir;
    }

    static WorkerLauncher forThisJvm(String mainClass, String heap, Path workDir) {
        return new WorkerLauncher(mainClass, heap, System.getProperty("java.class.path"), workDir);
    }

    /** Where job outputs and each worker's temporary directory live. */
    Path workDir() {
        return workDir;
    }

    Process start(Path privateTmp) throws IOException {
        Files.createDirectories(privateTmp);
        return new ProcessBuilder(command(privateTmp)).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    List<String> command(Path privateTmp) {
        var command = new ArrayList<String>();
        command.add(javaBinary());
        command.add("-Xmx" + heap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        // One extractor parses one file at a time: a single-threaded collector keeps its footprint small
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.io.tmpdir=" + privateTmp);
        command.add("-Dmashwara.worker.private-tmp=true");
        // A hostile document must not make the extractor reach out: every socket goes to a proxy that is not there
        command.add("-DsocksProxyHost=127.0.0.1");
        command.add("-DsocksProxyPort=1");
        command.add("-Djava.net.useSystemProxies=false");
        command.add("-cp");
        command.add(classPath);
        if (isBootJar(classPath)) {
            command.add("-Dloader.main=" + mainClass);
            command.add(BOOT_PROPERTIES_LAUNCHER);
        } else {
            command.add(mainClass);
        }
        return command;
    }

    /** Run with {@code java -jar mashwara.jar}: the class path is that one jar, whose classes only its launcher finds. */
    static boolean isBootJar(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (var jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Version") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
