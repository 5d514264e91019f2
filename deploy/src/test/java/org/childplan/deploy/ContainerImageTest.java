package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The images the manifests run are the ones the services' Jib builds produce. */
class ContainerImageTest {

    private static Element pom(Services s) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Paths.repository().resolve(s.name() + "/pom.xml").toFile()).getDocumentElement();
    }

    private static Map<String, String> properties(Element project) {
        Map<String, String> properties = new HashMap<>();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("properties")) {
                NodeList props = e.getChildNodes();
                for (int j = 0; j < props.getLength(); j++) {
                    if (props.item(j).getNodeType() == Node.ELEMENT_NODE) {
                        properties.put(((Element) props.item(j)).getTagName(), props.item(j).getTextContent().strip());
                    }
                }
            }
        }
        return properties;
    }

    private static boolean dependsOn(Element project, String artifactId) {
        NodeList ids = project.getElementsByTagName("artifactId");
        for (int i = 0; i < ids.getLength(); i++) {
            if (artifactId.equals(ids.item(i).getTextContent().strip())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyServiceBuildsItsImageWithJibUnderTheNameTheManifestsRun() throws Exception {
        for (Services s : Services.ALL) {
            Element project = pom(s);
            assertThat(dependsOn(project, "quarkus-container-image-jib")).as(s.name()).isTrue();
            Map<String, String> properties = properties(project);
            assertThat(properties.get("quarkus.container-image.group") + "/" + properties.get("quarkus.container-image.name"))
                    .as(s.name()).isEqualTo(s.image());
            assertThat(properties).as(s.name() + ": images are built only on request")
                    .doesNotContainKeys("quarkus.container-image.build", "quarkus.container-image.push");
        }
    }

    @Test
    void theEvaluationImageSitsOnTheCjkFontBaseWithAWritableFontCache() throws Exception {
        Map<String, String> properties = properties(pom(Services.named("evaluation-service")));
        assertThat(properties.get("quarkus.jib.base-jvm-image")).contains("childplan/jre17-cjk:");
        assertThat(properties.get("quarkus.jib.jvm-additional-arguments")).contains("-Dpdfbox.fontcache=/tmp");
    }

    @Test
    void theCjkBaseImageInstallsTheFontAndRunsAsTheUserThePodsRunAs() throws Exception {
        Path dockerfile = Paths.deploy().resolve("images/jre17-cjk/Dockerfile");
        String text = Files.readString(dockerfile);
        assertThat(text).contains("fonts-wqy-microhei", "libfreetype6", "openjdk-17-jre-headless",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "USER 185");
        for (Services s : Services.ALL) {
            String runAs = Manifests.renderWithoutPatches(Paths.base()).get("Deployment", s.name())
                    .path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText();
            assertThat(runAs).as(s.name()).isEqualTo("185");
        }
    }
}
