package org.opendoor.triage.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The DfE CIN XML: root, header, element names and order, absent values absent, Disabilities always there. */
class CinCensusXmlTest {
    @Test
    void theReturnIsWrittenWithTheDfEsElementsInTheDfEsOrder() throws Exception {
        CensusFixture fixture = new CensusFixture();
        fixture.a.formerUpn = "A855000000001";
        fixture.b.disabilities = List.of();
        Document xml = parse(fixture.build());

        Element message = xml.getDocumentElement();
        assertThat(message.getTagName()).isEqualTo("Message");
        assertThat(message.getNamespaceURI()).isNull();
        assertThat(children(message)).containsExactly("Header", "Children");
        Element header = first(message, "Header");
        assertThat(children(first(header, "CollectionDetails"))).containsExactly("Collection", "Year", "ReferenceDate");
        assertThat(text(header, "Collection")).isEqualTo("CIN");
        assertThat(text(header, "Year")).isEqualTo("2026");
        assertThat(text(header, "ReferenceDate")).isEqualTo("2026-03-31");
        assertThat(children(first(header, "Source"))).containsExactly("SourceLevel", "LEA", "SoftwareCode", "Release",
                "SerialNo", "DateTime");
        assertThat(text(header, "LEA")).isEqualTo("855");
        assertThat(text(header, "SerialNo")).isEqualTo("001");
        assertThat(text(header, "DateTime")).isEqualTo("2026-04-10T09:30:00");

        List<Element> kids = elements(first(message, "Children"));
        assertThat(kids).hasSize(2).allSatisfy(k -> assertThat(k.getTagName()).isEqualTo("Child"));
        Element a = kids.get(0);
        assertThat(children(a)).containsExactly("ChildIdentifiers", "ChildCharacteristics", "CINdetails");
        assertThat(children(first(a, "ChildIdentifiers"))).containsExactly("LAchildID", "UPN", "FormerUPN",
                "PersonBirthDate", "Sex");
        assertThat(children(first(a, "ChildCharacteristics"))).containsExactly("Ethnicity", "Disabilities");
        assertThat(children(first(a, "CINdetails"))).containsExactly("CINreferralDate", "ReferralSource",
                "PrimaryNeedCode", "ReferralNFA");
        assertThat(text(a, "ReferralNFA")).isEqualTo("false");
        assertThat(text(a, "Disability")).isEqualTo("NONE");

        Element b = kids.get(1);
        assertThat(children(first(b, "ChildIdentifiers"))).containsExactly("LAchildID", "UPNunknown",
                "PersonBirthDate", "Sex");
        assertThat(text(b, "UPNunknown")).isEqualTo("UN1");
        assertThat(children(first(b, "CINdetails"))).containsExactly("CINreferralDate", "ReferralSource",
                "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA");
        assertThat(text(b, "CINclosureDate")).isEqualTo("2025-09-02");
        assertThat(text(b, "ReferralNFA")).isEqualTo("true");
        // recorded as having none: NONE
        assertThat(text(b, "Disability")).isEqualTo("NONE");
    }

    @Test
    void disabilitiesNobodyRecordedAreAnEmptyModuleNotAClaimOfNone() throws Exception {
        CensusFixture fixture = new CensusFixture();
        fixture.b.disabilities = null;
        Element b = elements(first(parse(fixture.build()).getDocumentElement(), "Children")).get(1);
        Element disabilities = first(b, "Disabilities");
        assertThat(disabilities).isNotNull();
        assertThat(elements(disabilities)).isEmpty();
    }

    static Document parse(CensusReturn census) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinCensusXml.write(census, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    static Element first(Element parent, String name) {
        return (Element) parent.getElementsByTagName(name).item(0);
    }

    static String text(Element parent, String name) {
        return first(parent, name).getTextContent().strip();
    }

    static List<String> children(Element parent) {
        return elements(parent).stream().map(Element::getTagName).toList();
    }

    static List<Element> elements(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
