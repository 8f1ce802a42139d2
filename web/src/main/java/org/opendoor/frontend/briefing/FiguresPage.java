package org.opendoor.frontend.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * An analyst sends their organisation's partner figures (or history for OpenDoor's own measures) as a CSV file.
 * briefing-service checks the whole file first and stores nothing if any row is wrong; the page lists its
 * problems, or confirms what it received. Below, the figures already sent for an area and measure, with the
 * versions they corrected.
 */
@Path("/staff/figures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("analyst")
public class FiguresPage {
    /** Ten thousand rows and more; {@code quarkus.http.limits.max-body-size} leaves room for it and the form. */
    static final long MAX_BYTES = 512 * 1024;
    static final String HEADER = "month,area,measure,value,source";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance figures(List<Area> areas, List<CatalogueMeasure> measures, String example,
                FormErrors errors, String area, String measure, List<SubmittedFigure> submitted);

        static native TemplateInstance received(FiguresReceived received);
    }

    private final BriefingApi briefings;
    private final StaffMember member;
    private final Clock clock;

    public FiguresPage(@RestClient BriefingApi briefings, StaffMember member, Clock clock) {
        this.briefings = briefings;
        this.member = member;
        this.clock = clock;
    }

    @GET
    public TemplateInstance figures(@QueryParam("area") String area, @QueryParam("measure") String measure) {
        List<Area> areas = areas();
        List<CatalogueMeasure> measures = submittable();
        String chosenArea = areas.stream().map(Area::code).filter(c -> c.equals(area)).findFirst().orElse("");
        String chosenMeasure = measures.stream().map(CatalogueMeasure::id).filter(m -> m.equals(measure)).findFirst()
                .orElse("");
        List<SubmittedFigure> submitted = chosenArea.isEmpty() || chosenMeasure.isEmpty() ? null
                : ServiceCall.answer("briefing figures", () -> briefings.figures(member.bearer(), chosenArea,
                        chosenMeasure));
        return Templates.figures(areas, measures, example(areas, measures), FormErrors.none(), chosenArea,
                chosenMeasure, submitted);
    }

    /**
     * The file sent on as it is (less a spreadsheet's byte-order mark). An accepted file answers with its counts
     * straight away rather than by redirect: sending the same file again changes nothing (every figure "unchanged").
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestForm("file") FileUpload file) {
        FormErrors errors = FormErrors.none();
        String csv = read(file, errors);
        if (csv != null) {
            try {
                FiguresReceived received = ServiceCall.answer("briefing figures upload",
                        () -> briefings.submit(member.bearer(), csv));
                return Response.ok(Templates.received(received), MediaType.TEXT_HTML_TYPE).build();
            } catch (ServiceCall.Refused refused) {
                errors = RefusedRows.errors(refused.violations());
            }
        }
        List<Area> areas = areas();
        List<CatalogueMeasure> measures = submittable();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.figures(areas, measures, example(areas, measures), errors, "", "", null)).build();
    }

    /** A file to fill in: the header and a row per measure partners send, for last month and the first area. */
    @GET
    @Path("template.csv")
    @Produces(BriefingApi.CSV)
    public Response template() {
        List<Area> areas = areas();
        String area = areas.isEmpty() ? "" : areas.get(0).code();
        String month = BriefingMonth.lastComplete(clock).toString();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CatalogueMeasure m : submittable()) {
            csv.append(month).append(',').append(area).append(',').append(m.id()).append(",,\r\n");
        }
        return BriefingPage.attachment(csv.toString(), "partner-figures-template.csv");
    }

    /** The header and one made-up row, in this person's first area and the first measure they may send. */
    private String example(List<Area> areas, List<CatalogueMeasure> measures) {
        String area = areas.isEmpty() ? "E10000007" : areas.get(0).code();
        String measure = measures.isEmpty() ? "police-domestic-abuse-incidents" : measures.get(0).id();
        return HEADER + "\n" + BriefingMonth.lastComplete(clock) + "," + area + "," + measure + ",412,Records system";
    }

    /** The file's text, or null with the problem added to {@code errors}. */
    private static String read(FileUpload file, FormErrors errors) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            errors.add(RefusedRows.FIELD, "Select a CSV file of figures");
            return null;
        }
        if (file.size() == 0) {
            errors.add(RefusedRows.FIELD, "The selected file is empty");
            return null;
        }
        if (file.size() > MAX_BYTES) {
            errors.add(RefusedRows.FIELD, "The selected file must be smaller than 512 KB: send the figures in "
                    + "more than one file");
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            errors.add(RefusedRows.FIELD, "The selected file must be a CSV file saved as UTF-8 "
                    + "(in Excel, \"CSV UTF-8\")");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Area> areas() {
        return ServiceCall.answer("briefing areas", () -> briefings.areas(member.bearer()));
    }

    private List<CatalogueMeasure> submittable() {
        return ServiceCall.answer("briefing measures", () -> briefings.measures(member.bearer())).stream()
                .filter(CatalogueMeasure::submittable).toList();
    }
}
