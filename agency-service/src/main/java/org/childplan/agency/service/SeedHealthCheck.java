package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows whether the seed documents are loaded. Always UP: while the seeder waits for indicator-service the
 * service still answers from what it has stored, and taking it out of rotation would not make the seed load sooner.
 */
@Readiness
@ApplicationScoped
public class SeedHealthCheck implements HealthCheck {

    private final ResponsibilitySeeder seeder;

    public SeedHealthCheck(ResponsibilitySeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Responsibility seed").up();
        seeder.states().forEach((resource, state) -> response.withData(resource, state.name()));
        return response.build();
    }
}
