package org.opendoor.triage.returns;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendoor.model.CinCharacteristicCodes;

/**
 * Writes a census return as the DfE CIN census XML: a {@code Message} root in no namespace, the header
 * (CollectionDetails, Source) and {@code Children/Child}, with the DfE's element names in the DfE's order and ISO
 * dates. Written with the JDK's StAX writer, which escapes text and keeps the document well formed; an absent
 * value is an absent element.
 */
public final class CinCensusXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private int depth;

    private CinCensusXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(CensusReturn census, OutputStream out) {
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new CinCensusXml(writer).message(census);
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The census return could not be written", e);
        }
    }

    private void message(CensusReturn census) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        element("Collection", "CIN");
        element("Year", String.valueOf(census.year().year()));
        element("ReferenceDate", census.year().referenceDate());
        close();
        open("Source");
        element("SourceLevel", "L");
        element("LEA", census.laNumber());
        element("SoftwareCode", census.softwareCode());
        element("Release", census.release());
        element("SerialNo", String.format("%03d", census.serialNo()));
        element("DateTime", census.dateTime().format(DATE_TIME));
        close();
        close();
        open("Children");
        for (CensusChild child : census.children()) {
            child(child);
        }
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void child(CensusChild child) throws XMLStreamException {
        open("Child");
        open("ChildIdentifiers");
        element("LAchildID", child.laChildId());
        element("UPN", child.upn());
        element("FormerUPN", child.formerUpn());
        element("UPNunknown", child.upnUnknown());
        element("PersonBirthDate", child.birthDate());
        element("ExpectedPersonBirthDate", child.expectedBirthDate());
        element("Sex", child.sex());
        close();
        open("ChildCharacteristics");
        element("Ethnicity", child.ethnicity());
        open("Disabilities");
        // recorded as none (NONE, or an empty list) is NONE; not recorded is an empty module, which rule 8540 flags
        List<String> disabilities = child.disabilities() == null ? List.of()
                : child.disabilities().isEmpty() ? List.of(CinCharacteristicCodes.NO_DISABILITY) : child.disabilities();
        for (String code : disabilities) {
            element("Disability", code);
        }
        close();
        close();
        for (CensusReferral r : child.referrals()) {
            open("CINdetails");
            element("CINreferralDate", r.referralDate());
            element("ReferralSource", r.referralSource());
            element("PrimaryNeedCode", r.primaryNeedCode());
            element("CINclosureDate", r.closureDate());
            element("ReasonForClosure", r.reasonForClosure());
            element("ReferralNFA", r.referralNfa() == null ? null : r.referralNfa().toString());
            close();
        }
        close();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void element(String name, LocalDate value) throws XMLStreamException {
        element(name, value == null ? null : value.toString());
    }

    private void element(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
