package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;

/**
 * The command-line import: {@code java -jar mashwara.jar import --committee PTA --kind POLICY --as pta.drafter
 * --legal-basis "..." DIR|FILE...}. It imports as the named user, with that user's permissions, and prints what
 * happened to every file. Exit status 0 when every file was created, 2 when some were not, 1 for a usage error.
 */
@Component
public class ImportCommand {

    static final String USAGE = """
            Usage: java -jar mashwara.jar import --committee CODE --kind KIND --as USER --legal-basis TEXT
                   [--classification UNCLASSIFIED|RESTRICTED|CONFIDENTIAL] [--financial-implications]
                   DIRECTORY|FILE...
              KIND: BILL_OR_ORDINANCE, RULES_UNDER_STATUTE, REGULATOR_REGULATIONS, POLICY
              Every file (directories: every file in them, sorted by name) becomes a draft titled after its name.""";

    private final ImportService imports;
    private final DirectoryService directory;
    private final UserDetailsService users;

    ImportCommand(ImportService imports, DirectoryService directory, UserDetailsService users) {
        this.imports = imports;
        this.directory = directory;
        this.users = users;
    }

    private record FileSource(Path path) implements ImportService.Source {
        @Override
        public String fileName() {
            return path.getFileName().toString();
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    public int run(List<String> args, PrintStream out) {
        String committee = null, kind = null, user = null, basis = null, classification = "UNCLASSIFIED";
        var financial = false;
        var paths = new ArrayList<Path>();
        try {
            for (var i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--committee" -> committee = args.get(++i);
                    case "--kind" -> kind = args.get(++i);
                    case "--as" -> user = args.get(++i);
                    case "--legal-basis" -> basis = args.get(++i);
                    case "--classification" -> classification = args.get(++i);
                    case "--financial-implications" -> financial = true;
                    default -> paths.add(Path.of(args.get(i)));
                }
            }
        } catch (IndexOutOfBoundsException e) {
            out.println(USAGE);
            return 1;
        }
        if (committee == null || kind == null || user == null || basis == null || paths.isEmpty()) {
            out.println(USAGE);
            return 1;
        }
        MashwaraUser importer;
        try {
            importer = (MashwaraUser) users.loadUserByUsername(user);
        } catch (UsernameNotFoundException e) {
            out.println("No user " + user + ".");
            return 1;
        }
        try {
            var files = files(paths);
            var code = committee;
            var committeeId = RunAs.user(importer, () -> directory.committeeByCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("No committee " + code)).id());
            var kindName = kind;
            var request = new ImportRequest(committeeId, DraftKind.fromName(kindName).orElseThrow(
                    () -> new IllegalArgumentException("No kind " + kindName + " (kinds: " + List.of(DraftKind.values()) + ")")), basis,
                    financial, Classification.valueOf(classification.toUpperCase(Locale.ROOT)));
            var report = RunAs.user(importer, () -> imports.importFiles(request, files, item -> {
                out.println(line(item));
                out.flush();
            }));
            out.printf("%d created, %d refused, %d failed%n", report.count(ImportReport.Outcome.CREATED),
                    report.count(ImportReport.Outcome.REFUSED), report.count(ImportReport.Outcome.FAILED));
            return report.count(ImportReport.Outcome.CREATED) == report.items().size() ? 0 : 2;
        } catch (IllegalArgumentException | IOException | org.springframework.security.access.AccessDeniedException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    private static List<FileSource> files(List<Path> paths) throws IOException {
        var files = new ArrayList<FileSource>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                try (var listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).sorted().map(FileSource::new).forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new FileSource(path));
            } else {
                throw new IOException("No such file or directory: " + path);
            }
        }
        return files;
    }

    private static String line(ImportReport.Item item) {
        return switch (item.outcome()) {
            case CREATED -> "CREATED  draft " + item.draftId() + "  " + item.fileName();
            case REFUSED -> "REFUSED  " + item.fileName() + ": " + item.message();
            case FAILED -> "FAILED   " + item.fileName() + ": " + item.message();
        };
    }
}
