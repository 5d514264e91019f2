package org.childplan.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows where each seed plan stands. UP while a seed loads, since API requests wait for it anyway
 * ({@link org.childplan.platform.startup.StartupWork}); DOWN once one failed, in the moment before the service stops.
 */
@Readiness
@ApplicationScoped
public class SeedHealthCheck implements HealthCheck {

    private final PlanSeeder seeder;

    public SeedHealthCheck(PlanSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public HealthCheckResponse call() {
        var states = seeder.states();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Plan seed").status(!states.containsValue(PlanSeeder.FAILED));
        states.forEach(response::withData);
        return response.build();
    }
}
