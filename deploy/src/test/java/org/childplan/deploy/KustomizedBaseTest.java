package org.childplan.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/** deploy/k8s/base as kustomize renders it (skipped where neither kustomize nor kubectl is installed). */
class KustomizedBaseTest extends ManifestContract {

    private static Manifests rendered;

    @BeforeAll
    static void render() {
        Optional<List<String>> kustomize = Manifests.kustomizeCommand();
        assumeTrue(kustomize.isPresent(), "neither kustomize nor kubectl is on the PATH");
        rendered = Manifests.kustomizeBuild(kustomize.get(), Paths.base());
    }

    @Override
    Manifests manifests() {
        return rendered;
    }
}
