package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.identity.ActiePartij;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.Testgemeenten;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda Forms in forms/: schemas that the form-js 1.8.7 of the 7.24 Tasklist renders, with Dutch
 * labels, and keys that follow the variable contracts of the nazorg and zelfmelder processes. Plain file parsing:
 * no engine and no Spring context. {@link #nazorgBpmnReferencesAFormForEveryUserTask()} and
 * {@link #zelfmelderBpmnReferencesAFormForEveryUserTask()} check the wiring (camunda:formRef) in processes/nazorg.bpmn
 * and processes/zelfmelder.bpmn, each skipped while its model does not exist.
 */
class FormulierenTest {

    /** form-js 1.8.7 (Tasklist 7.24) exports schemaVersion 16; a higher version may use what it cannot render. */
    private static final int SCHEMA_VERSION = 16;

    /** The component types form-js 1.8.7 registers (packages/form-js-viewer/src/render/components/form-fields). */
    private static final Set<String> FORM_JS_18_TYPES = Set.of("default", "button", "checkbox", "checklist",
            "datetime", "dynamiclist", "expression", "group", "html", "iframe", "image", "number", "radio", "select",
            "separator", "spacer", "table", "taglist", "text", "textarea", "textfield");

    /** Components a user fills in, which must carry a visible label. */
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist");

    /** Default labels of the form-js editor and English words that do not occur in Dutch labels. */
    private static final Set<String> DEFAULT_LABELS = Set.of("text field", "text area", "number", "date", "time",
            "date time", "checkbox", "checklist", "radio", "radio group", "select", "tag list", "taglist", "value",
            "group", "dynamic list", "label", "expression");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(the|please|enter|select|yes|no|field|name|date|description|comment|action|value|address|your)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BINDINGS = Set.of("latest", "deployment", "version");

    /** Which form each element of processes/nazorg.bpmn opens: the wiring table for camunda:formRef. */
    static final Map<String, String> FORM_PER_ELEMENT = formPerElement();

    /** Which form each element of processes/zelfmelder.bpmn opens. */
    static final Map<String, String> ZELFMELDER_FORM_PER_ELEMENT = zelfmelderFormPerElement();

    /** Which form each element of processes/dr-plan-herzien.bpmn opens: its start form only. */
    static final Map<String, String> PLAN_HERZIEN_FORM_PER_ELEMENT =
            Map.of("StartEvent_HerzieningGevraagd", "dr-plan-herzien");

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private static Path project;
    private static Map<String, JsonNode> forms;

    @BeforeAll
    static void readForms() throws IOException {
        String basedir = System.getProperty("basedir");
        project = Path.of(basedir != null ? basedir : "").toAbsolutePath().normalize();
        Path folder = project.resolve("forms");
        assertThat(folder).as("forms/ in the project root").isDirectory();
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        forms = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as("file in forms/").endsWith(".form");
                JsonNode schema;
                try {
                    schema = mapper.readTree(file.toFile());
                } catch (IOException e) {
                    throw new AssertionError(name + " is no valid JSON: " + e.getMessage(), e);
                }
                forms.put(name.substring(0, name.length() - ".form".length()), schema);
            }
        }
        assertThat(forms).as("forms in forms/").isNotEmpty();
    }

    @Test
    void everyFormIsAFormJs18SchemaNamedAfterItsFile() {
        SoftAssertions softly = new SoftAssertions();
        forms.forEach((file, schema) -> {
            softly.assertThat(schema.isObject()).as("%s: a JSON object", file).isTrue();
            softly.assertThat(schema.path("schemaVersion").isInt()).as("%s: schemaVersion is a number", file).isTrue();
            softly.assertThat(schema.path("schemaVersion").asInt()).as("%s: schemaVersion", file).isEqualTo(SCHEMA_VERSION);
            softly.assertThat(schema.path("type").asText()).as("%s: type", file).isEqualTo("default");
            softly.assertThat(schema.path("id").asText()).as("%s: id equals the file name", file).isEqualTo(file);
            softly.assertThat(schema.path("executionPlatform").asText()).as("%s: executionPlatform", file)
                    .isEqualTo("Camunda Platform");
            softly.assertThat(schema.path("executionPlatformVersion").asText()).as("%s: executionPlatformVersion", file)
                    .isEqualTo("7.24.0");
            softly.assertThat(schema.path("components").isArray() && !schema.path("components").isEmpty())
                    .as("%s: has components", file).isTrue();
            walk(schema, c -> softly.assertThat(FORM_JS_18_TYPES).as("%s: component %s has a type form-js 1.8.7 knows",
                    file, c.path("id").asText()).contains(c.path("type").asText()));
        });
        softly.assertAll();
    }

    @Test
    void componentIdsAndKeysAreUniqueWithinAForm() {
        SoftAssertions softly = new SoftAssertions();
        forms.forEach((file, schema) -> {
            List<String> ids = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            walk(schema, c -> {
                if (c != schema) {
                    softly.assertThat(c.path("id").asText()).as("%s: every component has an id", file).isNotBlank();
                    ids.add(c.path("id").asText());
                }
                if (c.hasNonNull("key")) {
                    keys.add(c.get("key").asText());
                }
            });
            softly.assertThat(ids).as("%s: component ids", file).doesNotHaveDuplicates();
            softly.assertThat(keys).as("%s: keys", file).doesNotHaveDuplicates();
        });
        softly.assertAll();
    }

    @Test
    void everyInputHasADutchLabel() {
        SoftAssertions softly = new SoftAssertions();
        forms.forEach((file, schema) -> walk(schema, c -> {
            String type = c.path("type").asText();
            String key = c.path("key").asText();
            if (INPUT_TYPES.contains(type)) {
                // a datetime field shows dateLabel (and timeLabel), not label
                String label = "datetime".equals(type) ? c.path("dateLabel").asText() : c.path("label").asText();
                softly.assertThat(label).as("%s: label of '%s'", file, key).isNotBlank();
                softly.assertThat(isDutch(label)).as("%s: label '%s' of '%s' is Dutch", file, label, key).isTrue();
                softly.assertThat(label).as("%s: label of '%s' is more than its key", file, key).isNotEqualTo(key);
                for (JsonNode option : c.path("values")) {
                    String optionLabel = option.path("label").asText();
                    softly.assertThat(optionLabel).as("%s: option labels of '%s'", file, key).isNotBlank();
                    softly.assertThat(isDutch(optionLabel)).as("%s: option '%s' of '%s' is Dutch", file, optionLabel, key)
                            .isTrue();
                }
            }
            if (Set.of("group", "dynamiclist").contains(type)) {
                softly.assertThat(c.path("label").asText()).as("%s: label of %s", file, c.path("id").asText()).isNotBlank();
            }
            if ("datetime".equals(type)) {
                softly.assertThat(c.path("subtype").asText()).as("%s: '%s' submits a date (yyyy-mm-dd)", file, key)
                        .isEqualTo("date");
            }
        }));
        softly.assertAll();
    }

    @Test
    void keysFollowTheVariableContract() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("handmatige-melding", List.of("detentieId", "bsn", "achternaam", "voorletters", "geboortedatum",
                "geslacht", "gemeenteCode", "piCode", "insluitingsdatum", "voorlopigeHechtenis",
                "verwachteUitstroomdatum"));
        expected.put("bekendheid-beoordelen", List.of("zvhClient", "adviesAanPi"));
        expected.put("contact-leggen", List.of("contactGelegd"));
        expected.put("proces-afstemmen", List.of("afspraken", "betrokkenPartijen"));
        expected.put("intakegesprek", Arrays.stream(Leefgebied.values())
                .flatMap(l -> Stream.of(l.hulpvraagVeld(), l.notitieVeld())).toList());
        expected.put("informatieblad-opstellen", List.of("informatieblad"));
        expected.put("informatie-verrijken", List.of("verrijking"));
        expected.put("gesprek-complexe-casus", List.of("opschalen", "verslagGesprek"));
        expected.put("opschaling-afstemmen", List.of("opschalingAanvaard", "afsprakenOpschaling",
                "redenWeigeringOpschaling"));
        expected.put("concept-plan-opstellen", List.of("doelen", "actielijst.omschrijving", "actielijst.leefgebied",
                "actielijst.partij", "actielijst.streefdatum"));
        expected.put("plan-vaststellen", List.of("planVastgesteld", "opmerkingenMdo"));
        expected.put("actie-uitvoeren", List.of("uitgevoerd", "toelichting"));
        expected.put("trajectgesprek", List.of("verslagTrajectgesprek", "planHerzien", "afschalen", "redenAfschaling"));
        expected.put("plan-herzien", List.of("doelen", "nieuweActies.omschrijving", "nieuweActies.leefgebied",
                "nieuweActies.partij", "nieuweActies.streefdatum"));
        expected.put("warme-overdracht", List.of("overdragenAan", "openActies", "eersteContactNaUitstroom"));
        expected.put("uitstroom-controleren", List.of("nogInDetentie", "verwachteUitstroomdatum", "uitstroomdatum",
                "uitstroomgemeenteCode"));
        expected.put("uitstroom-volgen", List.of("uitstroomNabij", "zittingsdatum"));
        expected.put("zelfmelder-melding", List.of("zelfmelderId", "bsn", "achternaam", "voorletters", "geboortedatum",
                "geslacht", "gemeenteCode", "oproepdatum"));
        expected.put("screening-triage", Arrays.stream(Leefgebied.values())
                .flatMap(l -> Stream.of(l.hulpvraagVeld(), l.notitieVeld())).toList());
        expected.put("zelfmelder-reactie", List.of("reactieWijze", "notitieReactie"));
        expected.put("zelfmelder-benaderen", List.of("bereikt", "notitieBenaderen"));
        expected.put("gesprek-zelfmelder", List.of("verslagGesprek", "uitstelNodig", "redenUitstel"));
        expected.put("plan-van-aanpak", Stream.concat(Stream.of("planVanAanpak"),
                Arrays.stream(Leefgebied.values()).map(l -> l.hulpvraagVeld().replaceFirst("^hulpvraag", "afspraak")))
                .toList());
        expected.put("niet-gemeld", List.of("opvolging", "opvolgingActie"));
        expected.put("dr-plan-herzien", List.of("detentieId", "reden"));

        assertThat(forms.keySet()).as("one form per user task and the start form")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((file, keys) -> softly.assertThat(valuePaths(forms.get(file)))
                .as("%s: bound variables", file).containsAll(keys));
        softly.assertAll();
    }

    @Test
    void decisionsTheGatewaysReadAreRequiredBooleans() {
        Map<String, String> decisions = Map.of("bekendheid-beoordelen", "zvhClient",
                "gesprek-complexe-casus", "opschalen", "plan-vaststellen", "planVastgesteld",
                "opschaling-afstemmen", "opschalingAanvaard", "trajectgesprek", "planHerzien",
                "actie-uitvoeren", "uitgevoerd", "uitstroom-controleren", "nogInDetentie", "uitstroom-volgen", "uitstroomNabij",
                "zelfmelder-benaderen", "bereikt", "gesprek-zelfmelder", "uitstelNodig");
        SoftAssertions softly = new SoftAssertions();
        decisions.forEach((file, key) -> {
            JsonNode field = component(forms.get(file), key);
            softly.assertThat(field.path("type").asText()).as("%s: '%s' is a yes/no choice", file, key).isEqualTo("radio");
            softly.assertThat(field.at("/validate/required").asBoolean()).as("%s: '%s' is required", file, key).isTrue();
            List<JsonNode> values = new ArrayList<>();
            field.path("values").forEach(values::add);
            softly.assertThat(values).as("%s: options of '%s'", file, key).hasSize(2)
                    .allSatisfy(v -> assertThat(v.path("value").isBoolean()).as("option value is a boolean").isTrue());
        });
        softly.assertAll();
    }

    @Test
    void choicesMatchTheCodesOfTheProcess() {
        // the start forms hold every gemeente of the baseline; task forms read the table when they open (valuesKey)
        Set<String> gemeenten = Testgemeenten.baseline().values().stream()
                .map(GemeenteTabel.Gemeente::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> leefgebieden = Arrays.stream(Leefgebied.values()).map(Leefgebied::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> partijen = Arrays.stream(ActiePartij.Partij.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(optionValues("handmatige-melding", "gemeenteCode")).as("gemeenten of the start form")
                .isEqualTo(gemeenten);
        softly.assertThat(component(forms.get("uitstroom-controleren"), "uitstroomgemeenteCode").path("valuesKey").asText())
                .as("uitstroomgemeenten from the table").isEqualTo("gemeenten");
        softly.assertThat(optionValues("handmatige-melding", "piCode")).as("PIs, the memo's three among them")
                .hasSize(19).contains("ter-peel", "sittard", "roermond");
        softly.assertThat(optionValues("handmatige-melding", "geslacht")).as("geslacht").isEqualTo(Set.of("M", "V", "X"));
        softly.assertThat(optionValues("concept-plan-opstellen", "leefgebied")).as("leefgebieden of an action")
                .isEqualTo(leefgebieden);
        softly.assertThat(optionValues("concept-plan-opstellen", "partij")).as("partijen of an action")
                .isEqualTo(partijen);
        JsonNode actielijst = component(forms.get("concept-plan-opstellen"), "actielijst");
        softly.assertThat(actielijst.path("type").asText()).as("actielijst is a dynamic list").isEqualTo("dynamiclist");
        softly.assertThat(component(forms.get("handmatige-melding"), "bsn").at("/validate/pattern").asText())
                .as("bsn pattern").isEqualTo("^[0-9]{9}$");
        softly.assertThat(optionValues("zelfmelder-melding", "gemeenteCode")).as("gemeenten of the zelfmelder start form")
                .isEqualTo(gemeenten);
        softly.assertThat(optionValues("zelfmelder-melding", "geslacht")).as("geslacht of a zelfmelder")
                .isEqualTo(Set.of("M", "V", "X"));
        softly.assertThat(component(forms.get("zelfmelder-melding"), "bsn").at("/validate/pattern").asText())
                .as("bsn pattern of a zelfmelder").isEqualTo("^[0-9]{9}$");
        softly.assertThat(optionValues("niet-gemeld", "opvolgingActie")).as("follow-up actions")
                .isEqualTo(Set.of("contact-opgenomen", "doorgegeven-aan-om", "anders"));
        softly.assertAll();
    }

    @Test
    void requiredFieldsOfTheZelfmelderForms() {
        SoftAssertions softly = new SoftAssertions();
        Map.of("zelfmelder-melding", List.of("zelfmelderId", "bsn", "achternaam", "voorletters", "geboortedatum",
                        "geslacht", "gemeenteCode", "oproepdatum"),
                "gesprek-zelfmelder", List.of("verslagGesprek", "redenUitstel"),
                "plan-van-aanpak", List.of("planVanAanpak"),
                "niet-gemeld", List.of("opvolging", "opvolgingActie"))
                .forEach((file, keys) -> keys.forEach(key -> softly
                        .assertThat(component(forms.get(file), key).at("/validate/required").asBoolean())
                        .as("%s: '%s' is required", file, key).isTrue()));
        softly.assertThat(component(forms.get("gesprek-zelfmelder"), "redenUitstel").at("/conditional/hide").asText())
                .as("redenUitstel only shown when uitstel is needed").isEqualTo("=uitstelNodig != true");
        softly.assertThat(component(forms.get("plan-van-aanpak"), "planVanAanpak").path("type").asText())
                .as("planVanAanpak is a text area").isEqualTo("textarea");
        softly.assertAll();
    }

    /** Every form in forms/ is opened by some element of the nazorg, the zelfmelder or the dr-plan-herzien process. */
    @Test
    void everyFormBelongsToAProcess() {
        Set<String> wired = new TreeSet<>(FORM_PER_ELEMENT.values());
        wired.addAll(ZELFMELDER_FORM_PER_ELEMENT.values());
        wired.addAll(PLAN_HERZIEN_FORM_PER_ELEMENT.values());
        assertThat(new TreeSet<>(forms.keySet())).as("forms in forms/ and the forms the processes open")
                .isEqualTo(wired);
    }

    /**
     * Every user task and the manual start event of processes/nazorg.bpmn open their form with camunda:formRef and
     * a camunda:formRefBinding, as in {@link #FORM_PER_ELEMENT}, and every nazorg form is used. Skipped while the
     * model does not exist; fails until the formRefs are wired.
     */
    @Test
    void nazorgBpmnReferencesAFormForEveryUserTask() throws Exception {
        checkFormRefs("processes/nazorg.bpmn", "StartEvent_HandmatigeMelding", FORM_PER_ELEMENT);
    }

    /**
     * The same for processes/zelfmelder.bpmn and {@link #ZELFMELDER_FORM_PER_ELEMENT}. Skipped while the model does
     * not exist.
     */
    @Test
    void zelfmelderBpmnReferencesAFormForEveryUserTask() throws Exception {
        checkFormRefs("processes/zelfmelder.bpmn", "StartEvent_HandmatigeZelfmelding", ZELFMELDER_FORM_PER_ELEMENT);
    }

    /** The same for processes/dr-plan-herzien.bpmn, whose only form is its start form. */
    @Test
    void planHerzienBpmnOpensItsStartForm() throws Exception {
        checkFormRefs("processes/dr-plan-herzien.bpmn", "StartEvent_HerzieningGevraagd", PLAN_HERZIEN_FORM_PER_ELEMENT);
    }

    private static void checkFormRefs(String file, String manualStartEvent, Map<String, String> formPerElement)
            throws Exception {
        Path bpmn = project.resolve(file);
        assumeTrue(Files.isRegularFile(bpmn), file + " does not exist yet");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document model = factory.newDocumentBuilder().parse(bpmn.toFile());

        List<Element> elements = new ArrayList<>();
        NodeList userTasks = model.getElementsByTagNameNS(BPMN_NS, "userTask");
        for (int i = 0; i < userTasks.getLength(); i++) {
            elements.add((Element) userTasks.item(i));
        }
        NodeList startEvents = model.getElementsByTagNameNS(BPMN_NS, "startEvent");
        for (int i = 0; i < startEvents.getLength(); i++) {
            Element start = (Element) startEvents.item(i);
            if (manualStartEvent.equals(start.getAttribute("id"))) {
                elements.add(start);
            }
        }

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(elements.stream().map(e -> e.getAttribute("id")).toList())
                .as("user tasks and the manual start event in %s", file)
                .containsExactlyInAnyOrderElementsOf(formPerElement.keySet());
        Set<String> used = new LinkedHashSet<>();
        for (Element element : elements) {
            String id = element.getAttribute("id");
            String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
            String binding = element.getAttributeNS(CAMUNDA_NS, "formRefBinding");
            softly.assertThat(formRef).as("%s: camunda:formRef", id).isNotBlank();
            softly.assertThat(forms.keySet()).as("%s: camunda:formRef '%s' names a form in forms/", id, formRef)
                    .contains(formRef);
            if (formPerElement.containsKey(id)) {
                softly.assertThat(formRef).as("%s: form", id).isEqualTo(formPerElement.get(id));
            }
            softly.assertThat(BINDINGS).as("%s: camunda:formRefBinding '%s'", id, binding).contains(binding);
            if ("version".equals(binding)) {
                softly.assertThat(element.getAttributeNS(CAMUNDA_NS, "formRefVersion"))
                        .as("%s: camunda:formRefVersion with binding 'version'", id).isNotBlank();
            }
            softly.assertThat(element.getAttributeNS(CAMUNDA_NS, "formKey"))
                    .as("%s: no camunda:formKey next to camunda:formRef", id).isEmpty();
            used.add(formRef);
        }
        softly.assertThat(used).as("forms used by %s", file).containsAll(formPerElement.values());
        softly.assertAll();
    }

    // helpers //////////

    private static Map<String, String> formPerElement() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("StartEvent_HandmatigeMelding", "handmatige-melding");
        map.put("Task_BeoordeelBekendheid", "bekendheid-beoordelen");
        map.put("Task_ContactLeggen", "contact-leggen");
        map.put("Task_ProcesAfstemmen", "proces-afstemmen");
        map.put("Task_Intakegesprek", "intakegesprek");
        map.put("Task_Informatieblad", "informatieblad-opstellen");
        map.put("Task_VerrijkInformatie", "informatie-verrijken");
        map.put("Task_GesprekComplexeCasus", "gesprek-complexe-casus");
        map.put("Task_OpschalingAfstemmen", "opschaling-afstemmen");
        map.put("Task_ConceptPlanOpstellen", "concept-plan-opstellen");
        map.put("Task_PlanVaststellen", "plan-vaststellen");
        map.put("Task_ActieUitvoeren", "actie-uitvoeren");
        map.put("Task_Trajectgesprek", "trajectgesprek");
        map.put("Task_PlanHerzien", "plan-herzien");
        map.put("Task_HerzienPlanVaststellen", "plan-vaststellen");
        map.put("Task_NieuweActieUitvoeren", "actie-uitvoeren");
        map.put("Task_WarmeOverdracht", "warme-overdracht");
        map.put("Task_UitstroomControleren", "uitstroom-controleren");
        map.put("Task_UitstroomVolgen", "uitstroom-volgen");
        return Map.copyOf(map);
    }

    private static Map<String, String> zelfmelderFormPerElement() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("StartEvent_HandmatigeZelfmelding", "zelfmelder-melding");
        map.put("Task_ScreeningTriage", "screening-triage");
        map.put("Task_ReactieVastleggen", "zelfmelder-reactie");
        map.put("Task_ZelfmelderBenaderen", "zelfmelder-benaderen");
        map.put("Task_GesprekZelfmelder", "gesprek-zelfmelder");
        map.put("Task_PlanVanAanpak", "plan-van-aanpak");
        map.put("Task_NietGemeld", "niet-gemeld");
        return Map.copyOf(map);
    }

    private static boolean isDutch(String label) {
        String text = label.trim().toLowerCase(Locale.ROOT);
        return !DEFAULT_LABELS.contains(text) && !ENGLISH_WORDS.matcher(text).find();
    }

    /** Visits the form and every component below it, depth first. */
    private static void walk(JsonNode node, Consumer<JsonNode> visitor) {
        visitor.accept(node);
        for (JsonNode child : node.path("components")) {
            walk(child, visitor);
        }
    }

    /** Variable paths a form submits: the keys, prefixed with the path of a dynamic list or group. */
    private static Set<String> valuePaths(JsonNode schema) {
        Set<String> paths = new LinkedHashSet<>();
        collectPaths(schema, "", paths);
        return paths;
    }

    private static void collectPaths(JsonNode node, String prefix, Set<String> paths) {
        if (node.hasNonNull("key")) {
            paths.add(prefix + node.get("key").asText());
        }
        String childPrefix = node.hasNonNull("path") && !node.get("path").asText().isEmpty()
                ? prefix + node.get("path").asText() + "." : prefix;
        for (JsonNode child : node.path("components")) {
            collectPaths(child, childPrefix, paths);
        }
    }

    /** The component bound to key (or the container with that path). */
    private static JsonNode component(JsonNode schema, String keyOrPath) {
        List<JsonNode> found = new ArrayList<>();
        walk(schema, c -> {
            if (keyOrPath.equals(c.path("key").asText()) || keyOrPath.equals(c.path("path").asText())) {
                found.add(c);
            }
        });
        assertThat(found).as("component '%s' in form %s", keyOrPath, schema.path("id").asText()).hasSize(1);
        return found.get(0);
    }

    private static Set<String> optionValues(String form, String key) {
        Set<String> values = new TreeSet<>();
        component(forms.get(form), key).path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }
}
