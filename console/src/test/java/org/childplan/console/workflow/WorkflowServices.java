package org.childplan.console.workflow;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;

/**
 * The three services from their jars, for the whole-year walk alone: ports free when it starts (ServiceLauncher) and its own
 * scratch databases (console_wf_*), and no demo data, so that what the walk sees is only what it did. The jars are
 * the reactor's (repository.root); -Dchildplan.services.root=DIR takes them from another checkout's build.
 */
public class WorkflowServices implements QuarkusTestResourceLifecycleManager {

    static volatile URI evaluation;
    private ServiceLauncher services;
    /** Init arg {@code offset}: names another test class's own databases (console_wf&lt;offset&gt;_*), so it can run beside the walk. */
    private int offset = 700;

    @Override
    public void init(Map<String, String> initArgs) {
        offset = Integer.parseInt(initArgs.getOrDefault("offset", "700"));
    }

    @Override
    public Map<String, String> start() {
        Path root = Path.of(System.getProperty("childplan.services.root", System.getProperty("repository.root", "..")));
        Path logs = Path.of(System.getProperty("repository.root", "..")).resolve("console/target/workflow-services"
                + (offset == 700 ? "" : "-" + offset));
        try {
            services = ServiceLauncher.startServices(root, logs,
                    new ServiceLauncher.Options(offset == 700 ? "console_wf_" : "console_wf" + offset + "_",
                            EnumSet.allOf(Service.class), Map.of()));
        } catch (Exception e) {
            throw new IllegalStateException("the services did not start (logs in " + logs + ")", e);
        }
        evaluation = services.serviceUrl(Service.EVALUATION);
        return Map.of(
                "quarkus.rest-client.indicator-service.url", services.serviceUrl(Service.INDICATOR).toString(),
                "quarkus.rest-client.agency-service.url", services.serviceUrl(Service.AGENCY).toString(),
                "quarkus.rest-client.evaluation-service.url", evaluation.toString());
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
