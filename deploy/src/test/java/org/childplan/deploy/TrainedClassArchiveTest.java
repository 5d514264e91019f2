package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * deploy/train-class-archives.sh, as deploy/run-local.sh runs it after a build: a training start of the three services
 * on scratch databases, after which each service's class archive (on JDK 25+ an AOT cache, app.aot; else app-cds.jsa)
 * holds the classes a start loads after Quarkus' static init (the migrations, Hibernate's sessions, the seeds) and is
 * one the JVM run-local picks accepts, with the options run-local gives it, for that service's class path. Needs the
 * services built (the reactor builds them first) and PostgreSQL, as the other tests do.
 */
class TrainedClassArchiveTest {

    /**
     * Classes a start loads after static init, so not in the archive the Quarkus build records: Flyway's migrate, the
     * JDBC connection, and where a seed loads at start, Hibernate's session and (indicator-service's plan import) the
     * JSON Schema validation.
     */
    private static final Map<String, List<String>> LOADED_AFTER_STATIC_INIT = Map.of(
            "indicator", List.of("org.flywaydb.core.internal.command.DbMigrate", "org.postgresql.jdbc.PgConnection",
                    "org.hibernate.internal.SessionImpl", "com.networknt.schema.SchemaRegistry"),
            "agency", List.of("org.flywaydb.core.internal.command.DbMigrate", "org.postgresql.jdbc.PgConnection",
                    "org.hibernate.internal.SessionImpl"),
            "evaluation", List.of("org.flywaydb.core.internal.command.DbMigrate", "org.postgresql.jdbc.PgConnection"));

    /** A line of -XX:+PrintSharedArchiveAndExit's class listing: "  1870: org.postgresql.jdbc.PgConnection unregistered_loader". */
    private static final Pattern ARCHIVED_CLASS = Pattern.compile("\\s*\\d+: (\\S+) \\w+_loader");
    /** A method's profile in an AOT cache's listing: "   1: 0x159b1670 M java/lang/StringLatin1[A].charAt([BI)C LM28 …". */
    private static final Pattern ARCHIVED_METHOD_PROFILE = Pattern.compile("\\s*\\d+: 0x\\p{XDigit}+ M \\S+.*");

    @Test
    void trainingStartRecordsArchivesWithTheClassesLoadedAfterStaticInit() throws Exception {
        Path root = Paths.repository();
        for (String service : LOADED_AFTER_STATIC_INIT.keySet()) {
            assertThat(app(service).resolve("quarkus-run.jar")).as("%s-service must be built first", service).exists();
        }

        Result training = run(root, List.of("bash", root.resolve("deploy/train-class-archives.sh").toString()), 6);
        assertThat(training.exitCode()).as(training.output()).isZero();

        for (var expected : LOADED_AFTER_STATIC_INIT.entrySet()) {
            Path app = app(expected.getKey());
            assertThat(Files.getLastModifiedTime(app.resolve("class-archive.trained")))
                    .as("%s: the marker run-local reads is newer than the build", expected.getKey())
                    .isGreaterThanOrEqualTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar")));
            // the JVM's own listing of the archive, with the JVM and options run-local starts the service with
            Result runtime = run(root, List.of("bash", "-c", "source deploy/service-options.sh && java=$(childplan_java)"
                    + " && echo \"$java\" && childplan_java_opts \"$1\" \"$java\"", "options", app.toString()), 1);
            assertThat(runtime.exitCode()).as(runtime.output()).isZero();
            List<String> command = new ArrayList<>(runtime.output().lines().toList());
            assertThat(command).as("%s: run-local uses the recorded archive", expected.getKey())
                    .anyMatch(option -> option.startsWith("-XX:AOTCache=") || option.startsWith("-XX:SharedArchiveFile="));
            assertThat(Files.readString(app.resolve("class-archive.trained")))
                    .as("%s: the marker names the JVM that recorded the archive, for run-local to compare", expected.getKey())
                    .startsWith(command.get(0) + " ");
            command.addAll(List.of("-XX:+PrintSharedArchiveAndExit", "-jar", "quarkus-run.jar"));
            Result listing = run(app, command, 2);
            assertThat(listing.output().lines().filter(line -> line.equals("archive is valid")))
                    .as("%s: the JVM accepts the archive for this class path", expected.getKey()).hasSize(1);
            Set<String> archived = listing.output().lines().map(ARCHIVED_CLASS::matcher).filter(Matcher::matches)
                    .map(match -> match.group(1)).collect(Collectors.toSet());
            assertThat(archived).as("%s-service's archive", expected.getKey()).containsAll(expected.getValue());
            if (command.stream().anyMatch(option -> option.startsWith("-XX:AOTCache="))) {
                // what an AOT cache adds to CDS: the profiles of the methods the training start ran, for the JIT
                assertThat(listing.output().lines().filter(line -> ARCHIVED_METHOD_PROFILE.matcher(line).matches()).count())
                        .as("%s: method profiles in the AOT cache", expected.getKey()).isGreaterThan(1000);
            }
        }
    }

    private static Path app(String service) {
        return Paths.repository().resolve(service + "-service/target/quarkus-app");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path directory, List<String> command, int minutes) throws IOException, InterruptedException {
        Path output = Files.createTempFile("childplan-training", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + minutes + " minutes: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
