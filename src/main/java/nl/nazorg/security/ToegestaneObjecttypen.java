package nl.nazorg.security;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Camunda checks the class of an Object variable against its deserialization allow-list (deserializationAllowedClasses
 * and -Packages in application.yaml) only when it reads the variable back; a serialized value of any class, such as
 * java.io.File sent over REST, is stored as it comes. Here every serializer of Object variables refuses to write a
 * class outside that list, so nothing is stored. Installed after the engine is built, when every plugin (Spin) has
 * added its serializers.
 */
@Component
class ToegestaneObjecttypen extends AbstractProcessEnginePlugin {

    @Override
    @SuppressWarnings("unchecked")
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        VariableSerializers serializers = configuratie.getVariableSerializers();
        for (TypedValueSerializer<?> serializer : List.copyOf(serializers.getSerializers())) {
            if (serializer.getType() == ValueType.OBJECT) {
                int plaats = serializers.getSerializerIndex(serializer);
                serializers.removeSerializer(serializer);
                serializers.addSerializer(new Gecontroleerd((TypedValueSerializer<ObjectValue>) serializer, configuratie), plaats);
            }
        }
    }

    /**
     * The class names in a type name as Camunda stores it, such as {@code java.util.ArrayList<java.lang.String>} or
     * {@code java.lang.String[]}, without loading a class. A JVM array name ({@code [Ljava.io.File;}) yields a name
     * no list allows.
     */
    static List<String> klassen(String typenaam) {
        return Arrays.stream(typenaam.split("[<>,\\[\\]\\s]+")).filter(naam -> !naam.isEmpty()).toList();
    }

    private record Gecontroleerd(TypedValueSerializer<ObjectValue> serializer, ProcessEngineConfigurationImpl configuratie)
            implements TypedValueSerializer<ObjectValue> {

        /**
         * Checked after writing: only then is the type name of a Java object known; the command then fails as a whole.
         * A transient value (such as Camunda's decisionResult) is never stored, so never read back either.
         */
        @Override
        public void writeValue(ObjectValue waarde, ValueFields velden) {
            serializer.writeValue(waarde, velden);
            String typenaam = waarde.getObjectTypeName();
            if (typenaam != null && !waarde.isTransient() && configuratie.isDeserializationTypeValidationEnabled()
                    && !klassen(typenaam).stream().allMatch(configuratie.getDeserializationTypeValidator()::validate)) {
                throw new InvoerGeweigerd("Variabele " + velden.getName() + ": een object van type " + typenaam
                        + " wordt niet opgeslagen; alleen de objecttypen die de applicatie zelf opslaat zijn toegestaan.");
            }
        }

        @Override
        public String getName() {
            return serializer.getName();
        }

        @Override
        public ValueType getType() {
            return serializer.getType();
        }

        @Override
        public ObjectValue readValue(ValueFields velden, boolean deserialiseren, boolean vluchtig) {
            return serializer.readValue(velden, deserialiseren, vluchtig);
        }

        @Override
        public boolean canHandle(TypedValue waarde) {
            return serializer.canHandle(waarde);
        }

        @Override
        public ObjectValue convertToTypedValue(UntypedValueImpl waarde) {
            return serializer.convertToTypedValue(waarde);
        }

        @Override
        public String getSerializationDataformat() {
            return serializer.getSerializationDataformat();
        }

        @Override
        public boolean isMutableValue(ObjectValue waarde) {
            return serializer.isMutableValue(waarde);
        }
    }
}
