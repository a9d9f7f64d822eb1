package io.workplan.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central requires of every published POM (name, description, url, licenses, developers,
 * scm), the BOM listing exactly the published artifacts, and the license files at the root.
 */
class PublishedPomsTest {
    private static final Path ROOT = Path.of(System.getProperty("workplan.root", ".."));

    @Test
    void theParentAndTheBomCarryWhatCentralRequires() throws Exception {
        for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("bom/pom.xml"))) {
            Element project = read(pom);
            assertThat(text(project, "name")).as(pom + " name").isNotBlank();
            assertThat(text(project, "description")).as(pom + " description").isNotBlank();
            assertThat(text(project, "url")).as(pom + " url").startsWith("https://");
            assertThat(text(project, "licenses/license/name")).as(pom + " license").isEqualTo("Apache-2.0");
            assertThat(text(project, "licenses/license/url")).as(pom + " license url")
                    .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
            assertThat(text(project, "developers/developer/name")).as(pom + " developer").isNotBlank();
            assertThat(text(project, "scm/connection")).as(pom + " scm connection").startsWith("scm:git:");
            assertThat(text(project, "scm/developerConnection")).as(pom + " scm developerConnection").startsWith("scm:git:");
            assertThat(text(project, "scm/url")).as(pom + " scm url").startsWith("https://");
            assertThat(text(project, "properties/project.build.outputTimestamp")).as(pom + " outputTimestamp")
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
        // the modules inherit url and scm as they are, not with their artifactId appended
        Element parent = read(ROOT.resolve("pom.xml"));
        assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
        Element scm = child(parent, "scm");
        for (String attribute : List.of("connection", "developerConnection", "url")) {
            assertThat(scm.getAttribute("child.scm." + attribute + ".inherit.append.path")).as(attribute).isEqualTo("false");
        }
    }

    @Test
    void everyModuleHasANameAndADescriptionAndTheBomListsExactlyThePublishedOnes() throws Exception {
        Set<String> published = new TreeSet<>();
        for (String module : texts(read(ROOT.resolve("pom.xml")), "modules/module")) {
            Element project = read(ROOT.resolve(module).resolve("pom.xml"));
            String artifactId = text(project, "artifactId");
            assertThat(text(project, "name")).as(module + " name").isNotBlank();
            assertThat(text(project, "description")).as(module + " description").isNotBlank();
            if (!"true".equals(text(project, "properties/maven.deploy.skip")) && !module.equals("bom")) {
                published.add(artifactId);
            }
        }
        assertThat(published).contains("workplan-core", "workplan-io-excel", "workplan-cli")
                .doesNotContain("workplan-benchmarks", "workplan-build-checks");
        Set<String> inBom = new TreeSet<>(texts(read(ROOT.resolve("bom/pom.xml")),
                "dependencyManagement/dependencies/dependency/artifactId"));
        assertThat(inBom).isEqualTo(published);
    }

    @Test
    void theLicenseAndTheNoticeAreAtTheRoot() throws Exception {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
        assertThat(Files.readString(ROOT.resolve("NOTICE"))).startsWith("workplan\n").contains("Apache License, Version 2.0");
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    /** The text of the first element at a path of child names, or empty. */
    private static String text(Element from, String path) {
        List<String> all = texts(from, path);
        return all.isEmpty() ? "" : all.get(0);
    }

    private static List<String> texts(Element from, String path) {
        List<Element> level = List.of(from);
        for (String name : path.split("/")) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                NodeList children = e.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    Node n = children.item(i);
                    if (n instanceof Element c && c.getTagName().equals(name)) {
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return level.stream().map(e -> e.getTextContent().strip()).toList();
    }

    private static Element child(Element from, String name) {
        NodeList children = from.getElementsByTagName(name);
        return (Element) children.item(0);
    }
}
