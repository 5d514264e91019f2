package org.childplan.deploy;

/** deploy/k8s/base as the files say, rendered without kustomize (runs everywhere). */
class BaseManifestsTest extends ManifestContract {

    private static final Manifests BASE = Manifests.renderWithoutPatches(Paths.base());

    @Override
    Manifests manifests() {
        return BASE;
    }
}
