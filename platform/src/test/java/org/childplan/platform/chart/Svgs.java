package org.childplan.platform.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads charts back as XML, which also proves they are well-formed. */
final class Svgs {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Svgs() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> elements(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> withClass(Document doc, String localName, String cssClass) {
        return elements(doc, localName).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
