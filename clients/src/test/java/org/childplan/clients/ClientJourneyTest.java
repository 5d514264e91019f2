package org.childplan.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI-driven clients can trust the checked-in contracts: the journey through the Java clients generated from them
 * runs against the three services (started from the jars this build made, on scratch databases), touches every
 * operation, and gets only answers the contracts declare; through Prism's validating proxies it meets no violation.
 * Service and Prism logs: clients/target/journey/.
 */
class ClientJourneyTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = ROOT.resolve("clients/target/journey");

    @Test
    void generatedClientsTouchEveryOperationAndGetOnlyAnswersTheContractsDeclare() throws Exception {
        var operations = new ContractOperations(ROOT);
        Path logs = LOGS.resolve("direct");
        Throwable failure;
        try (var services = ServiceLauncher.startServices(ROOT, logs)) {
            failure = run(new Journey(urls(services::serviceUrl), operations, ROOT));
        }
        System.out.printf("The journey touched %d of the %d operations of the three contracts%n",
                operations.touchedCount(), operations.total());

        var softly = new SoftAssertions();
        softly.assertThat(operations.unexpected())
                .as("requests that match no operation of the contracts, or answers the operation does not declare")
                .isEmpty();
        if (failure == null) {
            softly.assertThat(operations.untouched())
                    .as("operations the journey did not touch (%d of %d touched); extend Journey",
                            operations.touchedCount(), operations.total())
                    .isEmpty();
        } else {
            softly.fail("the journey failed (service logs in " + logs + "): " + failure, failure);
        }
        softly.assertAll();
    }

    @Test
    void prismFindsNoContractViolationInTheSameJourney() throws Exception {
        var operations = new ContractOperations(ROOT);
        Path logs = LOGS.resolve("prism");
        var softly = new SoftAssertions();
        try (var services = ServiceLauncher.startServices(ROOT, logs)) {
            services.startPrism();
            Throwable failure = run(new Journey(urls(services::prismUrl), operations, ROOT));
            // with --errors Prism answers a violating exchange with an error of its own, so the journey stops at the
            // first one; the violations are in Prism's sl-violations header, recorded per request, and in its log
            List<String> violations = new ArrayList<>(operations.prismViolations());
            for (Service service : Service.values()) {
                services.prismViolations(service).forEach(line -> violations.add(service + ", Prism's log: " + line));
            }
            softly.assertThat(violations).as("contract violations Prism reported (logs in %s)", logs).isEmpty();
            if (failure != null) {
                softly.fail("the journey through Prism failed (logs in " + logs + "): " + failure, failure);
            }
            softly.assertThat(operations.unexpected()).as("answers through Prism that the contracts do not declare").isEmpty();
            assertPrismValidates(softly, services.prismUrl(Service.INDICATOR));
        }
        softly.assertAll();
    }

    /** No violation is only worth something if Prism validates: a request the contract forbids gets Prism's own 422. */
    private static void assertPrismValidates(SoftAssertions softly, URI prism) throws Exception {
        var request = HttpRequest.newBuilder(prism.resolve("/api/v1/plans/" + Journey.PLAN + "/indicators?size=many")).build();
        var response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        softly.assertThat(response.statusCode()).as("Prism's answer to size=many, which the contract types as an integer")
                .isEqualTo(422);
        softly.assertThat(response.body()).as("Prism's answer to size=many").contains("stoplight.io/prism/errors");
    }

    /** Runs the journey; what made it stop, if anything. */
    private static Throwable run(Journey journey) {
        try {
            journey.run();
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    private static Map<Service, URI> urls(Function<Service, URI> url) {
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, url.apply(service));
        }
        return urls;
    }
}
