package org.childplan.console.browser;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;

/**
 * The three services started from their built jars (platform-testing's ServiceLauncher) with the demo loaded as
 * deploy/run-local.sh --demo loads it, and the console's rest clients pointed at them. Init arg {@code offset} (a name
 * for one set of services, naming its databases console_&lt;offset&gt;_*; the ports are whatever was free when they
 * started): test classes with one offset share one set of services,
 * started once per test JVM and stopped when it ends (a shutdown hook), so that each class's Quarkus restart does not reload the demo.
 * The jars come from {@code -Dchildplan.services.root} (a checkout where they are built), else the repository root.
 */
public class LiveServices implements QuarkusTestResourceLifecycleManager {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";

    private int offset = 500;

    @Override
    public void init(Map<String, String> initArgs) {
        offset = Integer.parseInt(initArgs.getOrDefault("offset", "500"));
    }

    @Override
    public Map<String, String> start() {
        // each test class runs in a class loader of its own, so the JVM's system properties (not a static field) say
        // whether this offset's services are already up, and where
        String key = "childplan.console.live-services." + offset;
        String urls = System.getProperty(key);
        if (urls == null) {
            ServiceLauncher services = startWithDemo(offset);
            urls = services.serviceUrl(Service.INDICATOR) + " " + services.serviceUrl(Service.AGENCY) + " "
                    + services.serviceUrl(Service.EVALUATION);
            System.setProperty(key, urls);
        }
        String[] url = urls.split(" ");
        return Map.of(
                "quarkus.rest-client.indicator-service.url", url[0],
                "quarkus.rest-client.agency-service.url", url[1],
                "quarkus.rest-client.evaluation-service.url", url[2]);
    }

    @Override
    public void stop() {
        // the services stay up for the next class with the same offset; the shutdown hook stops them
    }

    private static ServiceLauncher startWithDemo(int offset) {
        Path root = Path.of(System.getProperty("childplan.services.root", Browser.ROOT.toString())).toAbsolutePath().normalize();
        Path logs = Browser.ROOT.resolve("console/target/live-services-" + offset);
        try {
            Files.createDirectories(logs);
            ServiceLauncher services = ServiceLauncher.startServices(root, logs,
                    new ServiceLauncher.Options("console_" + offset + "_", EnumSet.allOf(Service.class), Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(services::close));
            ProcessBuilder load = new ProcessBuilder("python3", root.resolve("deploy/demo/load-demo.py").toString())
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(logs.resolve("load-demo.log").toFile());
            load.environment().put("INDICATOR_URL", services.serviceUrl(Service.INDICATOR).toString());
            load.environment().put("AGENCY_URL", services.serviceUrl(Service.AGENCY).toString());
            load.environment().put("EVALUATION_URL", services.serviceUrl(Service.EVALUATION).toString());
            Process demo = load.start();
            if (!demo.waitFor(10, TimeUnit.MINUTES) || demo.exitValue() != 0) {
                demo.destroyForcibly();
                throw new IllegalStateException("the demo did not load; see " + logs.resolve("load-demo.log"));
            }
            return services;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the services with the demo at offset " + offset, e);
        }
    }
}
